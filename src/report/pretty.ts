import { Chalk } from 'chalk';
import { groupBy } from '../collections.js';
import { summarise, type Finding } from '../findings.js';
import { cliTexts } from '../i18n/cli.js';
import { escapeControls } from '../i18n/excerpt.js';
import type { Reporter, ReportOptions } from './types.js';

/**
 * Findings grouped by file, one line each with its place, severity, reason and
 * rule id, the hint below it, and a summary line — in the manner of eslint's
 * "stylish" and vfile-reporter.
 */
export const pretty: Reporter = (result, options) => formatFindings(result.findings, { ...options, filesChecked: result.filesChecked });

export function formatFindings(
  findings: readonly Finding[],
  options: Pick<ReportOptions, 'lang' | 'color' | 'displayPath'> & { filesChecked?: number },
): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const texts = cliTexts[options.lang];
  const lines: string[] = [];
  for (const [file, group] of groupBy(findings, (f) => f.file)) {
    // Repository text on a terminal: an ESC or BEL in a file name or a value must not retitle it or erase a line.
    lines.push(chalk.underline(escapeControls(options.displayPath(file))));
    const places = group.map((f) => `${f.line}:${f.column}`);
    const severities = group.map((f) => texts.summary.severity[f.severity]);
    // Not Math.max(...list): a file with a hundred thousand findings would overflow the call stack.
    const placeWidth = places.reduce((width, p) => Math.max(width, p.length), 0);
    const severityWidth = severities.reduce((width, s) => Math.max(width, s.length), 0);
    group.forEach((finding, i) => {
      const place = places[i]!.padEnd(placeWidth);
      const severity = severities[i]!.padEnd(severityWidth);
      const coloured = finding.severity === 'error' ? chalk.red(severity) : finding.severity === 'warn' ? chalk.yellow(severity) : chalk.blue(severity);
      lines.push(`  ${chalk.dim(place)}  ${coloured}  ${escapeControls(finding.reason)}  ${chalk.dim(finding.ruleId)}`);
      const indent = ' '.repeat(2 + placeWidth + 2 + severityWidth + 2);
      lines.push(`${indent}${chalk.dim('→ ' + escapeControls(finding.hint))}`);
    });
    lines.push('');
  }
  const summary = summarise(findings);
  if (findings.length === 0) {
    lines.push(chalk.green('✔ ') + texts.summary.clean({ files: options.filesChecked ?? 0 }));
  } else {
    const mark = summary.errors > 0 ? chalk.red('✖ ') : summary.warnings > 0 ? chalk.yellow('⚠ ') : chalk.blue('ℹ ');
    lines.push(mark + texts.summary.counts(summary));
  }
  return lines.join('\n') + '\n';
}
