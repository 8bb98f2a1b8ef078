import { posix } from 'node:path';
import type { Read } from '../fs/read.js';
import type { Existence, FileSource, Listing } from '../model/file-source.js';
import { CASE_FILE, MEETING_FILE } from '../model/ids.js';
import type { Git } from './git.js';

/** A file as git stores it: its mode and its blob. */
export interface TreeEntry {
  mode: string;
  object: string;
}

const MODE_SYMLINK = '120000';
const MODE_GITLINK = '160000';
/** How many links a path may pass through before it is taken for a loop (as the kernel's ELOOP). */
const MAX_LINKS = 40;

/**
 * The index git is about to commit, as a source: `git ls-files --stage`
 * (stage 0 only — a conflict's stages 1–3 are not what will be committed;
 * submodules skipped), the bytes through one `git cat-file --batch` per read.
 * Honours the index `git` was given (`GIT_INDEX_FILE` in a hook of `git commit -a`).
 */
export async function indexSource(git: Git, root: string): Promise<FileSource> {
  const listed = await git.run(['ls-files', '--stage', '-z', '--', '.']);
  const entries = new Map<string, TreeEntry>();
  for (const line of listed.stdout.split('\0')) {
    // <mode> <object> <stage>\t<path>
    const match = /^(\d+) ([0-9a-f]+) 0\t(.+)$/s.exec(line);
    if (match && match[1] !== MODE_GITLINK) entries.set(match[3]!, { mode: match[1]!, object: match[2]! });
  }
  return treeSource('index', git, root, entries, undefined);
}

/**
 * A commit's files, as a source: one `git ls-tree -r` (run in the etat root,
 * so paths are relative to it). `blobs`, shared by the sources of one
 * command, holds what was read already: a blob the same at two commits is read once.
 */
export async function revisionSource(git: Git, root: string, commit: string, blobs: Map<string, Buffer> = new Map()): Promise<FileSource> {
  const listed = await git.run(['ls-tree', '-r', '-z', commit, '--', '.']);
  const entries = new Map<string, TreeEntry>();
  for (const line of listed.stdout.split('\0')) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const [mode = '', type, object = ''] = line.slice(0, tab).split(' ');
    if (type === 'blob') entries.set(line.slice(tab + 1), { mode, object });
  }
  return treeSource('revision', git, root, entries, blobs);
}

/** Read the blobs `blobs` does not hold yet into it, with one `git cat-file --batch` (none when it holds them all). */
export async function readBlobs(git: Git, ids: Iterable<string>, blobs: Map<string, Buffer>): Promise<Map<string, Buffer>> {
  const unread = [...new Set(ids)].filter((id) => !blobs.has(id));
  for (const [id, bytes] of await git.objects(unread)) blobs.set(id, bytes);
  return blobs;
}

type Resolved = { kind: 'file'; path: string; entry: TreeEntry } | { kind: 'folder'; path: string } | { kind: 'missing' } | { kind: 'outside' };

/**
 * A source over git's listing of files. Symbolic links are followed as the
 * working tree would follow them: one whose target stays inside the etat root
 * resolves to that path's entry, one leading out is `outside`.
 */
