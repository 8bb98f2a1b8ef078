import type { Read } from '../fs/read.js';

/**
 * Where a repository's files come from: the working tree, the git index, or a
 * revision. The loader (`load.ts`) builds the same model from any of them; a
 * source only says which files exist and gives their bytes, with the same
 * safety everywhere: a link out of the repository is `outside`, a file over
 * the limit is `tooLarge`, anything but a regular file is `notFile`.
 */
export interface FileSource {
  readonly kind: 'worktree' | 'index' | 'revision';
  /** The absolute path of the etat root (where etat.yml is): findings are shown from there. */
  readonly root: string;
  /** The files under `meetings/` and `cases/` (listed once; later calls give the same listing). */
  list(): Promise<Listing>;
  /**
   * Read many files at once, each up to its own limit (path → most bytes):
   * one batch, so that a git source starts one process for them all.
   */
  read(wanted: ReadonlyMap<string, number>): Promise<Map<string, Read>>;
  /** Whether a file exists, as a paper must: a regular file, reached without leaving the repository. */
  exists(path: string): Promise<Existence>;
  /**
   * An id of the file's content where the source knows one (a git blob id),
   * so that a file the same at two sources is parsed once.
   */
  contentId?(path: string): string | undefined;
}

export type Existence = 'present' | 'missing' | 'outside';

export interface Listing {
  /** Every regular file listed under `meetings/` and `cases/`, as repository paths: a paper found there needs no further look-up. */
  readonly files: ReadonlySet<string>;
  /** Each meeting's `agenda.md` and `minutes.md` (links that stay inside too), sorted. */
  readonly meetingFiles: readonly string[];
  /** `cases/<id>.md`. */
  readonly caseFiles: readonly string[];
  /** Links met while listing (or `meetings/`, `cases/` themselves) that lead out of the repository, sorted. */
  readonly outside: readonly string[];
}
