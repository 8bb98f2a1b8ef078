import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/i18n/lang.js';
import { rules } from '../src/rules/index.js';
import { checkFixture, expectedFindings, findingLine, firingFixtures, fixtureDir, silentFixtures } from './helpers/fixtures.js';
import type { Finding } from '../src/findings.js';
import { AGENDA, CONFIG, makeRepo, runInProcess } from './helpers/repo.js';
import { check } from '../src/pipeline/run-rules.js';
import { loadRepository } from '../src/model/load.js';

/**
 * Every rule has two fixtures: `fires/` with the findings it must produce
 * written in `expected.txt` beside it (file, line, column, rule id — all
 * findings of the fixture, so fixtures stay clean), and `silent/`, good input
 * on which no rule finds anything. The same fixtures are the examples on the
 * rule's documentation page. More cases are `fires-<case>/` and `silent-<case>/`.
 */
describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('fires on its fixtures, at the expected places, with the expected messages', async () => {
    const dirs = await firingFixtures(id);
    expect(dirs[0]).toBe(fixtureDir(id, 'fires'));
    for (const dir of dirs) {
      const result = await checkFixture(dir);
      expect(result.findings.map(findingLine), dir).toEqual(await expectedFindings(dir));
      expect(result.findings.some((f) => f.ruleId === id)).toBe(true);
    }
  });

  it('is silent on good input', async () => {
    const dirs = await silentFixtures(id);
    expect(dirs[0]).toBe(fixtureDir(id, 'silent'));
    for (const dir of dirs) {
      const result = await checkFixture(dir);
      expect(result.findings.map(findingLine), dir).toEqual([]);
      expect(result.filesChecked).toBeGreaterThan(0);
    }
  });

  it('speaks bokmål, nynorsk and English', async () => {
    const reasons = new Set<string>();
    for (const lang of LANGUAGES) {
      expect(rule.words[lang].description).toBeTruthy();
      const result = await checkFixture(fixtureDir(id, 'fires'), lang);
      const finding = result.findings.find((f) => f.ruleId === id);
      expect(finding?.reason).toBeTruthy();
      expect(finding?.hint).toBeTruthy();
      reasons.add(`${lang}:${finding?.reason}`);
    }
    expect(reasons.size).toBe(LANGUAGES.length);
  });
});

describe('the rule catalogue', () => {
  it('has the same message ids in every language', () => {
    for (const rule of rules) {
      const ids = LANGUAGES.map((lang) => Object.keys(rule.words[lang].messages).sort().join(','));
      expect(new Set(ids).size, rule.id).toBe(1);
    }
  });

  it('has no rule twice, and words for every rule in every language', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of LANGUAGES) expect(rules.filter((rule) => rule.words[lang].description).map((rule) => rule.id)).toEqual(ids);
  });
});

describe('the rule fixtures', () => {
  it('produce every message of the catalogue: a message no fixture produces is a message no test has seen', async () => {
    const produced = new Set<string>();
    for (const rule of rules) {
      for (const dir of await firingFixtures(rule.id)) {
        for (const line of await expectedFindings(dir)) produced.add(line.split(' ').slice(1).join(' '));
      }
    }
    const catalogue = rules.flatMap((rule) => Object.keys(rule.words.en.messages).map((messageId) => `${rule.id} ${messageId}`));
    expect(catalogue.filter((message) => !produced.has(message))).toEqual([]);
  });
});

