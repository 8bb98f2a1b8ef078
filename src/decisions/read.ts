import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Config } from '../config/types.js';
import { UsageError } from '../errors.js';
import { Git, GitMissingError } from '../git/git.js';
import { buildAgenda, buildMinutes } from '../model/build.js';
import { MEETING_FILE, parseMeetingFolder, parseMeetingId } from '../model/ids.js';
import { toPosix } from '../model/paths.js';
import { parseMarkdownFile, type SourceFile } from '../model/source.js';
import type { PaperRef } from '../model/types.js';

/** One side of a comparison: a commit, or the files as they are on disk. */
export type Side =
  | {
      kind: 'commit';
      /** The revision as the user named it; `HEAD` when it is the merge-base or HEAD by default. */
      ref: string;
      /** The full commit id. */
      commit: string;
      /** Set when the commit is the merge-base of HEAD and this branch (the default `from`). */
      mergeBase?: string;
    }
  | { kind: 'worktree' };

/** A decision: a minutes item with `outcome: decided`, at one side. */
export interface Decision {
  /** `<forum>/<folder>#<item-id>`, as `corrects:` names it. */
  key: string;
  forum: string;
  /** The forum's name in etat.yml; its id when etat.yml does not define it. */
  forumName: string;
  /** `<forum>/<folder>`. */
  meeting: string;
  /** The date the folder names; undefined for a folder that names none. */
  date: string | undefined;
  item: string;
  /** The title of the agenda item (of the minutes item, for items added in the meeting). */
  title: string | undefined;
  /** The decision as written, without a final line break. */
  text: string;
  /** The repository path of the minutes. */
  path: string;
  /** The decision this one corrects, as a key (`corrects:` normalised). */
  corrects: string | undefined;
}

/** The decisions of a repository at one side. */
export interface Snapshot {
  side: Side;
  decisions: Map<string, Decision>;
  /** Minutes whose front matter could not be read at this side: their decisions are not known. */
  unreadable: string[];
}


/** Whether a revision given on the command line can be handed to git (never as an option). */
function checkRevisionArg(revision: string): void {
  if (revision === '' || revision.startsWith('-') || /[\0\n]/.test(revision)) throw new UsageError('badRevision', { revision });
}

export interface ResolveOptions {
  /** `git.default_branch` in etat.yml. */
  defaultBranch: string;
  /** `A`: the merge-base of HEAD and the default branch when not given. */
  from?: string;
  /** `B`: the working tree when not given. */
  to?: string;
}

/**
 * Turn `A` and `B` into sides, with two to four git processes whatever the
 * repository holds. A revision git does not know is a usage error, as is a
 * folder outside git.
 */
