import type { CheckResult } from '../../src/pipeline/run-rules.js';
import { summarise, type Finding } from '../../src/findings.js';

/** A finding of `agenda/purpose-missing`, with what a test changes in it. */
export const finding = (over: Partial<Finding> = {}): Finding => ({
  file: 'meetings/direktorgruppen/2026-12-03/agenda.md',
  line: 5,
  column: 10,
  endLine: 5,
  endColumn: 13,
  ruleId: 'agenda/purpose-missing',
  messageId: 'placeholder',
  source: 'etat',
  severity: 'error',
  fatal: true,
  reason: 'The purpose `TBD` is a placeholder.',
  hint: 'Replace it.',
  url: 'https://example.org/docs/rules/agenda/purpose-missing.md',
  ...over,
});

/** The result of a check that found these, in a repository at /repo. */
export const resultOf = (findings: Finding[], filesChecked = 3): CheckResult => ({ root: '/repo', findings, summary: summarise(findings), filesChecked });
