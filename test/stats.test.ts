import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { commitAll, gitEnv } from './helpers/git.js';
import { makeRepo, runInProcess } from './helpers/repo.js';
import type { StatsReport } from '../src/registers/stats.js';

/**
 * One forum, `radet` (members a, b, c; papers 7 days before), three meetings; the
 * third is after --today and is not counted. Worked out by hand:
 *
 * 2026-03-05: purpose "TBD" (a placeholder). Items: 1 decide (paper + proposal), 2 decide
 *   (paper, no proposal), 3 discuss owned by b. Minutes: present a, b; 1 decided with
 *   consensus, 2 decided with no consensus or dissent, 3 decided (announced to discuss:
 *   without preparation), 4 added in the meeting and noted. Actions on 1: #1.1 due
 *   2026-03-20, #1.2 due 2026-04-01, #1.3 due 2026-12-31.
 * 2026-04-09: purpose given. Items: 1 decide (paper + proposal, case K), 2 discuss
 *   (case K). Minutes: present a, c; 1 referred (case K), 2 referred (case K); item 2
 *   of the agenda… is recorded; the follow-up closes #1.1 (35 days after 2026-03-05).
 *   The agenda of 2026-04-09 also has item 3 (inform) that the minutes do not record.
 *
 * agendasWithPurpose 1/2; decisionItemsPrepared: decide items 1, 2 (03-05), 1 (04-09):
 *   with papers and a proposal 03-05#1 and 04-09#1 → 2/3. itemsAdded 1 of 4 + 2 = 1/6.
 * agendaItemsRecorded: 03-05 has 3 on the agenda, all recorded; 04-09 has 3, 2 recorded → 5/6.
 * Decisions: 03-05#1, #2, #3 → agreement 2/3 (#1 and #3 say consensus); without preparation 1/3 (#3).
 * Referrals: 2 items, case K referred twice → 1 case referred more than once.
 * Actions (today 2026-11-24): #1.1 done (closed 04-09, 35 days), #1.2 overdue, #1.3 open;
 *   median days to close 35.
 * Attendance: a 2/2, b 1/2, c 1/2. Owners: a owns every item but 03-05#3 (b): c never owns one.
 * Papers in time (from git): 03-05#1's paper committed 2026-02-20 (deadline 2026-02-26: in
 *   time), 03-05#2's on 2026-03-04 (late), 04-09#1's on 2026-04-01 (deadline 04-02: in time) → 2/3.
 */
const CONFIG = `language: en
agencies:
  a: { name: A }
  b: { name: B }
  c: { name: C }
fora:
  radet: { name: Rådet, members: [a, b, c], deadlines: { papers_days: 7 } }
`;
const agenda = (date: string, purpose: string, items: string) => `---\ntype: agenda\nforum: radet\ndate: ${date}\npurpose: ${purpose}\nstatus: sent\nitems:\n${items}---\n`;
const minutes = (date: string, present: string, items: string) => `---\ntype: minutes\nforum: radet\ndate: ${date}\nstatus: draft\npresent: [${present}]\nabsent: []\nitems:\n${items}---\n`;
const M1 = 'meetings/radet/2026-03-05';
const M2 = 'meetings/radet/2026-04-09';

async function repository(withGit: boolean): Promise<string> {
  const cwd = await makeRepo({ 'etat.yml': CONFIG });
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(cwd, path)), { recursive: true });
    await writeFile(join(cwd, path), text);
  };
  if (withGit) await execa('git', ['init', '--quiet', '-b', 'main'], { cwd, env: gitEnv() });
  const commit = async (message: string, date: string) => (withGit ? commitAll(cwd, message, date) : undefined);
  await commit('Oppsett', '2026-02-01T10:00:00+01:00');
  await write(`${M1}/papers/01.md`, '# Sak 1\n');
  await commit('Sak 1', '2026-02-20T10:00:00+01:00');
  await write(`${M1}/papers/02.md`, '# Sak 2\n');
  await write(
    `${M1}/agenda.md`,
    agenda(
      '2026-03-05',
      'TBD',
      '  - { id: "1", title: En, kind: decide, owner: a, papers: [papers/01.md], proposal: Ja }\n' +
        '  - { id: "2", title: To, kind: decide, owner: a, papers: [papers/02.md] }\n' +
        '  - { id: "3", title: Tre, kind: discuss, owner: b }\n',
    ),
  );
  await commit('Sak 2', '2026-03-04T10:00:00+01:00');
  await write(
    `${M1}/minutes.md`,
    minutes(
      '2026-03-05',
      'a, b',
      '  - id: "1"\n    outcome: decided\n    decision: Ja.\n    consensus: true\n    actions:\n' +
        '      - { what: Første, owner: a, due: 2026-03-20 }\n      - { what: Andre, owner: b, due: 2026-04-01 }\n      - { what: Tredje, owner: c, due: 2026-12-31 }\n' +
        '  - { id: "2", outcome: decided, decision: Nei. }\n' +
        '  - { id: "3", outcome: decided, decision: Kanskje., consensus: true }\n' +
        '  - { id: "4", added: true, title: Fire, kind: inform, outcome: noted }\n',
    ),
  );
  await write(`${M2}/papers/01.md`, '# Sak 1\n');
  await write(
    `${M2}/agenda.md`,
    agenda(
      '2026-04-09',
      'Avklare saken',
      '  - { id: "1", title: K, kind: decide, owner: a, case: K, papers: [papers/01.md], proposal: Ja }\n' +
        '  - { id: "2", title: K igjen, kind: discuss, owner: a, case: K }\n' +
        '  - { id: "3", title: Orientering, kind: inform, owner: a }\n',
    ),
  );
  await commit('Møte 2', '2026-04-01T10:00:00+02:00');
  await write(
    `${M2}/minutes.md`,
    minutes(
      '2026-04-09',
      'a, c',
      '  - { id: "1", outcome: referred, referred_to: radet }\n' +
        '  - id: "2"\n    outcome: referred\n    referred_to: radet\n    follow_up:\n      - { action: radet/2026-03-05#1.1, done: true }\n',
    ),
  );
  await write('meetings/radet/2026-12-10/agenda.md', agenda('2026-12-10', 'Senere', '  - { id: "1", title: Senere, kind: inform, owner: c }\n'));
  await commit('Referat', '2026-04-20T10:00:00+02:00');
  return cwd;
}

