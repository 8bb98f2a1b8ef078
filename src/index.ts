/**
 * The typed API of etat: what the CLI itself uses.
 *
 *     import { loadRepository, check } from 'etat';
 *     const repo = await loadRepository({ cwd: 'path/to/governance-repo' });
 *     const { findings, summary } = check(repo);
 */
export { loadRepository, type LoadOptions } from './model/load.js';
export { check, checkRepository, type CheckOptions, type CheckRepositoryOptions, type CheckResult } from './check.js';
export { readHistory, type History } from './git/history.js';
export { checkStaged, type StagedCheck, type StagedCheckOptions } from './git/staged.js';
export { run } from './cli/run.js';
export type { RunOptions, Output } from './cli/io.js';
export type { Finding, Severity, Summary } from './findings.js';
export type { Config, Agency, Forum } from './config/types.js';
export type * from './model/types.js';
export { rules } from './rules/index.js';
export type { Rule, RuleContext } from './rules/define.js';
export { EtatError, UsageError, ConfigError } from './errors.js';
export { FORMATS, isFormat, loadReporter, type Format, type Reporter, type ReportOptions } from './report/index.js';

import { github } from './report/github.js';
import { gitlab } from './report/gitlab.js';
import { json } from './report/json.js';
import { junit } from './report/junit.js';
import { pretty } from './report/pretty.js';
import { sarif } from './report/sarif.js';
/** Every reporter by its format name (the CLI loads only the one it needs, with `loadReporter`). */
export const reporters = { pretty, json, sarif, github, gitlab, junit };
