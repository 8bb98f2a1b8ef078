import type { Git } from './git.js';
import { blobOf, logHeader, rawReader, STATUS_LINES_GREP } from './raw.js';
import type { Version } from './sent.js';

/** A moment a file reached the history: its commit and that commit's committer date. */
export interface Commit {
  sha: string;
  /** Committer time, seconds since 1970. The author date is anyone's to set; this one is the repository's. */
  time: number;
  /** On the default branch's first-parent line, or only on the branch being checked. */
  onDefaultBranch: boolean;
}

/** What the logs say of each file: the commit it first appeared in, and each version it had since, in commit order. */
export interface FileHistory {
  firstSeen: Map<string, Commit>;
  versions: Map<string, Version<Commit>[]>;
}

export interface LogOptions {
  /** The commit checked. */
  head: string;
  /** The default branch's ref, when it has one. */
  defaultRef: string | undefined;
  /** The commit `defaultRef` points at, when known: when it is `head`, no commit is only on this branch. */
  defaultTip?: string | undefined;
  pathspecs: readonly string[];
  /** A git path as a path in the etat root; undefined when it is outside. */
  toRepo: (path: string) => string | undefined;
}

const LOG = ['log', '--first-parent', '--diff-merges=first-parent', '--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x01%H %ct', '--reverse'];

/**
 * Read the first-parent log of the default branch and the one of the commits
 * only on this branch: two git processes, run at once, each read as it
 * arrives. Where a file first appeared: on the default branch, else on this
 * branch; its versions: the default branch's, then this branch's.
 */
export async function readLogs(git: Git, options: LogOptions): Promise<FileHistory> {
  const { head, defaultRef, pathspecs } = options;
  // With no path at all, `git log --` would read every path: there is then nothing to read.
  if (pathspecs.length === 0) return { firstSeen: new Map(), versions: new Map() };
  // On the default branch itself (as in CI after a merge), the log of the commits only on this branch would be empty: not started.
  const onlyDefault = defaultRef !== undefined && options.defaultTip === head;
  const [onDefault, onBranch] = await Promise.all([
    defaultRef ? readLog(git, [...LOG, defaultRef, '--', ...pathspecs], true, options.toRepo) : undefined,
    onlyDefault ? undefined : readLog(git, [...LOG, head, ...(defaultRef ? ['--not', defaultRef] : []), '--', ...pathspecs], false, options.toRepo),
  ]);
  if (!onDefault) return onBranch!;
  if (!onBranch) return onDefault;
  for (const [path, commit] of onBranch.firstSeen) if (!onDefault.firstSeen.has(path)) onDefault.firstSeen.set(path, commit);
  for (const [path, versions] of onBranch.versions) onDefault.versions.set(path, [...(onDefault.versions.get(path) ?? []), ...versions]);
  return onDefault;
}

async function readLog(git: Git, args: readonly string[], onDefaultBranch: boolean, toRepo: (path: string) => string | undefined): Promise<FileHistory> {
  const firstSeen = new Map<string, Commit>();
  const versions = new Map<string, Version<Commit>[]>();
  let commit: Commit | undefined;
  const read = rawReader(
    ({ status, path: gitPath, before, after }) => {
      const path = toRepo(gitPath);
      const blob = blobOf(after);
      if (!commit || path === undefined || status === 'D' || blob === undefined) return;
      if (!firstSeen.has(path)) firstSeen.set(path, commit);
      let list = versions.get(path);
      if (!list) versions.set(path, (list = []));
      list.push({ commit, blob, before: blobOf(before) });
    },
    (header) => {
      const { sha, time } = logHeader(header);
      commit = { sha, time, onDefaultBranch };
    },
  );
  await git.eachFieldSpooled(args, read);
  return { firstSeen, versions };
}

/** Every agenda of the repository, as a pathspec from the etat root, and as a test of a path (the same: `*` matches any name, dotted too). */
const EVERY_AGENDA = ':(glob)meetings/*/*/agenda.md';
const AN_AGENDA = /^meetings\/[^/]+\/[^/]+\/agenda\.md$/;
/** Up to this many agendas asked about are named to git one by one (`--changed`); more, and every agenda is read. */
const NAMED_AGENDAS = 64;

/**
 * Whether a change of an agenda touched a line the plain reading of a status
 * looks at (STATUS_LINES_GREP): one `git log -G` over the first-parent lines
 * of the default branch and of HEAD (a change is the same in either), on the
 * bytes as they are (`--text`, no textconv or external diff a repository may
 * configure). Git does the diffing, in a process of its own, so that only
 * versions whose status may have changed need to be read. For a path the log
 * did not cover, every change may have.
 */
export async function statusChanges(
  git: Git,
  options: Omit<LogOptions, 'pathspecs'>,
  agendas: readonly string[] | Promise<readonly string[]>,
): Promise<(path: string, commit: string) => boolean> {
  const named = Array.isArray(agendas) && agendas.length <= NAMED_AGENDAS ? new Set<string>(agendas) : undefined;
  const covered = (path: string) => (named ? named.has(path) : AN_AGENDA.test(path));
  const changes = new Set<string>();
  const pathspecs = named ? [...named].map((path) => `:(literal)${path}`) : [EVERY_AGENDA];
  if (pathspecs.length > 0) {
    let sha = '';
    const read = rawReader(
      ({ path }) => {
        const repoPath = options.toRepo(path);
        if (repoPath !== undefined) changes.add(`${sha}\0${repoPath}`);
      },
      (header) => (sha = logHeader(header).sha),
    );
    const range = options.defaultRef ? [options.defaultRef, options.head] : [options.head];
    const pickaxe = ['--no-renames', '--text', '--no-textconv', '--no-ext-diff', `-G${STATUS_LINES_GREP}`];
    await git.eachField([...LOG.filter((arg) => arg !== '--no-renames' && arg !== '--reverse'), ...pickaxe, ...range, '--', ...pathspecs], read);
  }
  return (path, commit) => !covered(path) || changes.has(`${commit}\0${path}`);
}
