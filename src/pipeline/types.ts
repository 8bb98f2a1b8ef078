import type { Lang } from '../i18n/lang.js';
import type { CheckResult } from './run-rules.js';

/** Which meetings a check reads and checks. */
export type Selection =
  /** Everything in the working tree. */
  | { kind: 'all' }
  /** The working tree under these repository paths (meeting folders, files, a forum, `cases/…`). */
  | { kind: 'paths'; paths: readonly string[] }
  /** What changed since the base (`--changed`; `base` here wins over the option's): one pass over the history finds it. */
  | { kind: 'changed'; base?: string }
  /**
   * The meetings staged for commit, as staged (`--staged`, the pre-commit hook).
   * `env` for `GIT_INDEX_FILE`; `process.env` when not given.
   */
  | { kind: 'staged'; env?: Record<string, string | undefined> };

export interface PipelineOptions {
  /** Where etat was asked to run; etat.yml is found upward from here. */
  cwd: string;
  /** The etat root, when the caller found it already. */
  root?: string;
  select?: Selection;
  /** `--base`: the revision approved minutes are compared with, and `--changed` diffs against. */
  base?: string;
  /** The date to check against, YYYY-MM-DD; the date of `now` in the repository's `timezone` when not given. */
  today?: string;
  /** The moment the run started (the CLI's one clock); the real clock when not given. */
  now?: Date;
  /** `--lang`. */
  lang?: Lang;
  /** The language to report a broken etat.yml in when it names none. */
  fallbackLang?: Lang;
}

export interface PipelineResult {
  result: CheckResult;
  /** The language findings were put in (`--lang`, else `language` in etat.yml). */
  language: Lang;
  /** How many git processes the check started (the benchmark and the tests read it). */
  processes: number;
}
