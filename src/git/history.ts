import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve } from 'node:path';
import { toPosix } from '../model/paths.js';
import { Git, GitMissingError } from './git.js';
import { blobOf, logHeader, parseRawDiff, rawReader, statusOf } from './raw.js';
import { firstSent, type Version } from './sent.js';


/** A moment a file reached the history: its commit and that commit's committer date. */
export interface Commit {
  sha: string;
  /** Committer time, seconds since 1970. The author date is anyone's to set; this one is the repository's. */
  time: number;
  /** On the default branch's first-parent line, or only on the branch being checked. */
  onDefaultBranch: boolean;
}

/** Why history could not be read; each becomes one notice, not a silent skip. */
export type HistoryProblem =
  | { kind: 'no-git' }
  | { kind: 'not-a-repository' }
  | { kind: 'no-commits' }
  | { kind: 'shallow' }
  | { kind: 'no-default-branch'; branch: string }
  | { kind: 'base-missing'; base: string };

export interface History {
  /** Problems that stop the rules that need history (all but `base-missing`, which stops only the base rules). */
  problems: HistoryProblem[];
  defaultBranch: string;
  /** The revision `--base` names, or the merge-base of HEAD and the default branch. */
  base: string | undefined;
  /** When a repository path first reached the default branch, or else the current branch; undefined when uncommitted. */
  availableAt(path: string): Commit | undefined;
  /** The first commit at which an agenda's front matter said `status: sent`. */
  sentAt(path: string): Commit | undefined;
  /** Repository paths that differ between the base and the working tree (untracked files too). */
  changedSinceBase: ReadonlySet<string>;
  /** A file's text at the base revision, for the files that changed since. */
  atBase(path: string): string | undefined;
  /** The `status:` in a changed file's front matter at the base revision. */
  statusAtBase(path: string): unknown;
  /** How many git processes reading the history took. */
  processes: number;
}

export interface ReadHistoryOptions {
  root: string;
  defaultBranch: string;
  /** `--base REF`. */
  base?: string;
  /**
   * The agendas whose first `status: sent` is wanted (the others are not
   * read); or the promise of them, so that the log is read while the
   * repository is still loading (the agendas are needed only after it); or a
   * function that names them once the changes since the base are known
   * (`--changed`), so that one pass serves both.
   */
  agendas: readonly string[] | Promise<readonly string[]> | ((changedSinceBase: ReadonlySet<string>, base: string | undefined) => Promise<HistorySelection>);
}

/** What a `--changed` check reads: the agendas asked about, and the paths under meetings/ whose history is read (all when undefined). */
export interface HistorySelection {
  agendas: readonly string[] | Promise<readonly string[]>;
  meetings?: readonly string[];
}

const EMPTY: Pick<History, 'availableAt' | 'sentAt' | 'atBase' | 'statusAtBase'> = {
  availableAt: () => undefined,
  sentAt: () => undefined,
  atBase: () => undefined,
  statusAtBase: () => undefined,
};

/**
 * Read what the rules need from git, with a constant number of processes
 * however many files and commits there are: rev-parse, for-each-ref,
 * merge-base, one first-parent log of the default branch, one of the commits
 * only on this branch, one diff and one ls-files against the base, and one
 * `cat-file --batch` for every blob. The logs are read as they arrive, and
 * of the agendas' old versions only their status is kept: a long history
 * costs what the rules read of it, not every version of every file at once.
 */
