import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/i18n/lang.js';
import { ruleTexts } from '../src/i18n/rules/index.js';
import { rules } from '../src/rules/index.js';
import { checkFixture, expectedFindings, findingLine, firingFixtures, fixtureDir } from './helpers/fixtures.js';

/**
 * Every rule has two fixtures: `fires/` with the findings it must produce
 * written in `expected.txt` beside it (file, line, column, rule id — all
 * findings of the fixture, so fixtures stay clean), and `silent/`, good input
 * on which no rule finds anything. The same fixtures are the examples on the
 * rule's documentation page.
 */
describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id) => {
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
    const result = await checkFixture(fixtureDir(id, 'silent'));
    expect(result.findings.map(findingLine)).toEqual([]);
    expect(result.filesChecked).toBeGreaterThan(0);
  });

  it('speaks bokmål, nynorsk and English', async () => {
    const reasons = new Set<string>();
    for (const lang of LANGUAGES) {
      expect(ruleTexts[lang][id]?.description).toBeTruthy();
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
      const ids = LANGUAGES.map((lang) => Object.keys(ruleTexts[lang][rule.id]?.messages ?? {}).sort().join(','));
      expect(new Set(ids).size, rule.id).toBe(1);
    }
  });

  it('has no rule twice and no entry without a rule', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of LANGUAGES) expect(Object.keys(ruleTexts[lang]).sort()).toEqual([...ids].sort());
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
    const catalogue = rules.flatMap((rule) => Object.keys(ruleTexts.en[rule.id]?.messages ?? {}).map((messageId) => `${rule.id} ${messageId}`));
    expect(catalogue.filter((message) => !produced.has(message))).toEqual([]);
  });
});
