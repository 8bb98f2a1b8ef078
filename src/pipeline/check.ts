import { posix } from 'node:path';
import { findRoot, loadConfig } from '../config/load.js';
import { readHistory } from '../git/history.js';
import { loadFrom } from '../model/load.js';
import type { Repository } from '../model/types.js';
import { worktreeSource } from '../model/worktree-source.js';
import { check, scopeOf, type CheckOptions, type CheckResult } from './run-rules.js';
import { needsHistory, ruleSeverities } from './severities.js';
import type { PipelineOptions, PipelineResult } from './types.js';

export type { PipelineOptions, PipelineResult, Selection } from './types.js';

export interface CheckRepositoryOptions extends CheckOptions {
  /** The revision approved minutes are compared with (`--base`); the merge-base with the default branch by default. */
  base?: string;
}

/**
 * The one check pipeline the CLI, the hook and the API run: select the
 * meetings, read git history when a rule that is on needs it, run the rules.
 */
export async function runCheck(options: PipelineOptions): Promise<PipelineResult> {
  const select = options.select ?? { kind: 'all' };
  if (select.kind === 'staged') {
    const { checkIndex } = await import('./staged.js');
    return checkIndex({ ...options, env: select.env });
  }
  if (select.kind === 'changed') {
    const { checkChanged } = await import('./changed.js');
    return checkChanged({ ...options, base: select.base ?? options.base });
  }
  const root = options.root ?? (await findRoot(options.cwd));
  const config = await loadConfig(root, options);
  const paths = select.kind === 'paths' ? select.paths : undefined;
  const checkOptions = { paths, today: options.today, now: options.now, lang: options.lang };
  const historyNeeded = needsHistory(ruleSeverities(config, root, options.lang ?? config.language));
  const source = worktreeSource(root);
  const loading = loadFrom(source, config);
  if (!historyNeeded) return { result: check(await loading, checkOptions), language: config.language, processes: 0 };
  // git reads the history while the files are parsed, the agendas' old versions too: they are named from the
  // listing, before any file is read (every agenda the rules ask about is listed; one more is read, not asked).
  const scope = scopeOf(paths);
  const agendas = source.list().then(({ meetingFiles }) => meetingFiles.filter((path) => path.endsWith('/agenda.md') && scope(posix.dirname(path))));
  const reading = readHistory({ root, defaultBranch: config.defaultBranch, base: options.base, agendas });
  const [repo, history] = await Promise.all([loading, reading]);
  return { result: check(repo, { ...checkOptions, history }), language: config.language, processes: history.processes };
}

/** The agendas of the meetings a check covers, whose first `status: sent` the history is asked for. */
function agendasOf(repo: Repository, paths: readonly string[] | undefined): string[] {
  const scope = scopeOf(paths);
  return repo.meetings.filter((m) => m.agenda && scope(m.dir)).map((m) => m.agenda!.file.path);
}

/**
 * Read git history when a rule that is on needs it, then check: what the CLI
 * runs. The history is read in one pass, with a constant number of git processes.
 */
export async function checkRepository(repo: Repository, options: CheckRepositoryOptions = {}): Promise<CheckResult> {
  return (await checkWithHistory(repo, options)).result;
}

async function checkWithHistory(repo: Repository, options: CheckRepositoryOptions): Promise<{ result: CheckResult; processes: number }> {
  const severities = ruleSeverities(repo.config, repo.root, options.lang ?? repo.config.language);
  if (!needsHistory(severities)) return { result: check(repo, options), processes: 0 };
  const history = await readHistory({ root: repo.root, defaultBranch: repo.config.defaultBranch, base: options.base, agendas: agendasOf(repo, options.paths) });
  return { result: check(repo, { ...options, history }), processes: history.processes };
}
