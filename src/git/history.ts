import { copyFileSync, mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve } from 'node:path';
import { toPosix } from '../model/paths.js';
import type { CatFile } from './cat-file.js';
import { Git, GitMissingError, type GitResult } from './git.js';
import { readLogs, statusChanges, type Commit, type FileHistory } from './log.js';
import { blobOf, parseRawDiff, statusOf } from './raw.js';
import { firstSent } from './sent.js';

export type { Commit } from './log.js';


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
  /**
   * The log of every path along HEAD's first-parent line, when HEAD is where
   * the default branch is and the whole tree was read (not `--changed`): what
   * `agendaVersions` would read again, so that the site reads it once.
   */
  headLog?: FileHistory;
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
  /**
   * Called once the long-running git processes are started (or the history
   * is known to be unreadable): a caller about to keep its thread busy for a
   * while (loading thousands of files) waits for this, so that git works
   * meanwhile instead of waiting for its turn to be started.
   */
  onStarted?: () => void;
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
 * however many files and commits there are: rev-parse (with HEAD) and
 * for-each-ref at once; then merge-base, ls-files, the two first-parent logs
 * (of the default branch, and of the commits only on this branch) and the
 * `log -G` of the agendas' status lines at once; a diff against the base;
 * one `cat-file --batch` for every blob.
 * The logs are read a field at a time (spooled: git never waits for this
 * thread), and of the agendas' old versions only their status is kept: a
 * long history costs what the rules read of it, not every version of every
 * file at once.
 */