async function stats(cwd: string, ...args: string[]): Promise<StatsReport> {
  const ran = await runInProcess(['stats', '--format', 'json', '--today', '2026-11-24', ...args], { cwd });
  expect(ran.code).toBe(0);
  return JSON.parse(ran.stdout) as StatsReport;
}

describe('etat stats', () => {
  it('measures each figure with its numerator and denominator', async () => {
    const report = await stats(await repository(true));
    const radet = report.fora[0]!;
    expect(radet.meetings).toBe(2);
    expect(radet.agendasWithPurpose).toEqual({ numerator: 1, denominator: 2, share: 0.5 });
    expect(radet.decisionItemsPrepared).toEqual({ numerator: 2, denominator: 3, share: 0.667 });
    expect(radet.papersInTime).toEqual({ numerator: 2, denominator: 3, share: 0.667 });
    expect(radet.itemsAdded).toEqual({ numerator: 1, denominator: 6, share: 0.167 });
    expect(radet.agendaItemsRecorded).toEqual({ numerator: 5, denominator: 6, share: 0.833 });
    expect(radet.agreementRecorded).toEqual({ numerator: 2, denominator: 3, share: 0.667 });
    expect(radet.decisionsWithoutPreparation).toEqual({ numerator: 1, denominator: 3, share: 0.333 });
    expect(radet.referrals).toEqual({ items: 2, casesReferredMoreThanOnce: 1 });
    expect(radet.actions).toEqual({ agreed: 3, done: 1, open: 1, overdue: 1, medianDaysToClose: 35 });
    expect(radet.attendance).toEqual([
      { agency: 'a', present: 2, meetings: 2, share: 1 },
      { agency: 'b', present: 1, meetings: 2, share: 0.5 },
      { agency: 'c', present: 1, meetings: 2, share: 0.5 },
    ]);
    expect(radet.neverOwner).toEqual(['c']);
    // One forum: all fora together is that forum.
    expect({ ...report.total, forum: radet.forum, name: radet.name }).toEqual(radet);
    expect(report.history).toEqual({ read: true, reason: null });
  });

  it('counts only the period asked for', async () => {
    const report = await stats(await repository(true), '--from', '2026-04-01', '--to', '2026-04-30');
    const radet = report.fora[0]!;
    expect([radet.meetings, radet.agendasWithPurpose.numerator, radet.decisionItemsPrepared.denominator, radet.actions.agreed]).toEqual([1, 1, 1, 0]);
    expect(radet.neverOwner).toEqual(['b', 'c']);
  });

  it('says that papers in time is unknown without git, and says why', async () => {
    const cwd = await repository(false);
    const report = await stats(cwd);
    expect(report.fora[0]!.papersInTime).toBeNull();
    expect(report.history).toEqual({ read: false, reason: 'not-a-repository' });
    const table = await runInProcess(['stats', '--today', '2026-11-24'], { cwd });
    expect(table.stderr).toBe('Papers in time is unknown: this is not a git repository.\n');
    expect(table.stdout).toContain('Items for decision with papers in time');
    expect(table.stdout.split('\n').find((line) => line.startsWith('Items for decision with papers in time'))).toContain('unknown');
  });

  it('writes the table as CSV with the counts, and refuses an unknown forum', async () => {
    const cwd = await repository(true);
    const csv = (await runInProcess(['stats', '--format', 'csv', '--today', '2026-11-24'], { cwd })).stdout;
    const lines = csv.slice(1).split('\r\n');
    // One forum: no column for all fora beside it.
    expect(lines[0]).toBe('Figure,Rådet');
    expect(lines).toContain('Agendas with a purpose,1/2 (50 %)');
    const bad = await runInProcess(['stats', '--forum', 'raadet'], { cwd });
    expect(bad.code).toBe(2);
  });
});
