import { inertReferences } from './inert.js';
import { appendFile, stat } from 'node:fs/promises';
import type { CheckResult } from '../pipeline/run-rules.js';
import { errorsFirst, type Finding } from '../findings.js';
import { reportTexts } from '../i18n/report.js';
import { findRule } from '../rules/index.js';
import { ruleUrl } from '../meta.js';
import type { ReportOptions } from './types.js';

/** GitHub refuses a step summary over 1 MiB; what etat appends stays this far below it. */
export const SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;

/**
 * The job summary of a check, in Markdown: counts per rule with links to the
 * rule pages, then a table of the findings, cut off (and saying so) before
 * GitHub's size limit. Every text that comes from the repository is escaped:
 * a pull request from someone the repository does not trust writes it.
 */
export function stepSummary(result: CheckResult, options: Pick<ReportOptions, 'lang' | 'repositoryPath'>, budget = SUMMARY_LIMIT): string {
  const texts = reportTexts[options.lang];
  const path = options.repositoryPath ?? ((file: string) => file);
  const { errors, warnings, files } = result.summary;
  const head: string[] = [`### ${texts.summaryTitle}`, ''];
  if (result.findings.length === 0) return [...head, texts.summaryClean({ files: result.filesChecked }), ''].join('\n') + '\n';
  head.push(texts.summaryCounts({ errors, warnings, files }), '');

  const perRule = new Map<string, { errors: number; warnings: number }>();
  for (const finding of result.findings) {
    if (finding.severity === 'notice') continue; // listed below, counted nowhere
    const counts = perRule.get(finding.ruleId) ?? { errors: 0, warnings: 0 };
    if (finding.severity === 'error') counts.errors++;
    else counts.warnings++;
    perRule.set(finding.ruleId, counts);
  }
  head.push(row(texts.rulesHeader), '| --- | ---: | ---: | --- |');
  for (const [ruleId, counts] of [...perRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const description = findRule(ruleId)?.words[options.lang].description ?? '';
    head.push(row([`[\`${ruleId}\`](${ruleUrl(ruleId)})`, String(counts.errors), String(counts.warnings), escapeCell(description)]));
  }
  head.push('', `#### ${texts.findingsTitle}`, '', row(texts.findingsHeader), '| --- | ---: | --- | --- | --- |');

  let text = head.join('\n') + '\n';
  let size = Buffer.byteLength(text);
  let listed = 0;
  // Errors first, as in the annotations: when the table is cut, the errors are in it.
  const ordered = errorsFirst(result.findings);
  const reserve = 1024; // room for the line that says what was left out
  for (const finding of ordered) {
    const line = findingRow(finding, path(finding.file), texts.severity[finding.severity]!) + '\n';
    const lineSize = Buffer.byteLength(line);
    if (size + lineSize > budget - reserve) break;
    text += line;
    size += lineSize;
    listed++;
  }
  if (listed < ordered.length) text += `\n${escapeCell(texts.truncated({ hidden: ordered.length - listed }))}\n`;
  return text + '\n';
}

function findingRow(finding: Finding, file: string, severity: string): string {
  return row([
    escapeCell(file),
    String(finding.line),
    severity,
    `[\`${finding.ruleId}\`](${ruleUrl(finding.ruleId)})`,
    escapeCell(`${finding.reason} ${finding.hint}`),
  ]);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Text for a table cell that stays text: no HTML, no line breaks, no pipes that
 * end the cell, no @mention that would notify someone, no link or image syntax.
 * Code spans in etat's messages (`like this`) stay code spans, where Markdown
 * is inert already and only a pipe needs escaping.
 */
export function escapeCell(value: string): string {
  const flat = value.replace(/\r?\n|\r/g, ' ');
  let text = '';
  let last = 0;
  for (const match of flat.matchAll(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)) {
    text += escapeText(flat.slice(last, match.index)) + match[0].replace(/\|/g, '\\|');
    last = match.index + match[0].length;
  }
  return text + escapeText(flat.slice(last));
}

function escapeText(value: string): string {
  return inertReferences(
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\|[\]!*_~`]/g, (c) => `\\${c}`),
  );
}

/**
 * Append the summary to the file GitHub names in GITHUB_STEP_SUMMARY, keeping
 * what is there already, and the whole file, under the limit.
 */
export async function appendStepSummary(file: string, result: CheckResult, options: ReportOptions): Promise<void> {
  const existing = await stat(file).then(
    (s) => s.size,
    () => 0,
  );
  await appendFile(file, stepSummary(result, options, SUMMARY_LIMIT - existing));
}
