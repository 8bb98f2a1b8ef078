import { escapeControls } from './i18n/excerpt.js';
import { ruleUrl } from './meta.js';

/**
 * One finding shape everywhere, shaped like a vfile message (`reason`,
 * `ruleId`, `source`, `fatal`, `url`, `place`), flattened so that it
 * serialises to JSON as it is. Lines and columns are 1-based; `end*` is
 * exclusive, as in unist positions.
 */
export type Severity = 'error' | 'warn';
export type SeveritySetting = Severity | 'off';
/**
 * What a finding is: an error or a warning, as its rule's severity says — or a
 * notice, which a rule gives to what a reviewer should know but nobody must
 * fix (a paper's date that only the default branch can prove). Notices never
 * fail a check and are not counted by `--max-warnings`.
 */
export type FindingSeverity = Severity | 'notice';

export interface Point {
  line: number;
  column: number;
}

export interface Place extends Point {
  endLine: number;
  endColumn: number;
}

export interface Finding extends Place {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  ruleId: string;
  /**
   * Which of the rule's messages this is (`default`, `placeholder`, …; for
   * `schema/invalid` the schema keyword, e.g. `required`): stable, unlike the
   * words, so tools and tests can tell findings of one rule apart.
   */
  messageId: string;
  source: 'etat';
  severity: FindingSeverity;
  /** As in vfile: true for errors, false for warnings and notices. */
  fatal: boolean;
  /** What is wrong, and why it matters. */
  reason: string;
  /** What to do about it. */
  hint: string;
  /** The rule's documentation. */
  url: string;
  /** A second place the finding is about (e.g. the first of two duplicate ids). */
  cause?: { file: string; line: number; column: number };
  /**
   * Stays the same from run to run while the finding does, even when lines are
   * inserted above it: what CI systems use to tell new findings from old ones.
   * Set by `check()`.
   */
  fingerprint?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  notices: number;
  files: number;
}

export function summarise(findings: readonly Finding[]): Summary {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  const files = new Set<string>();
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warn') warnings++;
    else notices++;
    files.add(finding.file);
  }
  return { errors, warnings, notices, files: files.size };
}

/** The errors, then the warnings, then the notices, each in the order given: what a capped report shows first. */
export function errorsFirst(findings: readonly Finding[]): Finding[] {
  return (['error', 'warn', 'notice'] as const).flatMap((severity) => findings.filter((f) => f.severity === severity));
}

/** A finding's fingerprint; one made outside `check()` (by an API user) gets a unique, if less stable, one. */
export function fingerprintOf(finding: Finding): string {
  return finding.fingerprint ?? [finding.ruleId, finding.file, finding.line, finding.column].join(':');
}

/** Sort by file, then position, then rule id: stable output for people and diffs. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** What `findingAt` needs besides the place: which rule, how severe, and the words already said in the user's language. */
export interface FindingInput {
  ruleId: string;
  severity: FindingSeverity;
  /** Which of the rule's messages (or, for words of their own, what kind of problem) this is; `default` unless said. */
  messageId?: string;
  /** The message, said: the caller looks the words up (a rule's, the model's, the configuration's), so this module knows no catalogue. */
  words: { reason: string; hint: string };
  cause?: Finding['cause'];
}

/** Build a finding at a place of a file. */
export function findingAt(file: { readonly path: string }, place: Place, input: FindingInput): Finding {
  const finding: Finding = {
    file: file.path,
    ...place,
    ruleId: input.ruleId,
    messageId: input.messageId ?? 'default',
    source: 'etat',
    severity: input.severity,
    fatal: input.severity === 'error',
    // A message may repeat a value or a folder name whole (`move the file to meetings/<forum>/`): no control character of it reaches a report.
    reason: escapeControls(input.words.reason),
    hint: escapeControls(input.words.hint),
    url: ruleUrl(input.ruleId),
  };
  if (input.cause) finding.cause = input.cause;
  return finding;
}
