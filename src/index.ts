/**
 * The typed API of etat: what the CLI itself uses.
 *
 *     import { loadRepository, check } from 'etat';
 *     const repo = await loadRepository({ cwd: 'path/to/governance-repo' });
 *     const { findings, summary } = check(repo);
 */
export { loadRepository, loadFrom, type LoadOptions, type LoadFromOptions } from './model/load.js';
export type { FileSource, Listing, Existence } from './model/file-source.js';
export { worktreeSource } from './model/worktree-source.js';
export { indexSource, revisionSource } from './git/tree-source.js';
export { decisions, type Decision, type Decisions } from './model/decisions.js';
export { check, type CheckOptions, type CheckResult } from './pipeline/run-rules.js';
export { checkRepository, runCheck, type CheckRepositoryOptions, type PipelineOptions, type PipelineResult, type Selection } from './pipeline/check.js';
export { readHistory, type History } from './git/history.js';
export { checkStaged, type StagedCheck, type StagedCheckOptions } from './pipeline/staged.js';
export { Git } from './git/git.js';
export { run } from './cli/run.js';
export type { RunOptions, Output } from './cli/io.js';
export type { Finding, Severity, Summary } from './findings.js';
export type { Config, Agency, Forum, StandingItem } from './config/types.js';
export type * from './model/types.js';
export { rules } from './rules/index.js';
export type { Rule, RuleContext } from './rules/define.js';
export { findNationalIds, isNationalId, isRestricted, legalBasis, namesASection, publicTitle, publishedFiles, publishedPapers, type NationalIdMatch, type Restrictable } from './model/publishing.js';
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
