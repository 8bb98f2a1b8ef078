import { describe, expect, it } from 'vitest';
import { loadRepository } from '../src/model/load.js';
import { findNationalIds, isNationalId, isRestricted, legalBasis, namesASection, publicTitle, publishedFiles, publishedPapers } from '../src/model/publishing.js';
import { CONFIG, makeRepo } from './helpers/repo.js';

/** Valid by date and both check digits (the tests' usual fictive number), and one with a wrong last digit. */
const VALID = '15038712486';
const WRONG_CHECK = '15038712487';

describe('what may be published', () => {
  it('counts any restricted value but false as restricted, even one that names no basis', () => {
    expect(isRestricted({ restricted: undefined })).toBe(false);
    expect(isRestricted({ restricted: false })).toBe(false);
    expect(isRestricted({ restricted: true })).toBe(true);
    expect(isRestricted({ restricted: '' })).toBe(true);
    expect(isRestricted({ restricted: 'offl. § 14' })).toBe(true);
  });

  it('finds the legal basis only where a section is named', () => {
    expect(namesASection('offl. § 14')).toBe(true);
    expect(namesASection('offentleglova §13 jf. fvl. § 13')).toBe(true);
    expect(namesASection('internt dokument')).toBe(false);
    expect(namesASection('§')).toBe(false);
    expect(legalBasis({ restricted: 'offl. § 14' })).toBe('offl. § 14');
    expect(legalBasis({ restricted: 'internt' })).toBeUndefined();
    expect(legalBasis({ restricted: true })).toBeUndefined();
    expect(legalBasis({ restricted: undefined })).toBeUndefined();
  });

  it('shows a restricted item by its public title, and never by its title', () => {
    expect(publicTitle({ title: 'Budsjett', publicTitle: undefined, restricted: undefined })).toBe('Budsjett');
    expect(publicTitle({ title: 'Sak om NN', publicTitle: 'Personalsak', restricted: 'offl. § 13' })).toBe('Personalsak');
    expect(publicTitle({ title: 'Sak om NN', publicTitle: undefined, restricted: true })).toBeUndefined();
  });
});

describe('national identity numbers', () => {
  it('knows one by its birth date and check digits, D-numbers too', () => {
    expect(isNationalId(VALID)).toBe(true);
    expect(isNationalId(WRONG_CHECK)).toBe(false);
    expect(isNationalId('1503871248')).toBe(false);
    expect(isNationalId('32038712486')).toBe(false);
    // A D-number: 40 added to the day, check digits computed over it.
    const d = [...'55038712'].map(Number);
    const digit = (weights: number[], digits: number[]) => {
      const k = 11 - (weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11);
      return k === 11 ? 0 : k;
    };
    for (let n = 0; n < 10; n++) {
      const nine = [...d, n];
      const k1 = digit([3, 7, 6, 1, 8, 9, 4, 5, 2], nine);
      if (k1 === 10) continue;
      const k2 = digit([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...nine, k1]);
      if (k2 === 10) continue;
      expect(isNationalId([...nine, k1, k2].join(''))).toBe(true);
      break;
    }
  });

  it('finds them in a text with their offsets, masked, and not inside longer numbers', () => {
    const text = `Fnr ${VALID}, og 150387 12486. Ikke 1.${VALID} eller ${WRONG_CHECK}.`;
    const found = findNationalIds(text);
    expect(found).toEqual([
      { start: 4, end: 15, masked: '150387*****' },
      { start: 20, end: 32, masked: '150387*****' },
    ]);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('150387 12486');
  });
});

describe('published files', () => {
  it('are the agendas, the minutes and the papers of items and papers that are not restricted', async () => {
    const agenda = `---
type: agenda
forum: direktorgruppen
date: 2026-03-12
purpose: Beslutte
status: draft
items:
  - id: "1"
    title: Open
    kind: discuss
    papers: [papers/open.md, { path: papers/closed.md, restricted: "offl. § 14" }]
  - id: "2"
    title: Closed
    public_title: Sak
    kind: discuss
    restricted: "offl. § 13"
    papers: [papers/item-closed.md]
---
`;
    const dir = 'meetings/direktorgruppen/2026-03-12';
    const cwd = await makeRepo({
      'etat.yml': CONFIG,
      [`${dir}/agenda.md`]: agenda,
      [`${dir}/papers/open.md`]: '# Open\n',
      [`${dir}/papers/closed.md`]: '# Closed\n',
      [`${dir}/papers/item-closed.md`]: '# Closed item\n',
    });
    const repo = await loadRepository({ cwd });
    expect(publishedPapers(repo.meetings).map((f) => f.path)).toEqual([`${dir}/papers/open.md`]);
    expect(publishedFiles(repo.meetings).map((f) => f.path)).toEqual([`${dir}/agenda.md`, `${dir}/papers/open.md`]);
  });
});