export async function readHistory(options: ReadHistoryOptions): Promise<History> {
  // Agendas still on their way may never be waited for (a history that cannot be read): their failure is the caller's to see.
  if (options.agendas instanceof Promise) options.agendas.catch(() => undefined);
  const git = new Git(options.root);
  const fail = (problem: HistoryProblem): History => ({
    ...EMPTY,
    problems: [problem],
    defaultBranch: options.defaultBranch,
    base: undefined,
    changedSinceBase: new Set(),
    processes: git.spawned,
  });
  let head: string;
  let prefix: string;
  let indexPath = '';
  let defaultRef: string | undefined;
  try {
    const where = await git.run(['rev-parse', '--is-shallow-repository', '--show-toplevel', '--git-path', 'index']);
    if (where.exitCode !== 0) return fail({ kind: 'not-a-repository' });
    const [shallow, toplevel = '', index = ''] = where.stdout.trim().split('\n');
    indexPath = resolve(options.root, index);
    if (shallow === 'true') return fail({ kind: 'shallow' });
    prefix = toPosix(relative(toplevel, options.root));
    const refs = await git.run(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/remotes']);
    const known = new Map(refs.stdout.trim().split('\n').filter(Boolean).map((line) => line.split(' ') as [string, string]));
    defaultRef = [`refs/heads/${options.defaultBranch}`, `refs/remotes/origin/${options.defaultBranch}`].find((ref) => known.has(ref));
    const headResult = await git.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (headResult.exitCode !== 0) return fail({ kind: 'no-commits' });
    head = headResult.stdout.trim();
  } catch (error) {
    if (error instanceof GitMissingError) return fail({ kind: 'no-git' });
    throw error;
  }
  const problems: HistoryProblem[] = [];
  if (!defaultRef) problems.push({ kind: 'no-default-branch', branch: options.defaultBranch });
  const toRepo = (path: string) => (prefix === '' ? path : path.startsWith(prefix + '/') ? path.slice(prefix.length + 1) : undefined);
  // Pathspecs are relative to the working directory, which is the etat root.
  const scope = '.';

  // The base: --base, or where this branch left the default branch.
  let base: string | undefined;
  if (options.base !== undefined) {
    const resolved = await git.run(['rev-parse', '--verify', '--quiet', `${options.base}^{commit}`]);
    if (resolved.exitCode === 0) base = resolved.stdout.trim();
    else problems.push({ kind: 'base-missing', base: options.base });
  } else if (defaultRef) {
    const mergeBase = await git.run(['merge-base', defaultRef, head]);
    if (mergeBase.exitCode === 0) base = mergeBase.stdout.trim();
    else problems.push({ kind: 'base-missing', base: `merge-base ${options.defaultBranch} HEAD` });
  }

  const changedSinceBase = new Set<string>();
  /** The blob each changed file had at the base: files are read by object id, never by a name that could hold a newline. */
  const baseBlobs = new Map<string, string>();
  if (base) {
    // `git diff` against the working tree refreshes the index and writes it back; a check must change
    // nothing, so it is given a copy of the index to refresh.
    const diff = await withIndexCopy(indexPath, (copy) => git.run(['diff', '--no-renames', '--raw', '--no-abbrev', '-z', base, '--', scope], undefined, copy));
    const untracked = await git.run(['ls-files', '--others', '--exclude-standard', '-z', '--', scope]);
    for (const change of parseRawDiff(diff.stdout)) {
      const path = toRepo(change.path);
      if (path === undefined) continue;
      changedSinceBase.add(path);
      const blob = blobOf(change.before);
      if (blob) baseBlobs.set(path, blob);
    }
    // ls-files names paths relative to the working directory, which is the etat root.
    for (const path of untracked.stdout.split('\0')) if (path) changedSinceBase.add(posix.normalize(path));
  }

  const selection: HistorySelection = typeof options.agendas === 'function' ? await options.agendas(changedSinceBase, base) : { agendas: options.agendas };
  // Only the history of the selected meetings (and of everything outside meetings/, where papers may be kept) is read.
  // Not `. :(exclude)meetings <meeting>…`: git drops a path that matches any exclude, so that would read no meeting at all.
  const pathspecs = selection.meetings
    ? [...(await outsideMeetings(options.root)), ...selection.meetings].map((path) => `:(literal)${path}`)
    : [scope];

  // Where each file first appeared: on the default branch's first-parent line, then on this branch.
  const firstSeen = new Map<string, Commit>();
  const versions = new Map<string, Version<Commit>[]>();
  const record = async (args: readonly string[], onDefaultBranch: boolean) => {
    let commit: Commit | undefined;
    const read = rawReader(
      ({ status, path: gitPath, after }) => {
        const path = toRepo(gitPath);
        const blob = blobOf(after);
        if (!commit || path === undefined || status === 'D' || blob === undefined) return;
        if (!firstSeen.has(path)) firstSeen.set(path, commit);
        let list = versions.get(path);
        if (!list) versions.set(path, (list = []));
        list.push({ commit, blob });
      },
      (header) => (commit = { ...logHeader(header), onDefaultBranch }),
    );
    for await (const field of git.fields(args)) read(field);
  };
  const logArgs = ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x01%H %ct', '--reverse'];
  // One cat-file for every blob, asked by object id: the versions of the agendas asked about, and the changed files at the base.
  const cat = git.catFile();
  let sent: Map<string, Commit>;
  const baseTexts = new Map<string, string | undefined>();
  try {
    // The changed files at the base are asked for first: their answers come while the log is read.
    const baseRead = Promise.all([...new Set(baseBlobs.values())].map(async (blob) => baseTexts.set(blob, (await cat.read(blob))?.toString('utf8'))));
    // Waited for after the log; a failure meanwhile is not unhandled.
    baseRead.catch(() => undefined);
    // With no path at all, `git log --` would read every path: there is then nothing to read.
    if (pathspecs.length > 0) {
      if (defaultRef) await record([...logArgs, defaultRef, '--', ...pathspecs], true);
      await record([...logArgs, head, ...(defaultRef ? ['--not', defaultRef] : []), '--', ...pathspecs], false);
    }
    sent = await firstSent(cat, await selection.agendas, (path) => versions.get(path) ?? []);
    await baseRead;
  } finally {
    await cat.close();
  }

  const atBase = (path: string) => {
    const blob = baseBlobs.get(path);
    return blob === undefined ? undefined : baseTexts.get(blob);
  };
  return {
    problems,
    defaultBranch: options.defaultBranch,
    base,
    availableAt: (path) => firstSeen.get(path),
    sentAt: (path) => sent.get(path),
    changedSinceBase,
    atBase,
    statusAtBase: (path) => statusOf(path, atBase(path)),
    processes: git.spawned,
  };
}

/** Run `use` with a copy of the index at `indexPath` (none when there is no index yet), removed afterwards. */
async function withIndexCopy<T>(indexPath: string, use: (copy: string | undefined) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'etat-index-'));
  try {
    const copy = join(folder, 'index');
    const copied = await copyFile(indexPath, copy).then(
      () => true,
      () => false,
    );
    // Without an index of its own, git would read an empty one: pass none, and git uses the repository's.
    return await use(copied ? copy : undefined);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** What is at the top of the etat root besides meetings/ (and .git): where papers and cases outside a meeting are. */
async function outsideMeetings(root: string): Promise<string[]> {
  const entries = await readdir(root).catch(() => [] as string[]);
  return entries.filter((name) => name !== 'meetings' && name !== '.git');
}
