/** Kept for imports of the earlier place: the check pipeline lives in `src/pipeline/`. */
export { check, scopeOf, type CheckOptions, type CheckResult } from './pipeline/run-rules.js';
export { checkRepository, runCheck, type CheckRepositoryOptions, type PipelineOptions, type PipelineResult, type Selection } from './pipeline/check.js';
