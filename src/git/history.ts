import { readdir } from 'node:fs/promises';
import { posix, relative } from 'node:path';
import { parseMarkdownFile } from '../model/source.js';
import { toPosix } from '../model/paths.js';
import { Git, GitMissingError } from './git.js';

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
   * read) — or a function that names them once the changes since the base are
   * known (`--changed`), so that one pass serves both.
   */
  agendas: readonly string[] | ((changedSinceBase: ReadonlySet<string>, base: string | undefined) => Promise<HistorySelection>);
}

/** What a `--changed` check reads: the agendas asked about, and the paths under meetings/ whose history is read (all when undefined). */
export interface HistorySelection {
  agendas: readonly string[];
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
 * `cat-file --batch` for every blob.
 */
export async function readHistory(options: ReadHistoryOptions): Promise<History> {
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
  let defaultRef: string | undefined;
  try {
    const where = await git.run(['rev-parse', '--is-shallow-repository', '--show-toplevel']);
    if (where.exitCode !== 0) return fail({ kind: 'not-a-repository' });
    const [shallow, toplevel = ''] = where.stdout.trim().split('\n');
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
  const toGit = (path: string) => (prefix === '' ? path : `${prefix}/${path}`);
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
  if (base) {
    const diff = await git.run(['diff', '--no-renames', '--name-only', '-z', base, '--', scope]);
    const untracked = await git.run(['ls-files', '--others', '--exclude-standard', '-z', '--', scope]);
    // ls-files names paths relative to the working directory, which is the etat root.
    for (const path of diff.stdout.split('\0')) if (path && toRepo(path) !== undefined) changedSinceBase.add(toRepo(path)!);
    for (const path of untracked.stdout.split('\0')) if (path) changedSinceBase.add(posix.normalize(path));
  }

  const selection = typeof options.agendas === 'function' ? await options.agendas(changedSinceBase, base) : { agendas: options.agendas };
  const agendas = selection.agendas;
  // Only the history of the selected meetings (and of everything outside meetings/, where papers may be kept) is read.
  // Not `. :(exclude)meetings <meeting>…`: git drops a path that matches any exclude, so that would read no meeting at all.
  const pathspecs = selection.meetings
    ? [...(await outsideMeetings(options.root)), ...selection.meetings].map((path) => `:(literal)${path}`)
    : [scope];

  // Where each file first appeared: on the default branch's first-parent line, then on this branch.
  const firstSeen = new Map<string, Commit>();
  const versions = new Map<string, Commit[]>();
  const record = (log: string, onDefaultBranch: boolean) => {
    for (const { sha, time, files } of parseLog(log)) {
      const commit = { sha, time, onDefaultBranch };
      for (const { status, path: gitPath } of files) {
        const path = toRepo(gitPath);
        if (path === undefined || status === 'D') continue;
        if (!firstSeen.has(path)) firstSeen.set(path, commit);
        let list = versions.get(path);
        if (!list) versions.set(path, (list = []));
        list.push(commit);
      }
    }
  };
  const logArgs = ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--name-status', '-z', '--format=%x01%H %ct', '--reverse'];
  // With no path at all, `git log --` would read every path: there is then nothing to read.
  if (pathspecs.length > 0) {
    if (defaultRef) record((await git.run([...logArgs, defaultRef, '--', ...pathspecs])).stdout, true);
    record((await git.run([...logArgs, head, ...(defaultRef ? ['--not', defaultRef] : []), '--', ...pathspecs])).stdout, false);
  }

  // One cat-file for every blob: each version of the agendas asked about, and the changed files at the base.
  const agendaSpecs = agendas.flatMap((path) => (versions.get(path) ?? []).map((c) => `${c.sha}:${toGit(path)}`));
  const baseSpecs = base ? [...changedSinceBase].map((path) => `${base}:${toGit(path)}`) : [];
  const blobs = await git.blobs([...agendaSpecs, ...baseSpecs]);

  const sent = new Map<string, Commit>();
  for (const path of agendas) {
    const first = (versions.get(path) ?? []).find((commit) => statusOf(path, blobs.get(`${commit.sha}:${toGit(path)}`)) === 'sent');
    if (first) sent.set(path, first);
  }
  return {
    problems,
    defaultBranch: options.defaultBranch,
    base,
    availableAt: (path) => firstSeen.get(path),
    sentAt: (path) => sent.get(path),
    changedSinceBase,
    atBase: (path) => (base ? blobs.get(`${base}:${toGit(path)}`) : undefined),
    statusAtBase: (path) => (base ? statusOf(path, blobs.get(`${base}:${toGit(path)}`)) : undefined),
    processes: git.spawned,
  };
}

/** What is at the top of the etat root besides meetings/ (and .git): where papers and cases outside a meeting are. */
async function outsideMeetings(root: string): Promise<string[]> {
  const entries = await readdir(root).catch(() => [] as string[]);
  return entries.filter((name) => name !== 'meetings' && name !== '.git');
}

/** A top-level `status: word` line, plain or quoted, with an optional comment. */
const STATUS_LINE = /^status:[ \t]*(["']?)([A-Za-z-]+)\1[ \t]*(?:#.*)?\r?$/m;
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*\r?$/m;

/**
 * `status:` of a file's front matter, read from its text. Every version of
 * every agenda is asked, so a plain top-level `status:` line is read without
 * parsing the YAML (a key at the start of a line of a block mapping is always
 * top level); anything else gets the full parse.
 */
export function statusOf(path: string, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const block = FRONT_MATTER.exec(text)?.[1];
  const line = block === undefined ? undefined : STATUS_LINE.exec(block);
  if (line && !/^[[{]/m.test(block!)) return line[2];
  return (parseMarkdownFile(path, Buffer.from(text)).data as { status?: unknown } | undefined)?.status;
}

interface LoggedCommit {
  sha: string;
  time: number;
  files: { status: string; path: string }[];
}

/** Parse `git log --name-status -z --format=%x01%H %ct`. */
export function parseLog(text: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  for (const chunk of text.split('\x01')) {
    if (!chunk) continue;
    const headerEnd = chunk.indexOf('\0');
    const [sha = '', time = '0'] = (headerEnd === -1 ? chunk : chunk.slice(0, headerEnd)).trim().split(' ');
    const fields = headerEnd === -1 ? [] : chunk.slice(headerEnd + 1).split('\0');
    const files: LoggedCommit['files'] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const status = fields[i]!.trim();
      if (status) files.push({ status: status[0]!, path: fields[i + 1]! });
    }
    commits.push({ sha, time: Number(time), files });
  }
  return commits;
}