export async function resolveSides(git: Git, options: ResolveOptions): Promise<{ from: Side; to: Side }> {
  if (options.from !== undefined) checkRevisionArg(options.from);
  if (options.to !== undefined) checkRevisionArg(options.to);
  try {
    const inside = await git.run(['rev-parse', '--is-inside-work-tree']);
    if (inside.exitCode !== 0) throw new UsageError('notGitRepository', { dir: git.cwd });
    const commitOf = async (revision: string, error: UsageError): Promise<string> => {
      const result = await git.run(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
      if (result.exitCode !== 0) throw error;
      return result.stdout.trim();
    };
    let from: Side;
    if (options.from !== undefined) {
      from = { kind: 'commit', ref: options.from, commit: await commitOf(options.from, new UsageError('badRevision', { revision: options.from })) };
    } else {
      const branch = options.defaultBranch;
      const refs = await git.run(['for-each-ref', '--format=%(refname)', `refs/heads/${branch}`, `refs/remotes/origin/${branch}`]);
      const known = new Set(refs.stdout.split('\n').filter(Boolean));
      const ref = [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`].find((r) => known.has(r));
      if (ref) {
        const base = await git.run(['merge-base', ref, 'HEAD']);
        if (base.exitCode !== 0) {
          // Either HEAD has no commit yet, or it shares none with the branch.
          await commitOf('HEAD', new UsageError('noCommits', {}));
          throw new UsageError('noMergeBase', { branch });
        }
        from = { kind: 'commit', ref: 'HEAD', commit: base.stdout.trim(), mergeBase: branch };
      } else {
        from = { kind: 'commit', ref: 'HEAD', commit: await commitOf('HEAD', new UsageError('noCommits', {})) };
      }
    }
    const to: Side =
      options.to === undefined
        ? { kind: 'worktree' }
        : { kind: 'commit', ref: options.to, commit: await commitOf(options.to, new UsageError('badRevision', { revision: options.to })) };
    return { from, to };
  } catch (error) {
    if (error instanceof GitMissingError) throw new UsageError('gitMissing', {});
    throw error;
  }
}

/**
 * The decisions at each side: one `git ls-tree` per commit side and one
 * `git cat-file --batch` for every agenda and minutes of them all (a file that
 * is the same at both sides is read and parsed once); the working tree is read
 * from disk.
 */
export async function readSnapshots(git: Git, root: string, config: Config, sides: readonly Side[]): Promise<Snapshot[]> {
  const listings = await Promise.all(sides.map((side) => (side.kind === 'commit' ? listCommit(git, side.commit) : undefined)));
  const oids = [...new Set(listings.flatMap((listing) => (listing ? [...listing.values()] : [])))];
  const blobs = await git.blobs(oids);
  const parsed = new Map<string, SourceFile>();
  const parse = (path: string, oid: string, text: string) => {
    const key = `${oid}\0${path}`;
    let file = parsed.get(key);
    if (!file) parsed.set(key, (file = parseMarkdownFile(path, Buffer.from(text, 'utf8'))));
    return file;
  };
  return Promise.all(
    sides.map(async (side, index) => {
      const files = new Map<string, SourceFile>();
      const listing = listings[index];
      if (listing) {
        for (const [path, oid] of listing) {
          const text = blobs.get(oid);
          if (text !== undefined) files.set(path, parse(path, oid, text));
        }
      } else {
        for (const [path, file] of await readWorktree(root)) files.set(path, file);
      }
      return snapshotOf(side, files, config);
    }),
  );
}

/** Every agenda and minutes file at a commit, as path → blob id (regular files only, not links). */
async function listCommit(git: Git, commit: string): Promise<Map<string, string>> {
  // Run in the etat root: ls-tree takes and gives paths relative to it, even when the root is a subfolder of the repository.
  const result = await git.run(['ls-tree', '-r', '-z', commit, '--', 'meetings']);
  const out = new Map<string, string>();
  for (const entry of result.stdout.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type, oid] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (type === 'blob' && (mode === '100644' || mode === '100755') && oid && MEETING_FILE.test(path)) out.set(path, oid);
  }
  return out;
}

/** Every agenda and minutes file on disk (regular files only, as `etat check` reads them). */
async function readWorktree(root: string): Promise<Map<string, SourceFile>> {
  const entries = await readdir(join(root, 'meetings'), { recursive: true, withFileTypes: true }).catch(() => [] as Dirent[]);
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => toPosix(posix.relative(toPosix(root), toPosix(join(entry.parentPath, entry.name)))))
    .filter((path) => MEETING_FILE.test(path));
  const files = new Map<string, SourceFile>();
  await Promise.all(paths.map(async (path) => files.set(path, parseMarkdownFile(path, await readFile(join(root, path))))));
  return files;
}

/** A stand-in for paper resolution: only titles are read from agendas here. */
const NO_PAPER = (file: SourceFile, target: { target: string; restricted: string | boolean | undefined; path: readonly (string | number)[] }): PaperRef => ({
  file,
  path: target.path,
  target: target.target,
  restricted: target.restricted,
  resolved: undefined,
  status: 'missing',
  source: undefined,
});

/** The decisions in a set of agenda and minutes files. */
export function snapshotOf(side: Side, files: ReadonlyMap<string, SourceFile>, config: Pick<Config, 'fora'>): Snapshot {
  const decisions = new Map<string, Decision>();
  const unreadable: string[] = [];
  for (const [path, file] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const match = MEETING_FILE.exec(path);
    if (!match || match[3] !== 'minutes') continue;
    const [, forum = '', folder = ''] = match;
    if (file.problem) {
      unreadable.push(path);
      continue;
    }
    const agendaFile = files.get(`meetings/${forum}/${folder}/agenda.md`);
    const agenda = agendaFile && !agendaFile.problem ? buildAgenda(agendaFile, NO_PAPER) : undefined;
    const minutes = buildMinutes(file);
    const meeting = `${forum}/${folder}`;
    for (const item of minutes.items) {
      if (item.outcome !== 'decided' || item.id === undefined || item.decision === undefined) continue;
      const key = `${meeting}#${item.id}`;
      if (decisions.has(key)) continue; // a duplicate id: the first one counts (etat check reports the rest)
      decisions.set(key, {
        key,
        forum,
        forumName: config.fora.get(forum)?.name ?? forum,
        meeting,
        date: parseMeetingFolder(folder)?.date,
        item: item.id,
        title: agenda?.items.find((i) => i.id === item.id)?.title ?? item.title,
        text: item.decision.replace(/\s+$/, ''),
        path,
        corrects: item.corrects === undefined ? undefined : itemKey(item.corrects),
      });
    }
  }
  return { side, decisions, unreadable };
}

/** `<forum>/<date>#<id>` as a decision key: white space trimmed, the folder as written; what cannot be read stays as written. */
export function itemKey(reference: string): string {
  const hash = reference.indexOf('#');
  if (hash === -1) return reference.trim();
  const meeting = parseMeetingId(reference.slice(0, hash));
  const id = reference.slice(hash + 1).trim();
  return meeting ? `${meeting.forum}/${meeting.folder}#${id}` : reference.trim();
}
