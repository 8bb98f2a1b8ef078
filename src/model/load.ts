import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { findRoot, loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import type { Lang } from '../i18n/lang.js';
import { buildAgenda, buildCase, buildMinutes, paperTargets, type PaperTarget } from './build.js';
import { isCalendarDate } from './dates.js';
import { compareMeetingFolders, MEETING_FILE, parseMeetingFolder } from './ids.js';
import { suggest } from '../rules/util.js';
import { isInside, resolveFromFile, toPosix } from './paths.js';
import { builtInGuidance, guidanceOf } from './guidance.js';
import { scanAtxHeadings, scanHeadings } from './headings.js';
import { formatBytes, MAX_MARKDOWN_PARSE_BYTES, MAX_PAPER_BYTES, MAX_RECORD_BYTES } from './limits.js';
import { readInside, type Read } from '../fs/read.js';
import { parseMarkdownFile, parseTextFile, SourceFile, type FileProblem } from './source.js';
import type { Agenda, Case, Heading, Meeting, Minutes, OutsideFile, PaperRef, PaperSource, Repository } from './types.js';

export interface LoadOptions {
  /** Where to look for etat.yml (it is discovered upward from here). */
  cwd: string;
  /** `--lang`, which wins over `language` in etat.yml. */
  lang?: Lang;
  /** The language to report a broken etat.yml in when it names none. */
  fallbackLang?: Lang;
  /**
   * Read only the meetings whose folder this accepts (`etat check --changed`).
   * The others are still listed, with their dates, but their files are not read.
   */
  select?: (meetingDir: string) => boolean;
}

const MEETING_FILES = new Set(['agenda.md', 'minutes.md']);

/**
 * Read a governance repository into the model every rule and command uses.
 * Each file is read and parsed once, concurrently; papers are read only when
 * they are Markdown (for their headings and text), and only checked for
 * existence otherwise.
 */
export async function loadRepository(options: LoadOptions): Promise<Repository> {
  const root = await findRoot(options.cwd);
  const config = await loadConfig(root, options);
  return loadTree(config, options.select);
}

interface Tree {
  /** Every regular file under meetings/ (repository paths). */
  files: Set<string>;
  /** Symbolic links met while listing, checked when something uses them. */
  links: Set<string>;
  meetingFiles: string[];
  caseFiles: string[];
  outside: OutsideFile[];
}

export async function loadTree(config: Config, select?: (meetingDir: string) => boolean): Promise<Repository> {
  const { root } = config;
  const realRoot = await realpath(root);
  const tree = await listTree(root, realRoot);
  const skipped = new Set<string>();
  if (select) {
    const kept: string[] = [];
    for (const path of tree.meetingFiles) {
      if (select(posix.dirname(path))) kept.push(path);
      else skipped.add(posix.dirname(path));
    }
    tree.meetingFiles = kept;
  }

  const sources = new Map<string, SourceFile>();
  await Promise.all(
    [...tree.meetingFiles, ...tree.caseFiles].map(async (path) => {
      const read = await readInside(realRoot, join(root, path), MAX_RECORD_BYTES);
      if (read.kind === 'file') sources.set(path, parseMarkdownFile(path, read.bytes));
      else if (read.kind === 'outside') tree.outside.push(outsideFile(path));
      else if (read.kind !== 'missing') sources.set(path, unreadFile(path, read, 'record'));
    }),
  );
  tree.outside.sort((a, b) => (a.path < b.path ? -1 : 1));

  // Papers: resolve every path an agenda lists, then read the Markdown ones once.
  const paperStatus = new Map<string, Promise<'present' | 'missing' | 'outside'>>();
  const statusOf = (resolved: string) => {
    let status = paperStatus.get(resolved);
    if (!status) paperStatus.set(resolved, (status = existence(root, realRoot, tree, resolved)));
    return status;
  };
  const targets: { file: SourceFile; target: PaperTarget; resolved: string | undefined }[] = [];
  for (const path of tree.meetingFiles) {
    const file = sources.get(path);
    if (!file || !path.endsWith('/agenda.md')) continue;
    const items = Array.isArray((file.data as { items?: unknown })?.items) ? (file.data as { items: unknown[] }).items : [];
    items.forEach((item, index) => {
      for (const target of paperTargets(item, ['items', index])) {
        const resolved = resolveFromFile(file.path, target.target);
        targets.push({ file, target, resolved });
        if (resolved !== undefined) void statusOf(resolved);
      }
    });
  }
  const statuses = new Map<string, 'present' | 'missing' | 'outside'>();
  for (const [path, status] of paperStatus) statuses.set(path, await status);

  const markdownPapers = [...statuses].filter(([path, status]) => status === 'present' && /\.(md|markdown)$/i.test(path)).map(([path]) => path);
  const papers = new Map<string, PaperSource>();
  if (markdownPapers.length > 0) {
    // The Markdown parser is loaded only when there is Markdown to parse.
    const { parseHeadings } = await import('./markdown.js');
    await Promise.all(
      markdownPapers.map(async (path) => {
        const read = await readInside(realRoot, join(root, path), MAX_PAPER_BYTES);
        const file = read.kind === 'file' ? parseTextFile(path, read.bytes) : unreadFile(path, read, 'paper');
        let headings: Heading[] | undefined;
        let atx: Heading[] | undefined | null = null;
        papers.set(path, {
          file,
          // remark gives the exact answer; past a size, its syntax tree costs more memory than a check may take.
          headings: () => (headings ??= file.problem ? [] : file.text.length > MAX_MARKDOWN_PARSE_BYTES ? scanHeadings(file.text) : parseHeadings(file)),
          atxHeadings: () => (atx === null ? (atx = file.problem ? [] : scanAtxHeadings(file.text)) : atx),
        });
      }),
    );
  }

  const resolvePaper = (file: SourceFile, target: PaperTarget): PaperRef => {
    const resolved = resolveFromFile(file.path, target.target);
    const status = resolved === undefined ? 'outside' : (statuses.get(resolved) ?? 'missing');
    return {
      suggestion: status === 'missing' && resolved !== undefined ? closestPaper(tree, file.path, resolved) : undefined,
      file,
      path: target.path,
      target: target.target,
      restricted: target.restricted,
      resolved: status === 'outside' ? undefined : resolved,
      status,
      source: resolved !== undefined && status === 'present' ? papers.get(resolved) : undefined,
    };
  };

  // Meetings that were not selected are known by their folder alone.
  const byDir = new Map<string, { agenda?: Agenda; minutes?: Minutes }>([...skipped].map((dir) => [dir, {}]));
  for (const path of tree.meetingFiles) {
    const file = sources.get(path);
    if (!file) continue;
    const dir = posix.dirname(path);
    const entry = byDir.get(dir) ?? {};
    if (path.endsWith('/agenda.md')) entry.agenda = buildAgenda(file, resolvePaper);
    else entry.minutes = buildMinutes(file);
    byDir.set(dir, entry);
  }
  const meetings: Meeting[] = [...byDir]
    .map(([dir, { agenda, minutes }]) => {
      const [, forum = '', folder = ''] = dir.split('/');
      const named = parseMeetingFolder(folder)?.date;
      const date = named && isCalendarDate(named) ? named : undefined;
      return { id: `${forum}/${folder}`, forum, folder, date, dir, agenda, minutes };
    })
    .sort((a, b) => (a.forum === b.forum ? compareMeetingFolders(a.folder, b.folder) : a.forum < b.forum ? -1 : 1));

  const cases = new Map<string, Case>();
  for (const path of tree.caseFiles.sort()) {
    const file = sources.get(path);
    if (file) cases.set(posix.basename(path, '.md'), buildCase(posix.basename(path, '.md'), file));
  }

  const files = [...meetings.flatMap((m) => [m.agenda?.file, m.minutes?.file]), ...[...cases.values()].map((c) => c.file)].filter(
    (f): f is SourceFile => f !== undefined,
  );
  const index = new Map(meetings.map((m) => [m.id, m]));
  const ownTemplate = await readInside(realRoot, join(root, 'templates', 'paper.md'), MAX_PAPER_BYTES);
  const paperGuidance = ownTemplate.kind === 'file' ? new Set([...builtInGuidance(), ...guidanceOf(ownTemplate.bytes.toString('utf8'))]) : builtInGuidance();
  return {
    root,
    config,
    meetings,
    cases,
    files,
    papers,
    outside: tree.outside,
    paperGuidance,
    meeting: (id) => index.get(id),
  };
}

/**
 * The file a missing paper most likely is, as it should be written in the
 * agenda: one in the folder the path points into, or in the meeting's
 * `papers/`, with the same name or a name close to it (a typo, `-v2`, a
 * forgotten `papers/`). Undefined when none is close.
 */
function closestPaper(tree: Tree, agendaPath: string, resolved: string): string | undefined {
  const meetingDir = posix.dirname(agendaPath);
  const folders = new Set([posix.dirname(resolved), `${meetingDir}/papers`]);
  const candidates = [...tree.files].filter(
    (path) => folders.has(posix.dirname(path)) && !(posix.dirname(path) === meetingDir && MEETING_FILES.has(posix.basename(path))),
  );
  const sameName = candidates.find((path) => posix.basename(path) === posix.basename(resolved));
  const relativeToAgenda = (path: string) => posix.relative(meetingDir, path);
  if (sameName) return relativeToAgenda(sameName);
  return suggest(relativeToAgenda(resolved), candidates.map(relativeToAgenda));
}

/** List meetings/ and cases/ in two directory reads (meetings/ recursively). */
async function listTree(root: string, realRoot: string): Promise<Tree> {
  const tree: Tree = { files: new Set(), links: new Set(), meetingFiles: [], caseFiles: [], outside: [] };
  // `meetings/` or `cases/` may itself be a link: listed only when it stays inside (a link to `/` must walk nothing).
  const listed = async (folder: string, recursive: boolean): Promise<Dirent[]> => {
    const real = await realpath(join(root, folder)).catch(() => undefined);
    if (real === undefined) return [];
    if (!isInside(realRoot, real)) {
      tree.outside.push(outsideFile(folder));
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
  const consider = (entry: Dirent, isMeetingOrCase: (path: string) => boolean) => {
    const path = toPosix(posix.relative(toPosix(root), toPosix(join(entry.parentPath, entry.name))));
    if (entry.isSymbolicLink()) {
      tree.links.add(path);
      // A link is followed only when it stays inside the repository.
      links.push(
        realpath(join(root, path)).then(
          (target) => {
            if (!isInside(realRoot, target)) tree.outside.push(outsideFile(path));
            else if (isMeetingOrCase(path)) (path.startsWith('cases/') ? tree.caseFiles : tree.meetingFiles).push(path);
          },
          () => undefined, // a dangling link is a missing file
        ),
      );
    } else if (entry.isFile()) {
      tree.files.add(path);
      if (isMeetingOrCase(path)) (path.startsWith('cases/') ? tree.caseFiles : tree.meetingFiles).push(path);
    }
  };
  for (const entry of meetingEntries) consider(entry, isMeetingFile);
  for (const entry of caseEntries) consider(entry, (path) => path.endsWith('.md'));
  await Promise.all(links);
  tree.meetingFiles.sort();
  tree.outside.sort((a, b) => (a.path < b.path ? -1 : 1));
  return tree;
}

/** A file that was not read because a link takes it out of the repository: an empty stand-in to place the finding on. */
function outsideFile(path: string): OutsideFile {
  return { path, file: new SourceFile(path, '', { yamlStart: 0, bodyStart: 0 }) };
}

/** A file that was not read — too large, or not a regular file — with the problem to report at it. */
function unreadFile(path: string, read: Exclude<Read, { kind: 'file' }>, kind: 'record' | 'paper'): SourceFile {
  const max = kind === 'record' ? MAX_RECORD_BYTES : MAX_PAPER_BYTES;
  const problem: FileProblem =
    read.kind === 'tooLarge'
      ? { ruleId: 'file/too-large', messageId: kind === 'record' ? 'file' : 'paper', data: { size: formatBytes(read.size), max: formatBytes(max) }, start: 0, end: 0 }
      : { ruleId: 'file/encoding', messageId: 'notFile', data: {}, start: 0, end: 0 };
  return new SourceFile(path, '', { yamlStart: 0, bodyStart: 0, problem });
}

function isMeetingFile(path: string): boolean {
  return MEETING_FILE.test(path);
}

async function existence(root: string, realRoot: string, tree: Tree, path: string): Promise<'present' | 'missing' | 'outside'> {
  // Files seen while listing meetings/ need no further system call.
  if (tree.files.has(path)) return 'present';
  try {
    const info = await stat(join(root, path));
    if (!info.isFile()) return 'missing';
    return isInside(realRoot, await realpath(join(root, path))) ? 'present' : 'outside';
  } catch {
    return 'missing';
  }
}
