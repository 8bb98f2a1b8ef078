import type { Finding, FindingSeverity, Place } from '../findings.js';
import { escapeControls } from '../i18n/excerpt.js';
import type { Lang } from '../i18n/lang.js';
import { ruleTexts } from '../i18n/rules/index.js';
import { ruleUrl } from '../meta.js';
import type { SourceFile } from '../model/source.js';

export interface FindingInput {
  ruleId: string;
  severity: FindingSeverity;
  lang: Lang;
  /** The message of the rule's catalogue entry (or, with `text`, what kind of problem it names); `default` unless said. */
  messageId?: string;
  data?: Record<string, unknown>;
  /** Words already in the user's language (schema problems), instead of a message id. */
  text?: { reason: string; hint: string };
  cause?: Finding['cause'];
}

/** Build a finding at a place of a file, with the rule's words in the user's language. */
export function findingAt(file: Pick<SourceFile, 'path'>, place: Place, input: FindingInput): Finding {
  const { reason, hint } = input.text ?? ruleMessage(input.lang, input.ruleId, input.messageId ?? 'default', input.data ?? {});
  const finding: Finding = {
    file: file.path,
    ...place,
    ruleId: input.ruleId,
    messageId: input.messageId ?? 'default',
    source: 'etat',
    severity: input.severity,
    fatal: input.severity === 'error',
    // A message may repeat a value or a folder name whole (`move the file to meetings/<forum>/`): no control character of it reaches a report.
    reason: escapeControls(reason),
    hint: escapeControls(hint),
    url: ruleUrl(input.ruleId),
  };
  if (input.cause) finding.cause = input.cause;
  return finding;
}

function ruleMessage(lang: Lang, ruleId: string, messageId: string, data: Record<string, unknown>): { reason: string; hint: string } {
  const message = ruleTexts[lang][ruleId]?.messages[messageId];
  // A rule that reports a message its catalogue lacks is a bug in etat, caught by the tests.
  if (!message) throw new Error(`No ${lang} message ${messageId} for rule ${ruleId}`);
  return { reason: message.reason(data), hint: message.hint(data) };
}
