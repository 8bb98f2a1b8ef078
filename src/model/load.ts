import { findRoot, loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import type { Lang } from '../i18n/lang.js';
import type { FileSource } from './file-source.js';
import { buildRepository } from './build-repository.js';
import { RepositoryLoad, type ParseCache } from './repository-load.js';
import { worktreeSource } from './worktree-source.js';
import type { Repository } from './types.js';

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
  /** Whether to read Markdown papers (`false`: their existence is still checked; the registers read no paper's text). True by default. */
  papers?: boolean;
}

export interface LoadFromOptions {
  /** Read only the meetings whose folder this accepts; the others are known by their folder alone. */
  select?: (meetingDir: string) => boolean;
  /** Files already parsed, by content id: a file the same at two sources is parsed once. */
  cache?: ParseCache;
  /** Whether to read Markdown papers (`false`: their existence is still checked). True by default. */
  papers?: boolean;
}

/**
 * Read the governance repository in the working tree into the model every
 * rule and command uses (the convenience of the API: `loadFrom` with the
 * working-tree source).
 */
export async function loadRepository(options: LoadOptions): Promise<Repository> {
  const root = await findRoot(options.cwd);
  const config = await loadConfig(root, options);
  return loadFrom(worktreeSource(root), config, { select: options.select, papers: options.papers });
}

/**
 * Read a repository from any source — the working tree, the git index, a
 * revision. Each file is read and parsed once; papers are read only when they
 * are Markdown (for their headings and text), and only checked for existence
 * otherwise.
 */
export async function loadFrom(source: FileSource, config: Config, options: LoadFromOptions = {}): Promise<Repository> {
  const load = new RepositoryLoad(source, options.cache);
  return buildRepository(load, config, options);
}
