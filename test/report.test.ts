import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/pipeline/run-rules.js';
import { summarise } from '../src/findings.js';
import { reporters } from '../src/index.js';
import { finding } from './helpers/findings.js';

const findings = [
  finding({}),
  finding({ line: 12, column: 3, ruleId: 'minutes/added-item', severity: 'warn', fatal: false, reason: 'Item `6`, "a <b> & c", 100%:\nnew', hint: 'Wait.' }),
  finding({ file: 'cases/ES-1.md', line: 1, column: 1 }),
];
const result: CheckResult = { root: '/repo', findings, summary: summarise(findings), filesChecked: 4 };
const options = { lang: 'en' as const, color: false, displayPath: (file: string) => `repo/${file}` };

describe('reporters', () => {
  it('pretty groups by file, aligns columns and ends with a summary', () => {
    expect(reporters.pretty(result, options)).toBe(
      [
        'repo/meetings/direktorgruppen/2026-12-03/agenda.md',
        '  5:10  error    The purpose `TBD` is a placeholder.  agenda/purpose-missing',
        '                 → Replace it.',
        // A line break (or any control character) in what a rule says is shown, never written to the terminal.
        '  12:3  warning  Item `6`, "a <b> & c", 100%:\\nnew  minutes/added-item',
        '                 → Wait.',
        '',
        'repo/cases/ES-1.md',
        '  1:1  error  The purpose `TBD` is a placeholder.  agenda/purpose-missing',
        '              → Replace it.',
        '',
        '✖ 2 errors, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('pretty says so when there is nothing to report', () => {
    expect(reporters.pretty({ ...result, findings: [], summary: summarise([]) }, options)).toBe('✔ No problems found in 4 files.\n');
  });

  it('pretty speaks the chosen language', () => {
    expect(reporters.pretty(result, { ...options, lang: 'nn' })).toContain('✖ 2 feil, 1 åtvaring');
  });

  it('json is versioned and carries every field', () => {
    const parsed = JSON.parse(reporters.json(result, options)) as Record<string, unknown>;
    expect(parsed).toMatchObject({ format: 'etat-check', version: 1, root: '/repo', summary: { errors: 2, warnings: 1, files: 2, filesChecked: 4 } });
    expect(parsed.findings).toEqual(findings);
  });

  it('sarif is SARIF 2.1.0 with rules and regions', () => {
    const log = JSON.parse(reporters.sarif(result, options)) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toContain('agenda/purpose-missing');
    expect(log.runs[0]!.results[1]).toMatchObject({
      ruleId: 'minutes/added-item',
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: findings[1]!.file, uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 3 } } }],
    });
  });

  it('github prints one escaped annotation per finding, errors first, with paths from the top of the repository', () => {
    const lines = reporters.github(result, { ...options, repositoryPath: (file) => `sub/${file}` }).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '::error file=sub/meetings/direktorgruppen/2026-12-03/agenda.md,line=5,col=10,endLine=5,endColumn=13,title=agenda/purpose-missing::The purpose `TBD` is a placeholder. Replace it.',
    );
    expect(lines[1]).toMatch(/^::error file=sub\/cases\/ES-1.md,/);
    expect(lines[2]).toBe(
      '::warning file=sub/meetings/direktorgruppen/2026-12-03/agenda.md,line=12,col=3,endLine=5,endColumn=13,title=minutes/added-item::Item `6`, "a <b> & c", 100%25:%0Anew Wait.',
    );
  });

  it('gitlab is a JSON array of code quality issues', () => {
    const text = reporters.gitlab(result, options);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const issues = JSON.parse(text) as Record<string, unknown>[];
    expect(issues).toHaveLength(3);
    expect(issues[1]).toMatchObject({ check_name: 'minutes/added-item', severity: 'minor', location: { path: findings[1]!.file, lines: { begin: 12 } } });
  });
});