describe('messages that find the way for the user', () => {
  const AGENDA = (date: string, papers: string) =>
    `---\ntype: agenda\nforum: direktorgruppen\ndate: ${date}\npurpose: Beslutte\nstatus: draft\nitems:\n  - id: "1"\n    title: Sak\n    kind: decide\n    owner: bufdir\n    papers: ${papers}\n    proposal: Ja.\n---\n`;
  const run = async (files: Record<string, string>) => {
    const report = await runInProcess(['check', '--format', 'json', '--today', '2026-11-24', '--lang', 'en'], { cwd: await makeRepo({ 'etat.yml': CONFIG, ...files }) });
    return (JSON.parse(report.stdout) as { findings: Finding[] }).findings.filter((f) => f.ruleId !== 'git/history-unavailable');
  };
  const meeting = 'meetings/direktorgruppen/2026-12-03';

  it('agenda/paper-missing: the file in the folder or papers/ the path most likely means', async () => {
    const typo = await run({ [`${meeting}/agenda.md`]: AGENDA('2026-12-03', '[papers/01-strategy.md]'), [`${meeting}/papers/01-strategi.md`]: 'x' });
    expect(typo.map((f) => [f.ruleId, f.hint])).toEqual([
      ['agenda/paper-missing', 'Did you mean `papers/01-strategi.md`? Correct the path, or add the file; the path is relative to this agenda.'],
    ]);
    const noFolder = await run({ [`${meeting}/agenda.md`]: AGENDA('2026-12-03', '[01-strategi.pdf]'), [`${meeting}/papers/01-strategi.pdf`]: 'x' });
    expect(noFolder[0]?.hint).toMatch(/^Did you mean `papers\/01-strategi\.pdf`\?/);
    const nothingClose = await run({ [`${meeting}/agenda.md`]: AGENDA('2026-12-03', '[papers/budsjett.md]'), [`${meeting}/papers/01-strategi.md`]: 'x' });
    expect(nothingClose[0]?.hint).toBe('Add the file, or correct the path; it is relative to this agenda.');
  });

  it('schema/invalid: one paper without a list is that paper, not an item without papers', async () => {
    const findings = await run({ [`${meeting}/agenda.md`]: AGENDA('2026-12-03', 'papers/01-strategi.md'), [`${meeting}/papers/01-strategi.md`]: '# Sak\n\n## Anbefaling\n\nJa.\n\n## Forslag til vedtak\n\nJa.\n' });
    expect(findings.map((f) => f.ruleId)).toEqual(['schema/invalid']);
    expect(findings[0]?.reason).toContain('write a list, even of one');
    const missing = await run({ [`${meeting}/agenda.md`]: AGENDA('2026-12-03', 'papers/01-mangler.md') });
    expect(missing.map((f) => f.ruleId).sort()).toEqual(['agenda/paper-missing', 'schema/invalid']);
  });

  it.each([
    ['another date, written the Norwegian way', '14.01.2027', "Write the folder's date, `date: 2026-12-03`, or move the file to `…/2027-01-14/`."],
    ['the same date, written another way', '3.12.2026', 'Write `date: 2026-12-03`: dates are written YYYY-MM-DD.'],
    ['no date at all', 'neste torsdag', "Write the folder's date, `date: 2026-12-03`."],
  ])('meeting/path-mismatch: a hint with the ISO date for %s', async (_name, written, hint) => {
    const findings = await run({ [`${meeting}/agenda.md`]: AGENDA(`"${written}"`, '[]').replace('kind: decide', 'kind: inform') });
    expect(findings.filter((f) => f.ruleId === 'meeting/path-mismatch').map((f) => f.hint)).toEqual([hint]);
  });
});

describe('minutes/corrects-unknown and --changed', () => {
  const MINUTES = (date: string, items: string) => `---\ntype: minutes\nforum: direktorgruppen\ndate: ${date}\nstatus: draft\npresent: [bufdir, hdir]\nabsent: [udir]\nitems:\n${items}---\n`;
  const files = {
    'etat.yml': CONFIG,
    'meetings/direktorgruppen/2026-03-12/agenda.md': AGENDA,
    'meetings/direktorgruppen/2026-03-12/minutes.md': MINUTES('2026-03-12', '  - { id: "1", outcome: noted }\n'),
    'meetings/direktorgruppen/2026-04-09/minutes.md': MINUTES(
      '2026-04-09',
      '  - { id: "1", added: true, title: Retting, kind: decide, outcome: decided, consensus: true, decision: Rettet., corrects: "direktorgruppen/2026-03-12#1" }\n',
    ),
  };
  const corrections = async (select?: (dir: string) => boolean) => {
    const repo = await loadRepository({ cwd: await makeRepo(files), select });
    return check(repo, { today: '2026-11-24' }).findings.filter((f) => f.ruleId === 'minutes/corrects-unknown').map((f) => f.messageId);
  };

  it('says a correction of an item that was not decided corrects nothing', async () => {
    expect(await corrections()).toEqual(['notDecided']);
  });

  it('is silent about a meeting whose files --changed did not read', async () => {
    expect(await corrections((dir) => dir.endsWith('2026-04-09'))).toEqual([]);
  });
});
