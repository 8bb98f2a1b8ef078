import type { Finding } from '../findings.js';
import type { Reporter } from './types.js';

/** JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure). One suite per file. */
export const junit: Reporter = (result, options) => {
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const suites = [...byFile].map(([file, findings]) => {
    const name = escapeXml(options.displayPath(file));
    const cases = findings.map((f) => {
      const type = f.severity === 'error' ? 'error' : 'warning';
      return (
        `    <testcase classname="${name}" name="${escapeXml(`${f.ruleId} ${f.line}:${f.column}`)}">\n` +
        `      <failure type="${type}" message="${escapeXml(f.reason)}">${escapeXml(`${f.line}:${f.column} ${f.reason} ${f.hint} (${f.url})`)}</failure>\n` +
        `    </testcase>`
      );
    });
    return `  <testsuite name="${name}" tests="${findings.length}" failures="${findings.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  if (suites.length === 0) {
    suites.push('  <testsuite name="etat check" tests="1" failures="0" errors="0">\n    <testcase classname="etat" name="etat check"/>\n  </testsuite>');
  }
  const failures = result.findings.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="etat" tests="${Math.max(1, failures)}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
};

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 cannot hold at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}