export async function readHistory(options: ReadHistoryOptions): Promise<History> {
  // Agendas still on their way may never be waited for (a history that cannot be read): their failure is the caller's to see.
  if (options.agendas instanceof Promise) options.agendas.catch(() => undefined);
  const git = new Git(options.root);
  const fail = (problem: HistoryProblem): History => {
    options.onStarted?.();
    return { ...EMPTY, problems: [problem], defaultBranch: options.defaultBranch, base: undefined, changedSinceBase: new Set(), processes: git.spawned };
  };
  let where: GitResult;
  let refs: GitResult;
  try {
    // `--verify` applies to HEAD alone: the three lines before it come whether or not HEAD has a commit.
    [where, refs] = await Promise.all([
      git.run(['rev-parse', '--is-shallow-repository', '--show-toplevel', '--git-path', 'index', '--verify', '--quiet', 'HEAD^{commit}']),
      git.run(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/remotes']),
    ]);
  } catch (error) {
    if (error instanceof GitMissingError) return fail({ kind: 'no-git' });
    throw error;
  }
  const [shallow, toplevel, index, head] = where.stdout.trim().split('\n');
  if (toplevel === undefined || index === undefined) return fail({ kind: 'not-a-repository' });
  if (shallow === 'true') return fail({ kind: 'shallow' });
  if (where.exitCode !== 0 || !head) return fail({ kind: 'no-commits' });
  const indexPath = resolve(options.root, index);
  const prefix = toPosix(relative(toplevel, options.root));
  const known = new Map(refs.stdout.split('\n').map((line) => line.split(' ') as [string, string | undefined]));
  const defaultRef = [`refs/heads/${options.defaultBranch}`, `refs/remotes/origin/${options.defaultBranch}`].find((ref) => known.has(ref));
  const defaultTip = defaultRef === undefined ? undefined : known.get(defaultRef);
  const problems: HistoryProblem[] = [];
  if (!defaultRef) problems.push({ kind: 'no-default-branch', branch: options.defaultBranch });
  const toRepo = (path: string) => (prefix === '' ? path : path.startsWith(prefix + '/') ? path.slice(prefix.length + 1) : undefined);
  const scope = SCOPE;
  // The logs need no base unless the agendas are chosen from what changed since it (`--changed`): then they wait.
  const logs = typeof options.agendas === 'function' ? undefined : guarded(readLogs(git, { head, defaultRef, defaultTip, pathspecs: [scope], toRepo }));
  const touched = typeof options.agendas === 'function' ? undefined : guarded(statusChanges(git, { head, defaultRef, toRepo }, options.agendas));

  // One cat-file for every blob, asked by object id: the changed files at the base, and the versions of the agendas asked
  // about. Started now, with the logs, while the process is small: a fork costs more the more memory it marks copy-on-write.
  const cat = git.catFile();
  cat.open();
  options.onStarted?.();
  try {
    return await readSinceBase({ options, git, cat, head, defaultRef, defaultTip, indexPath, problems, toRepo, logs, touched });
  } finally {
    await cat.close();
  }
}

/** Pathspecs are relative to the working directory, which is the etat root. */
const SCOPE = '.';

/** A promise waited for later, after other work: a failure meanwhile is not unhandled. */
function guarded<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** What `readHistory` has found and started when it asks for the base. */
interface Reading {
  options: ReadHistoryOptions;
  git: Git;
  cat: CatFile;
  head: string;
  defaultRef: string | undefined;
  defaultTip: string | undefined;
  indexPath: string;
  problems: HistoryProblem[];
  toRepo: (path: string) => string | undefined;
  logs: Promise<FileHistory> | undefined;
  touched: Promise<(path: string, commit: string) => boolean> | undefined;
}

/** The rest of `readHistory`: the base and what changed since, the logs' answers, and the agendas' first sent versions. */
async function readSinceBase({ options, git, cat, head, defaultRef, defaultTip, indexPath, problems, toRepo, logs, touched }: Reading): Promise<History> {
  const scope = SCOPE;
  // The base: --base, or where this branch left the default branch.
  const untracked = options.base !== undefined || defaultRef ? guarded(git.run(['ls-files', '--others', '--exclude-standard', '-z', '--', scope])) : undefined;
  let base: string | undefined;
  if (options.base !== undefined) {
    const resolved = await git.run(['rev-parse', '--verify', '--quiet', `${options.base}^{commit}`]);
    if (resolved.exitCode === 0) base = resolved.stdout.trim();
    else problems.push({ kind: 'base-missing', base: options.base });
  } else if (defaultRef && defaultTip === head) {
    // HEAD is where the default branch is: that is where they meet.
    base = head;
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
    for (const change of parseRawDiff(diff.stdout)) {
      const path = toRepo(change.path);
      if (path === undefined) continue;
      changedSinceBase.add(path);
      const blob = blobOf(change.before);
      if (blob) baseBlobs.set(path, blob);
    }
    // ls-files names paths relative to the working directory, which is the etat root.
    for (const path of (await untracked!).stdout.split('\0')) if (path) changedSinceBase.add(posix.normalize(path));
  }

  const baseTexts = new Map<string, string | undefined>();
  let files: FileHistory;
  let sent: Map<string, Commit>;
  {
    // Asked for first: the answers come while the log is read.
    const baseRead = guarded(Promise.all([...new Set(baseBlobs.values())].map(async (blob) => baseTexts.set(blob, (await cat.read(blob))?.toString('utf8')))));
    let agendas: readonly string[] | Promise<readonly string[]>;
    let touchesStatus: (path: string, commit: string) => boolean;
    if (typeof options.agendas === 'function') {
      const selection = await options.agendas(changedSinceBase, base);
      agendas = selection.agendas;
      // Only the history of the selected meetings (and of everything outside meetings/, where papers may be kept) is read.
      // Not `. :(exclude)meetings <meeting>…`: git drops a path that matches any exclude, so that would read no meeting at all.
      const pathspecs = selection.meetings ? [...(await outsideMeetings(options.root)), ...selection.meetings].map((path) => `:(literal)${path}`) : [scope];
      [files, touchesStatus] = await Promise.all([readLogs(git, { head, defaultRef, defaultTip, pathspecs, toRepo }), statusChanges(git, { head, defaultRef, toRepo }, agendas)]);
    } else {
      agendas = options.agendas;
      [files, touchesStatus] = await Promise.all([logs!, touched!]);
    }
    sent = await firstSent(cat, await agendas, (path) => files.versions.get(path) ?? [], (path, version) => touchesStatus(path, version.commit.sha));
    await baseRead;
  }

  const atBase = (path: string) => {
    const blob = baseBlobs.get(path);
    return blob === undefined ? undefined : baseTexts.get(blob);
  };
  return {
    problems,
    defaultBranch: options.defaultBranch,
    base,
    availableAt: (path) => files.firstSeen.get(path),
    sentAt: (path) => sent.get(path),
    changedSinceBase,
    atBase,
    statusAtBase: (path) => statusOf(path, atBase(path)),
    processes: git.spawned,
    headLog: defaultTip === head && typeof options.agendas !== 'function' ? files : undefined,
  };
}

/** Run `use` with a copy of the index at `indexPath` (none when there is no index yet), removed afterwards. */
async function withIndexCopy<T>(indexPath: string, use: (copy: string | undefined) => Promise<T>): Promise<T> {
  // Made at once, without a turn of the event loop: git starts now, while the process is small and the files are still
  // to be read, not when loading them next lets this go on.
  const folder = mkdtempSync(join(tmpdir(), 'etat-index-'));
  try {
    const copy = join(folder, 'index');
    let copied = true;
    try {
      copyFileSync(indexPath, copy);
    } catch {
      copied = false;
    }
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
