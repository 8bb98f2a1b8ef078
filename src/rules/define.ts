import type { Config } from '../config/types.js';
import type { History } from '../git/history.js';
import type { Lang } from '../i18n/lang.js';
import type { MessageShapes, RuleWords } from '../i18n/rule-words.js';
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

/** Where a finding is; the runner turns it into words and a place. */
export interface ReportPlace {
  /** The file; a file that is not there (deleted minutes) is named by its path, with a `place`. */
  file: SourceFile | { path: string; locate?: undefined };
  /** The YAML node it is about… */
  path?: YamlPath;
  /** …its key or its value (default). */
  target?: 'key' | 'value';
  /** Or an explicit place, e.g. a span of the Markdown body. */
  place?: Place;
  /** A second place the finding is about. */
  cause?: { file: SourceFile; path?: YamlPath; place?: Place };
  /** `notice`: this finding only informs, whatever the rule's severity (see FindingSeverity). */
  severity?: 'notice';
}

/**
 * One of the rule's messages with exactly the data it reads: an unknown
 * `messageId` or a missing or extra key is a compile error. `default` may go unsaid.
 */
export type MessageReport<Messages extends object> = {
  // A rule whose messages are not known here (the runner's view of every rule) may leave `default` unsaid too.
  [Id in keyof Messages & string]: (string extends Id ? { messageId?: string } : Id extends 'default' ? { messageId?: Id } : { messageId: Id }) &
    (keyof Messages[Id] extends never ? { data?: Messages[Id] } : { data: Messages[Id] }) & { text?: undefined };
}[keyof Messages & string];

/** Words already in the user's language (`schema/invalid`'s, from the schema); `messageId` names the kind of problem. */
export interface TextReport {
  messageId: string;
  text: { reason: string; hint: string };
  data?: undefined;
}

/** What a rule reports: where, and one of its messages (or words of its own). */
export type Report<Messages extends object = MessageShapes> = ReportPlace & (MessageReport<Messages> | TextReport);

export interface Rule<Messages extends object = MessageShapes> {
  /** `<area>/<name>`, stable: users write it in etat.yml and CI reads it. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** For the rule's generated page, in English: why it exists and how to fix what it finds. */
  readonly docs: {
    /** The finding of the evaluation (domain.md) this rule guards against. */
    readonly rationale: string;
    readonly fix: string;
  };
  /** What the rule says, in every language: its description and its messages by id. */
  readonly words: RuleWords<Messages>;
  check(ctx: RuleContext, report: (finding: Report<Messages>) => void): void;
  /** The rule reads git history (and is silent when it could not be read: one notice says so instead). */
  readonly needsHistory?: boolean;
}

/**
 * Declare a rule; the runner stamps severity, url and words on what it reports.
 * The message ids and their data are taken from `words`, so `report()` is checked against them.
 */
export function defineRule<Messages extends object>(rule: Rule<Messages>): Rule {
  return rule as unknown as Rule;
}

/** A message of a rule in one language, said with its data. */
export function sayMessage(rule: Rule, lang: Lang, messageId: string, data: object = {}): { reason: string; hint: string } {
  const message = rule.words[lang].messages[messageId];
  // A rule that reports a message its words lack is a bug in etat, caught by the tests.
  if (!message) throw new Error(`No ${lang} message ${messageId} for rule ${rule.id}`);
  return { reason: message.reason(data), hint: message.hint(data) };
}

/**
 * A problem the model found in a file (`SourceFile.problem`) as the message of
 * its `file/*` rule. The model chose the message id and its data at run time,
 * from the same words (`model/file-words.ts`): this is the one place the
 * compiler takes that on trust, and `test/rules.test.ts` checks every message.
 */
export function problemMessage<Messages extends object>(problem: { messageId: string; data: object }): MessageReport<Messages> {
  return { messageId: problem.messageId, data: problem.data } as unknown as MessageReport<Messages>;
}
