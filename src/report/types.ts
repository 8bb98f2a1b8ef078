import type { CheckResult } from '../check.js';
import type { Lang } from '../i18n/lang.js';

export interface ReportOptions {
  lang: Lang;
  /** Colour the output (only on a terminal, never with NO_COLOR). */
  color: boolean;
  /** Turn a repository path into the path to show (relative to where the user stands). */
  displayPath: (file: string) => string;
  /**
   * Turn a repository path into the path GitHub and GitLab know it by: relative
   * to the top of the git work tree, which may be above etat.yml.
   */
  repositoryPath?: (file: string) => string;
  /** The environment, for reporters that look at it (GITHUB_STEP_SUMMARY). */
  env?: Record<string, string | undefined>;
}

export type Reporter = (result: CheckResult, options: ReportOptions) => string;

export const FORMATS = ['pretty', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: unknown): value is Format {
  return typeof value === 'string' && (FORMATS as readonly string[]).includes(value);
}
