import { describe, expect, it } from 'vitest';
import { makeRepo, runInProcess } from './helpers/repo.js';
import type { DecisionsReport } from '../src/registers/decisions.js';

/**
 * Two fora: `styret` decides by consensus, `radet` does not say. Worked out by hand:
 *   styret/2026-02-05#1   decided, no dissent            → consensus (the forum decides by consensus)
 *   styret/2026-02-05#2   decided, dissent by hdir       → no consensus, dissent hdir; case K-1, owner udir
 *   styret/2026-02-05#10  rejected, votes 1-2-0           → fell; natural order puts 10 after 2
 *   radet/2026-02-05#1    decided, nothing said           → no consensus (the forum has no decides_by)
 *   styret/2026-03-05#1   decided, corrects 2026-02-05#2  → #2's text in force is this one, then #3 corrects #1 …
 *   styret/2026-04-02#1   decided, corrects 2026-03-05#1  → … so #2 of 2026-02-05 is corrected by this, the last of the chain
 * Newest first: 2026-04-02#1, 2026-03-05#1, 2026-02-05 radet#1, styret#1, styret#2, styret#10.
 */
const CONFIG = `language: en
agencies:
  bufdir: { name: Bufdir }
  hdir: { name: Helsedirektoratet, short: Hdir }
  udir: { name: Utdanningsdirektoratet, short: Udir }
fora:
  styret: { name: Styret, members: [bufdir, hdir, udir], decides_by: consensus }
  radet: { name: Rådet, members: [bufdir, hdir, udir] }
`;
const agenda = (forum: string, date: string, items: string) =>
  `---\ntype: agenda\nforum: ${forum}\ndate: ${date}\npurpose: Vedta\nstatus: sent\nitems:\n${items}---\n`;
const minutes = (forum: string, date: string, items: string, status = 'draft') =>
  `---\ntype: minutes\nforum: ${forum}\ndate: ${date}\nstatus: ${status}\npresent: [bufdir, hdir, udir]\nabsent: []\nitems:\n${items}---\n`;
const FILES = {
  'etat.yml': CONFIG,
  'meetings/styret/2026-02-05/agenda.md': agenda(
    'styret',
    '2026-02-05',
    '  - { id: "1", title: Budsjett, kind: decide, owner: bufdir, proposal: Vedta budsjettet }\n' +
      '  - { id: "2", title: Nettsted for æøå, kind: decide, owner: udir, case: K-1, proposal: Lage nettsted }\n' +
      '  - { id: "10", title: Nytt verktøy, kind: decide, owner: hdir, proposal: Kjøpe verktøyet }\n',
  ),
  'meetings/styret/2026-02-05/minutes.md': minutes(
    'styret',
    '2026-02-05',
    '  - { id: "1", outcome: decided, decision: Budsjettet vedtas. }\n' +
      '  - { id: "2", outcome: decided, decision: Nettstedet lages i 2026., dissent: [{ by: hdir, note: For dyrt }] }\n' +
      '  - { id: "10", outcome: rejected, votes: { for: 1, against: 2 } }\n',
    'approved\napproved_at: styret/2026-03-05',
  ),
  'meetings/radet/2026-02-05/agenda.md': agenda('radet', '2026-02-05', '  - { id: "1", title: Plan, kind: decide, owner: hdir, proposal: Vedta planen }\n'),
  'meetings/radet/2026-02-05/minutes.md': minutes('radet', '2026-02-05', '  - { id: "1", outcome: decided, decision: Planen vedtas. }\n'),
  'meetings/styret/2026-03-05/agenda.md': agenda('styret', '2026-03-05', '  - { id: "1", title: Retting, kind: decide, owner: bufdir, proposal: Rette }\n'),
  'meetings/styret/2026-03-05/minutes.md': minutes('styret', '2026-03-05', '  - { id: "1", outcome: decided, corrects: styret/2026-02-05#2, decision: Nettstedet lages i 2027. }\n'),
  'meetings/styret/2026-04-02/agenda.md': agenda('styret', '2026-04-02', '  - { id: "1", title: Ny retting, kind: decide, owner: bufdir, proposal: Rette igjen }\n'),
  'meetings/styret/2026-04-02/minutes.md': minutes('styret', '2026-04-02', '  - { id: "1", outcome: decided, corrects: styret/2026-03-05#1, decision: Nettstedet lages i 2028. }\n'),
};

async function register(...args: string[]): Promise<DecisionsReport> {
  const ran = await runInProcess(['decisions', '--format', 'json', ...args], { cwd: await makeRepo(FILES) });
  expect(ran.code).toBe(0);
  return JSON.parse(ran.stdout) as DecisionsReport;
}

