import { groupBy } from '../collections.js';
import XMLBuilder from 'fast-xml-builder';
import type { Finding } from '../findings.js';
import { xmlText } from '../text/xml.js';
import type { Reporter } from './types.js';

/**
 * JUnit XML, as GitLab's `artifacts:reports:junit`, Jenkins and Azure show it:
 * a `testsuite` per file, a `testcase` per file and rule, failed when the rule
 * found errors there. GitLab's parser reads one `failure` per test case, so
 * that one holds every error of the rule in the file, one per line; warnings
 * go to `system-out` of a test case that passes. A file checked without
 * findings is a suite with one passing test case, so the report shows what
 * was checked. The XML is built with fast-xml-builder, which escapes it.
 */
export const junit: Reporter = (result, options) => {
  const path = options.repositoryPath ?? ((file: string) => file);
  // Every file checked, those without findings too, in the order checked.
  const found = groupBy(result.findings, (f) => f.file);
  const byFile = new Map<string, Finding[]>([...(result.checkedFiles ?? []).map((file): [string, Finding[]] => [file, []]), ...found]);

  let tests = 0;
  let failures = 0;
  const suites = [...byFile].map(([file, findings]) => {
    const name = path(file);
    const byRule = groupBy(findings, (f) => f.ruleId);
    const cases =
      byRule.size === 0
        ? [{ '@_classname': name, '@_name': 'etat check', '@_file': name }]
        : [...byRule].map(([ruleId, found]) => testCase(name, ruleId, found));
    const suiteFailures = cases.filter((c) => 'failure' in c).length;
    tests += cases.length;
    failures += suiteFailures;
    return { '@_name': name, '@_tests': cases.length, '@_failures': suiteFailures, '@_errors': 0, '@_skipped': 0, '@_file': name, testcase: cases };
  });
  if (suites.length === 0) {
    suites.push({ '@_name': 'etat check', '@_tests': 1, '@_failures': 0, '@_errors': 0, '@_skipped': 0, '@_file': '', testcase: [{ '@_classname': 'etat', '@_name': 'etat check', '@_file': '' }] });
    tests = 1;
  }
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, suppressBooleanAttributes: false });
  const xml = builder.build({ testsuites: { '@_name': 'etat check', '@_tests': tests, '@_failures': failures, '@_errors': 0, testsuite: suites } }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml.trimEnd()}\n`;
};

function testCase(file: string, ruleId: string, findings: Finding[]) {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity !== 'error');
  const line = (f: Finding) => xmlText(`${file}:${f.line}:${f.column} ${f.reason} ${f.hint} (${f.url})`);
  return {
    '@_classname': file,
    '@_name': ruleId,
    '@_file': file,
    ...(errors.length > 0 && {
      failure: { '@_type': ruleId, '@_message': xmlText(errors[0]!.reason), '#text': errors.map(line).join('\n') },
    }),
    ...(warnings.length > 0 && { 'system-out': warnings.map(line).join('\n') }),
  };
}
