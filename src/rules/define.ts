import type { Config } from '../config/types.js';
import type { History } from '../git/history.js';
import type { Lang } from '../i18n/lang.js';
import type { Place, Severity } from '../findings.js';
import type { Case, Meeting, Repository } from '../model/types.js';
import type { SourceFile, YamlPath } from '../model/source.js';

/** What a rule sees: the parsed repository and the part of it in scope of this run. */
export interface RuleContext {
  readonly repo: Repository;
  readonly config: Config;
  /** The meetings to check (all of them, or those under the paths given to `etat check`). */
  readonly meetings: readonly Meeting[];
  /** The case files to check. */
  readonly cases: readonly Case[];
  /** Every agenda, minutes and case file in scope. */
  readonly files: readonly SourceFile[];
  /** The date the check runs at, YYYY-MM-DD (`--today`). */
  readonly today: string;
  /**
   * What git says of the files, for the rules that need history; undefined when
   * it was not read (`check()` without `history`: those rules are then silent).
   */
  readonly history: History | undefined;
  /** Whether a rule that reads history is on, so that not having it is worth a notice. */
  readonly historyWanted: boolean;
  /** The language findings are reported in. */
  readonly lang: Lang;
  /** Whether a repository path is in scope of this run. */
  inScope(path: string): boolean;
}

/** Where a finding is and what it says; the runner turns it into words and a place. */
export interface Report {
  /** The file; a file that is not there (deleted minutes) is named by its path, with a `place`. */
  file: SourceFile | { path: string; locate?: undefined };
  /** The YAML node it is about… */
  path?: YamlPath;
  /** …its key or its value (default). */
  target?: 'key' | 'value';
  /** Or an explicit place, e.g. a span of the Markdown body. */
  place?: Place;
  /** The message in the rule's catalogue entry (`i18n/rules/`); `default` unless said. */
  messageId?: string;
  data?: Record<string, unknown>;
  /** Words already in the user's language (used by `schema/invalid`). */
  text?: { reason: string; hint: string };
  /** A second place the finding is about. */
  cause?: { file: SourceFile; path?: YamlPath; place?: Place };
  /** `notice`: this finding only informs, whatever the rule's severity (see FindingSeverity). */
  severity?: 'notice';
}

export interface Rule {
  /** `<area>/<name>`, stable: users write it in etat.yml and CI reads it. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** For the rule's generated page, in English: why it exists and how to fix what it finds. */
  readonly docs: {
    /** The finding of the evaluation (domain.md) this rule guards against. */
    readonly rationale: string;
    readonly fix: string;
  };
  check(ctx: RuleContext, report: (finding: Report) => void): void;
  /** The rule reads git history (and is silent when it could not be read: one notice says so instead). */
  readonly needsHistory?: boolean;
}

/** Declare a rule; the runner stamps severity, url and words on what it reports. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