describe('etat decisions', () => {
  it('lists every decision newest first, items in natural order', async () => {
    const report = await register();
    expect(report.decisions.map((d) => d.key)).toEqual([
      'styret/2026-04-02#1',
      'styret/2026-03-05#1',
      'radet/2026-02-05#1',
      'styret/2026-02-05#1',
      'styret/2026-02-05#2',
      'styret/2026-02-05#10',
    ]);
    expect(report.unreadable).toEqual([]);
  });

  it('says who agreed: consensus in a consensus forum, dissent with its note, the count of a vote', async () => {
    const byKey = new Map((await register()).decisions.map((d) => [d.key, d]));
    expect(byKey.get('styret/2026-02-05#1')).toMatchObject({ consensus: true, dissent: [], approved: true, owner: 'bufdir' });
    expect(byKey.get('styret/2026-02-05#2')).toMatchObject({ consensus: false, dissent: [{ by: 'hdir', note: 'For dyrt' }], case: 'K-1' });
    expect(byKey.get('radet/2026-02-05#1')).toMatchObject({ consensus: false, approved: false });
    expect(byKey.get('styret/2026-02-05#10')).toMatchObject({ outcome: 'rejected', text: 'Kjøpe verktøyet', votes: { for: 1, against: 2, abstain: 0 } });
  });

  it('shows the text in force beside a corrected decision, through a chain of corrections', async () => {
    const byKey = new Map((await register()).decisions.map((d) => [d.key, d]));
    expect(byKey.get('styret/2026-02-05#2')).toMatchObject({ text: 'Nettstedet lages i 2026.', textInForce: 'Nettstedet lages i 2028.', correctedBy: 'styret/2026-04-02#1' });
    expect(byKey.get('styret/2026-03-05#1')).toMatchObject({ corrects: 'styret/2026-02-05#2', correctedBy: 'styret/2026-04-02#1' });
  });

  it('filters by forum, dates, case, agency and text', async () => {
    const keys = async (...args: string[]) => (await register(...args)).decisions.map((d) => d.key);
    expect(await keys('--forum', 'radet')).toEqual(['radet/2026-02-05#1']);
    expect(await keys('--since', '2026-03-05', '--until', '2026-03-31')).toEqual(['styret/2026-03-05#1']);
    expect(await keys('--case', 'K-1')).toEqual(['styret/2026-02-05#2']);
    // hdir owns radet#1 and styret#10, and dissented on styret#2.
    expect(await keys('--agency', 'hdir')).toEqual(['radet/2026-02-05#1', 'styret/2026-02-05#2', 'styret/2026-02-05#10']);
    // The last correction says 2028, and it is the text in force of both decisions it corrects, the first and the second.
    expect(await keys('--grep', 'LAGES I 2028')).toEqual(['styret/2026-04-02#1', 'styret/2026-03-05#1', 'styret/2026-02-05#2']);
    expect(await keys('--grep', 'lages i 2026')).toEqual(['styret/2026-02-05#2']);
  });

  it('writes CSV with a byte order mark that keeps æøå, and Markdown with the corrections', async () => {
    const cwd = await makeRepo(FILES);
    const csv = (await runInProcess(['decisions', '--format', 'csv'], { cwd })).stdout;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[5]).toBe('2026-02-05,Styret,2,Nettsted for æøå,Corrected: Nettstedet lages i 2028. (corrected by styret/2026-04-02#1),dissent: hdir,approved');
    const markdown = (await runInProcess(['decisions', '--format', 'markdown', '--forum', 'styret', '--since', '2026-02-05', '--until', '2026-02-05'], { cwd })).stdout;
    expect(markdown.trimEnd().split('\n')).toHaveLength(5);
    expect(markdown).toContain('| Fell: Kjøpe verktøyet');
  });

  it('gives a clear error for a bad date, an unknown forum or agency', async () => {
    const cwd = await makeRepo(FILES);
    const date = await runInProcess(['decisions', '--since', '2026-02-30'], { cwd });
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('2026-02-30');
    const forum = await runInProcess(['decisions', '--forum', 'stryet'], { cwd });
    expect([forum.code, forum.stderr.includes('`styret`')]).toEqual([2, true]);
    const agency = await runInProcess(['decisions', '--agency', 'hdri'], { cwd });
    expect([agency.code, agency.stderr.includes('`hdir`')]).toEqual([2, true]);
  });

  it('lists what it can of a repository whose minutes cannot be read, and says which', async () => {
    const cwd = await makeRepo({ ...FILES, 'meetings/radet/2026-02-05/minutes.md': '---\ntype: minutes\nitems: [\n---\n' });
    const ran = await runInProcess(['decisions', '--format', 'json'], { cwd });
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain('meetings/radet/2026-02-05/minutes.md');
    const report = JSON.parse(ran.stdout) as DecisionsReport;
    expect(report.unreadable).toEqual(['meetings/radet/2026-02-05/minutes.md']);
    expect(report.decisions).toHaveLength(5);
  });
});
