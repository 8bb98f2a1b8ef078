import type { CheckResult } from '../pipeline/run-rules.js';
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
