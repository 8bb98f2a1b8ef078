import type { Config } from '../config/types.js';
import { UsageError } from '../errors.js';
import { Git, GitMissingError } from '../git/git.js';
import { readBlobs, revisionSource } from '../git/tree-source.js';
import { decisions, type Decision } from '../model/decisions.js';
import { loadFrom } from '../model/load.js';
import type { ParseCache } from '../model/repository-load.js';
import { worktreeSource } from '../model/worktree-source.js';


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
 * The decisions at each side, each side loaded as `etat check` loads it: a
 * commit through a revision source (one `git ls-tree`), the working tree from
 * disk. Blobs are read with one `git cat-file --batch` per side, and a file
 * the same at both sides is read and parsed once. Papers are not read.
 */
export async function readSnapshots(git: Git, root: string, config: Config, sides: readonly Side[]): Promise<Snapshot[]> {
  const cache: ParseCache = new Map();
  const blobs = new Map<string, Buffer>();
  const sources = await Promise.all(sides.map((side) => (side.kind === 'commit' ? revisionSource(git, root, side.commit, blobs) : worktreeSource(root))));
  // Every commit side's records in one `cat-file`: the loads then find them read.
  const ids = await Promise.all(
    sources.map(async (source) => {
      if (!source.contentId) return [];
      const { meetingFiles, caseFiles } = await source.list();
      return [...meetingFiles, ...caseFiles].flatMap((path) => source.contentId?.(path) ?? []);
    }),
  );
  await readBlobs(git, ids.flat(), blobs);
  const snapshots: Snapshot[] = [];
  // One side after the other, so that the second finds the files the first parsed.
  for (const [index, side] of sides.entries()) {
    const repo = await loadFrom(sources[index]!, config, { cache, papers: false });
    snapshots.push({ side, ...decisions(repo) });
  }
  return snapshots;
}