async function treeSource(
  kind: 'index' | 'revision',
  git: Git,
  root: string,
  entries: ReadonlyMap<string, TreeEntry>,
  shared: Map<string, Buffer> | undefined,
): Promise<FileSource> {
  // Without a map shared with other sources, blobs are not kept: the loader holds what it needs.
  const objects = (ids: Iterable<string>) => readBlobs(git, ids, shared ?? new Map());
  const links = [...entries].filter(([, entry]) => entry.mode === MODE_SYMLINK);
  // The links' targets, read with the listing: few, and every path may pass through one.
  const linkBlobs = await objects(links.map(([, entry]) => entry.object));
  const targets = new Map(links.map(([path, entry]) => [path, linkBlobs.get(entry.object)?.toString('utf8')]));
  const folders = new Set<string>();
  for (const path of entries.keys()) for (let dir = posix.dirname(path); dir !== '.'; dir = posix.dirname(dir)) folders.add(dir);

  const resolve = (path: string): Resolved => {
    let parts = path.split('/');
    for (let hops = 0, at = 0; at < parts.length; at++) {
      const prefix = parts.slice(0, at + 1).join('/');
      if (!targets.has(prefix)) continue;
      const target = targets.get(prefix);
      if (target === undefined || ++hops > MAX_LINKS) return { kind: 'missing' };
      if (posix.isAbsolute(target)) return { kind: 'outside' };
      const joined = posix.normalize(posix.join(posix.dirname(prefix), target));
      if (joined === '..' || joined.startsWith('../')) return { kind: 'outside' };
      parts = [...(joined === '.' ? [] : joined.split('/')), ...parts.slice(at + 1)];
      at = -1;
    }
    const resolved = parts.join('/');
    const entry = entries.get(resolved);
    if (entry) return { kind: 'file', path: resolved, entry };
    return folders.has(resolved) || resolved === '' ? { kind: 'folder', path: resolved } : { kind: 'missing' };
  };

  let listing: Listing | undefined;
  return {
    kind,
    root,
    list: async () => (listing ??= listEntries(entries, resolve)),
    async read(wanted) {
      const found = new Map([...wanted.keys()].map((path) => [path, resolve(path)]));
      const contents = await objects([...found.values()].flatMap((r) => (r.kind === 'file' ? [r.entry.object] : [])));
      const out = new Map<string, Read>();
      for (const [path, r] of found) {
        if (r.kind !== 'file') out.set(path, r.kind === 'folder' ? { kind: 'notFile' } : r);
        else {
          const bytes = contents.get(r.entry.object);
          if (!bytes) out.set(path, { kind: 'missing' });
          else out.set(path, bytes.length > wanted.get(path)! ? { kind: 'tooLarge', size: bytes.length } : { kind: 'file', bytes });
        }
      }
      return out;
    },
    exists: async (path): Promise<Existence> => {
      const r = resolve(path);
      return r.kind === 'file' ? 'present' : r.kind === 'outside' ? 'outside' : 'missing';
    },
    contentId: (path) => {
      const r = resolve(path);
      return r.kind === 'file' ? r.entry.object : undefined;
    },
  };
}

/** meetings/ (all the way down) and cases/ (one level), as the working-tree source lists them. */
function listEntries(entries: ReadonlyMap<string, TreeEntry>, resolve: (path: string) => Resolved): Listing {
  const files = new Set<string>();
  const meetingFiles: string[] = [];
  const caseFiles: string[] = [];
  const outside: string[] = [];
  const walk = (folder: string, recursive: boolean) => {
    // `meetings/` or `cases/` may itself be a link: listed only when it stays inside.
    const start = resolve(folder);
    if (start.kind === 'outside') outside.push(folder);
    if (start.kind !== 'folder') return;
    const prefix = start.path === '' ? '' : start.path + '/';
    for (const [real, entry] of entries) {
      if (!real.startsWith(prefix)) continue;
      const rest = real.slice(prefix.length);
      // One level only for cases/: what is in a folder there is not listed.
      if (!recursive && rest.includes('/')) continue;
      const path = `${folder}/${rest}`;
      const isRecord = MEETING_FILE.test(path) || CASE_FILE.test(path);
      if (entry.mode === MODE_SYMLINK) {
        const target = resolve(path);
        if (target.kind === 'outside') outside.push(path);
        else if (target.kind !== 'missing' && isRecord) (folder === 'cases' ? caseFiles : meetingFiles).push(path);
      } else {
        files.add(path);
        if (isRecord) (folder === 'cases' ? caseFiles : meetingFiles).push(path);
      }
    }
  };
  walk('meetings', true);
  walk('cases', false);
  meetingFiles.sort();
  outside.sort();
  return { files, meetingFiles, caseFiles, outside };
}
