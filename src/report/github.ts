import { errorsFirst, type Finding } from '../findings.js';
import { escapeControls } from '../i18n/excerpt.js';
import { reportTexts } from '../i18n/report.js';
import type { Reporter } from './types.js';

/**
 * GitHub shows at most this many annotations of each kind per step, and
 * silently drops the rest (see docs/ci.md). The findings past them are
 * printed as plain log lines, and one last notice says how many there are.
 */
export const ANNOTATIONS_PER_STEP = { error: 10, warn: 10, notice: 10 } as const;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the
 * line of the pull request it is about. Errors come first, so that when there
 * are more than GitHub shows, the ones that fail the check are the ones shown.
 */
export const github: Reporter = (result, options) => {
  const path = options.repositoryPath ?? ((file: string) => file);
  const ordered = errorsFirst(result.findings);
  const shown = { error: 0, warn: 0, notice: 0 };
  const lines: string[] = [];
  const hidden: Finding[] = [];
  for (const finding of ordered) {
    if (shown[finding.severity] >= ANNOTATIONS_PER_STEP[finding.severity]) {
      hidden.push(finding);
      continue;
    }
    shown[finding.severity]++;
    lines.push(annotation(finding, path(finding.file)));
  }
  if (hidden.length > 0) {
    for (const finding of hidden) lines.push(logLine(finding, path(finding.file)));
    const summary = Boolean(options.env?.GITHUB_STEP_SUMMARY);
    lines.push(`::notice title=${escapeProperty('etat')}::${escapeData(reportTexts[options.lang].moreThanAnnotations({ hidden: hidden.length, summary }))}`);
  }
  return lines.map((line) => line + '\n').join('');
};

function annotation(finding: Finding, file: string): string {
  const command = { error: 'error', warn: 'warning', notice: 'notice' }[finding.severity];
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `endLine=${finding.endLine}`,
    `endColumn=${finding.endColumn}`,
    `title=${escapeProperty(finding.ruleId)}`,
  ].join(',');
  return `::${command} ${properties}::${escapeData(`${finding.reason} ${finding.hint}`)}`;
}

/** A finding past the annotation cap, as a line of the log; a leading `::` could never make it a command. */
function logLine(finding: Finding, file: string): string {
  return `${oneLine(file)}:${finding.line}:${finding.column}: ${finding.severity} ${finding.ruleId}: ${oneLine(`${finding.reason} ${finding.hint}`)}`;
}

/** Repository text as part of one line of the log: no line break that could start a workflow command (`::error`, `::stop-commands::`), no control character. */
function oneLine(text: string): string {
  return escapeControls(text.replace(/\r?\n|\r/g, ' '));
}

/** As GitHub's runner reads a command's message: `%` first, then CR and LF. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As it reads a property value: the same, and also `:` and `,`, which end a value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
