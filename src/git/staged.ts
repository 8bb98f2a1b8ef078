import type { CheckResult } from '../check.js';
import type { Lang } from '../i18n/lang.js';

export interface StagedCheckOptions {
  /** Where etat was asked to run (`--cwd`, resolved). */
  cwd: string;
  lang: Lang | undefined;
  fallbackLang: Lang;
  /** `--today`. */
  today?: string;
}

export interface StagedCheck {
  /** The check of the staged meetings; `result.root` is the real repository root, so paths display as usual. */
  result: CheckResult;
  /** The language findings were put in (`--lang`, else `language` in etat.yml). */
  language: Lang;
}

/** Placeholder: being written. Check the meetings staged for commit, as staged. */
export async function checkStaged(options: StagedCheckOptions): Promise<StagedCheck> {
  void options;
  throw new Error('not built yet');
}
