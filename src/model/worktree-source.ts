import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { readInside, type Read } from '../fs/read.js';
import type { Existence, FileSource, Listing } from './file-source.js';
import { CASE_FILE, MEETING_FILE } from './ids.js';
import { isInside, toPosix } from './paths.js';

/** The files as they are on disk under `root`: what `etat check` reads by default. */
export function worktreeSource(root: string): FileSource {
  let realRoot: Promise<string> | undefined;
  let listing: Promise<Listing> | undefined;
  const real = () => (realRoot ??= realpath(root));
  return {
    kind: 'worktree',
    root,
    list: () => (listing ??= real().then((realRoot) => listTree(root, realRoot))),
    async read(wanted) {
      const realRoot = await real();
      const entries = await Promise.all([...wanted].map(async ([path, max]) => [path, await readInside(realRoot, join(root, path), max)] as const));
      return new Map<string, Read>(entries);
    },
    async exists(path) {
      // Files seen while listing meetings/ need no further system call.
      if (listing && (await listing).files.has(path)) return 'present';
      return existence(root, await real(), path);
    },
  };
}

/** List meetings/ and cases/ in two directory reads (meetings/ recursively). */
async function listTree(root: string, realRoot: string): Promise<Listing> {
  const files = new Set<string>();
  const meetingFiles: string[] = [];
  const caseFiles: string[] = [];
  const outside: string[] = [];
  // `meetings/` or `cases/` may itself be a link: listed only when it stays inside (a link to `/` must walk nothing).
  const listed = async (folder: string, recursive: boolean): Promise<Dirent[]> => {
    const real = await realpath(join(root, folder)).catch(() => undefined);
    if (real === undefined) return [];
    if (!isInside(realRoot, real)) {
      outside.push(folder);
      return [];
    }
    return readdir(real, { recursive, withFileTypes: true }).then(
      (entries) => entries.map((entry) => Object.assign(entry, { parentPath: join(root, folder, relative(real, entry.parentPath)) })),
      () => [] as Dirent[],
    );
  };
  const meetingEntries = await listed('meetings', true);
  const caseEntries = await listed('cases', false);
  const links: Promise<void>[] = [];
  const consider = (entry: Dirent) => {
    const path = toPosix(posix.relative(toPosix(root), toPosix(join(entry.parentPath, entry.name))));
    const isRecord = MEETING_FILE.test(path) || CASE_FILE.test(path);
    if (entry.isSymbolicLink()) {
      // A link is followed only when it stays inside the repository.
      links.push(
        realpath(join(root, path)).then(
          (target) => {
            if (!isInside(realRoot, target)) outside.push(path);
            else if (isRecord) (path.startsWith('cases/') ? caseFiles : meetingFiles).push(path);
          },
          () => undefined, // a dangling link is a missing file
        ),
      );
    } else if (entry.isFile()) {
      files.add(path);
      if (isRecord) (path.startsWith('cases/') ? caseFiles : meetingFiles).push(path);
    }
  };
  for (const entry of meetingEntries) consider(entry);
  for (const entry of caseEntries) consider(entry);
  await Promise.all(links);
  meetingFiles.sort();
  outside.sort();
  return { files, meetingFiles, caseFiles, outside };
}

async function existence(root: string, realRoot: string, path: string): Promise<Existence> {
  try {
    const info = await stat(join(root, path));
    if (!info.isFile()) return 'missing';
    return isInside(realRoot, await realpath(join(root, path))) ? 'present' : 'outside';
  } catch {
    return 'missing';
  }
}
