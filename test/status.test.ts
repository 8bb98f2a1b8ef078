import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../src/model/load.js';
import { computeStatus, type Status } from '../src/status/status.js';
import { commitAll } from './helpers/git.js';
import { makeRepo, runInProcess, snapshot } from './helpers/repo.js';

const EXAMPLE = fileURLToPath(new URL('../examples/etatssamarbeidet', import.meta.url));
const TODAY = '2026-11-24';

/** Two fora: one with every deadline, one with none. */
const CONFIG = `language: en
agencies:
  bufdir: { name: "Barne-, ungdoms- og familiedirektoratet", short: Bufdir }
  hdir: { name: Helsedirektoratet, short: Hdir }
  udir: { name: Utdanningsdirektoratet, short: Udir }
fora:
  direktorgruppen:
    name: Direktørgruppen
    members: [bufdir, hdir, udir]
    deadlines: { agenda_days: 7, papers_days: 5, minutes_days: 14 }
  sekretariatet:
    name: Sekretariatet
    members: [bufdir, hdir, udir]
`;

interface AgendaOptions {
  status?: string;
  purpose?: string;
  items?: string;
}

function agenda(forum: string, date: string, options: AgendaOptions = {}): string {
  const items =
    options.items ??
    `  - id: "1"
    title: Orienteringssaker
    kind: inform
    owner: bufdir`;
  return `---
type: agenda
forum: ${forum}
date: ${date}
purpose: ${options.purpose ?? 'Orientere om arbeidet'}
status: ${options.status ?? 'sent'}
items:
${items}
---
`;
}

function minutes(forum: string, date: string, options: { status?: string; actions?: string[] } = {}): string {
  const status = options.status ?? 'approved';
  const actions = options.actions?.length ? `\n    actions:\n${options.actions.map((a) => `      - ${a}`).join('\n')}` : '';
  return `---
type: minutes
forum: ${forum}
date: ${date}
status: ${status}
present: [bufdir, hdir]
items:
  - id: "1"
    outcome: noted${actions}
---
`;
}

const meeting = (forum: string, date: string) => `meetings/${forum}/${date}`;
const D = 'direktorgruppen';
const S = 'sekretariatet';

/**
 * A repository as of 2026-11-24 with one of everything `etat status` reports,
 * and the edges: a meeting today, cancelled agendas, actions without a due date.
 */
const REPO: Record<string, string> = {
  'etat.yml': CONFIG,
  // Minutes approved, with actions: done, overdue, undated, and far off.
  [`${meeting(D, '2026-10-01')}/agenda.md`]: agenda(D, '2026-10-01'),
  [`${meeting(D, '2026-10-01')}/minutes.md`]: minutes(D, '2026-10-01', {
    actions: [
      '{ what: Sende referatet, owner: hdir, due: 2026-10-08, done: true }',
      '{ what: Lage fremdriftsplan, owner: bufdir, due: 2026-11-20, done: false }',
      '{ what: Avklare mandatet, owner: udir }',
      '{ what: Lansere nettstedet, owner: udir, due: 2027-01-15, done: false }',
    ],
  }),
  // Draft minutes; the approval is on the agenda of 2026-12-01 (not of the next meeting).
  [`${meeting(D, '2026-10-29')}/agenda.md`]: agenda(D, '2026-10-29'),
  [`${meeting(D, '2026-10-29')}/minutes.md`]: minutes(D, '2026-10-29', {
    status: 'draft',
    actions: [
      '{ what: Skrive høringssvar, owner: bufdir, due: 2026-12-08 }', // exactly 14 days ahead: due soon
      '{ what: Oppdatere veilederen, owner: hdir, due: 2026-12-09 }', // 15 days ahead: not yet
      '{ what: Følge opp, owner: hdir, due: snart }', // not a date: listed, like an undated one
    ],
  }),
  // No minutes: one past its deadline (2026-11-19), one not (2026-11-26), one cancelled.
  [`${meeting(D, '2026-11-05')}/agenda.md`]: agenda(D, '2026-11-05'),
  [`${meeting(D, '2026-11-12')}/agenda.md`]: agenda(D, '2026-11-12'),
  [`${meeting(D, '2026-11-17')}/agenda.md`]: agenda(D, '2026-11-17', { status: 'cancelled' }),
  // Today: upcoming, sent and ready; not yet a meeting without minutes.
  [`${meeting(D, '2026-11-24')}/agenda.md`]: agenda(D, '2026-11-24'),
  // Notice deadline today, not sent; placeholder purpose; decide items lacking papers and proposal.
  [`${meeting(D, '2026-12-01')}/agenda.md`]: agenda(D, '2026-12-01', {
    status: 'draft',
    purpose: 'TBD',
    items: `  - id: 1
    title: Godkjenning av referat
    kind: decide
    approves: direktorgruppen/2026-10-29
  - id: 2
    title: Arbeidsplan 2027
    kind: decide
    owner: bufdir
  - id: "3"
    title: Budsjett
    kind: decide
    owner: hdir
    papers: [papers/03-budsjett.md]
    proposal: Direktørgruppen vedtar budsjettet.
  - id: "4"
    title: Nettsted
    kind: decide
    owner: udir
    papers: [papers/04-nettsted.md]
    proposal: Direktørgruppen vedtar å lansere nettstedet.`,
  }),
  [`${meeting(D, '2026-12-01')}/papers/04-nettsted.md`]: '# Nettsted\n',
  // Cancelled: neither upcoming nor a meeting that could approve minutes.
  [`${meeting(D, '2026-12-10')}/agenda.md`]: agenda(D, '2026-12-10', { status: 'cancelled' }),
  // A draft well before its notice deadline (2026-12-08), with nothing missing.
  [`${meeting(D, '2026-12-15')}/agenda.md`]: agenda(D, '2026-12-15', { status: 'draft' }),

  // A forum with no deadlines.
  [`${meeting(S, '2026-09-01')}/agenda.md`]: agenda(S, '2026-09-01'),
  [`${meeting(S, '2026-09-01')}/minutes.md`]: minutes(S, '2026-09-01', { status: 'draft' }),
  [`${meeting(S, '2026-10-01')}/agenda.md`]: agenda(S, '2026-10-01'),
  [`${meeting(S, '2026-10-01')}/minutes.md`]: minutes(S, '2026-10-01'),
  [`${meeting(S, '2026-11-10')}/agenda.md`]: agenda(S, '2026-11-10'),
  [`${meeting(S, '2026-12-02')}/agenda.md`]: agenda(S, '2026-12-02', { status: 'draft' }),
};

async function statusOf(files: Record<string, string>, options: { today?: string; forum?: string; soonDays?: number } = {}): Promise<Status> {
  const repo = await loadRepository({ cwd: await makeRepo(files) });
  return computeStatus(repo, { today: TODAY, ...options });
}

function forumOf(status: Status, forum: string) {
  const found = status.fora.find((f) => f.forum === forum);
  if (!found) throw new Error(`no forum ${forum} in the status`);
  return found;
}

describe('computeStatus', () => {
  it('lists the fora of etat.yml in order, with today and the window for actions', async () => {
    const status = await statusOf(REPO);
    expect(status.today).toBe(TODAY);
    expect(status.soonDays).toBe(14);
    expect(status.fora.map((f) => [f.forum, f.name])).toEqual([
      ['direktorgruppen', 'Direktørgruppen'],
      ['sekretariatet', 'Sekretariatet'],
    ]);
  });

  it('lists upcoming meetings from today, with their deadlines and what they lack', async () => {
    const { upcoming } = forumOf(await statusOf(REPO), D);
    expect(upcoming).toEqual([
      {
        meeting: 'direktorgruppen/2026-11-24',
        date: '2026-11-24',
        agendaStatus: 'sent',
        noticeDeadline: '2026-11-17',
        papersDeadline: '2026-11-19',
        needsPapers: false,
        missing: [],
      },
      {
        meeting: 'direktorgruppen/2026-12-01',
        date: '2026-12-01',
        agendaStatus: 'draft',
        noticeDeadline: '2026-11-24',
        papersDeadline: '2026-11-26',
        needsPapers: true,
        missing: [
          { what: 'purpose' },
          // Item 1 approves minutes: it needs neither. Item 3 lists a paper that is not there.
          { what: 'papers', item: '2' },
          { what: 'proposal', item: '2' },
          { what: 'papers', item: '3' },
          // The notice deadline is today and the agenda is not sent.
          { what: 'notice' },
        ],
      },
      {
        meeting: 'direktorgruppen/2026-12-15',
        date: '2026-12-15',
        agendaStatus: 'draft',
        noticeDeadline: '2026-12-08',
        papersDeadline: '2026-12-10',
        needsPapers: false,
        missing: [],
      },
    ]);
  });

  it('sets no deadlines, and never misses a notice, in a forum without deadlines', async () => {
    const { upcoming } = forumOf(await statusOf(REPO), S);
    expect(upcoming).toEqual([{ meeting: 'sekretariatet/2026-12-02', date: '2026-12-02', agendaStatus: 'draft', needsPapers: false, missing: [] }]);
  });

  it('lists past meetings without minutes, with the minutes deadline, but not cancelled ones nor one held today', async () => {
    const status = await statusOf(REPO);
    expect(forumOf(status, D).withoutMinutes).toEqual([
      { meeting: 'direktorgruppen/2026-11-05', date: '2026-11-05', minutesDue: '2026-11-19', overdue: true },
      { meeting: 'direktorgruppen/2026-11-12', date: '2026-11-12', minutesDue: '2026-11-26', overdue: false },
    ]);
    expect(forumOf(status, S).withoutMinutes).toEqual([{ meeting: 'sekretariatet/2026-11-10', date: '2026-11-10', overdue: false }]);
  });

  it('is not overdue on the day the minutes are due', async () => {
    const { withoutMinutes } = forumOf(await statusOf(REPO, { today: '2026-11-19' }), D);
    expect(withoutMinutes.find((m) => m.date === '2026-11-05')).toMatchObject({ minutesDue: '2026-11-19', overdue: false });
  });

  it('lists minutes awaiting approval, and the meeting that should approve them', async () => {
    const status = await statusOf(REPO);
    // The agenda of 2026-12-01 approves them, so it wins over the forum's next meeting.
    expect(forumOf(status, D).awaitingApproval).toEqual([
      {
        meeting: 'direktorgruppen/2026-10-29',
        date: '2026-10-29',
        status: 'draft',
        approveAt: 'direktorgruppen/2026-12-01',
        approveAtDate: '2026-12-01',
        onAgenda: true,
        overdue: false,
      },
    ]);
    // No agenda approves them: the next meeting should have, and it has been held.
    expect(forumOf(status, S).awaitingApproval).toEqual([
      {
        meeting: 'sekretariatet/2026-09-01',
        date: '2026-09-01',
        status: 'draft',
        approveAt: 'sekretariatet/2026-10-01',
        approveAtDate: '2026-10-01',
        onAgenda: false,
        overdue: true,
      },
    ]);
  });

  it('does not count a cancelled meeting as the one to approve minutes', async () => {
    const files = {
      'etat.yml': CONFIG,
      [`${meeting(D, '2026-11-12')}/agenda.md`]: agenda(D, '2026-11-12'),
      [`${meeting(D, '2026-11-12')}/minutes.md`]: minutes(D, '2026-11-12', { status: 'draft' }),
      [`${meeting(D, '2026-12-03')}/agenda.md`]: agenda(D, '2026-12-03', { status: 'cancelled' }),
    };
    const [entry] = forumOf(await statusOf(files), D).awaitingApproval;
    expect(entry).toEqual({ meeting: 'direktorgruppen/2026-11-12', date: '2026-11-12', status: 'draft', onAgenda: false, overdue: false });
  });

  it('lists open actions due within 14 days, overdue or undated, sorted by due date', async () => {
    const { actions } = forumOf(await statusOf(REPO), D);
    expect(actions).toEqual([
      { what: 'Lage fremdriftsplan', owner: 'bufdir', due: '2026-11-20', meeting: 'direktorgruppen/2026-10-01', item: '1', overdue: true },
      { what: 'Skrive høringssvar', owner: 'bufdir', due: '2026-12-08', meeting: 'direktorgruppen/2026-10-29', item: '1', overdue: false },
      // Without a date, last, in meeting order.
      { what: 'Avklare mandatet', owner: 'udir', meeting: 'direktorgruppen/2026-10-01', item: '1', overdue: false },
      { what: 'Følge opp', owner: 'hdir', due: 'snart', meeting: 'direktorgruppen/2026-10-29', item: '1', overdue: false },
    ]);
  });

  it('takes the window for actions from soonDays', async () => {
    const { actions } = forumOf(await statusOf(REPO, { soonDays: 0 }), D);
    expect(actions.map((a) => a.what)).toEqual(['Lage fremdriftsplan', 'Avklare mandatet', 'Følge opp']);
  });

  it('reports only the forum asked for', async () => {
    const status = await statusOf(REPO, { forum: S });
    expect(status.fora.map((f) => f.forum)).toEqual(['sekretariatet']);
  });

  it('is plain data that survives JSON', async () => {
    const status = await statusOf(REPO);
    expect(JSON.parse(JSON.stringify(status))).toEqual(status);
  });
});

describe('etat status', () => {
  it('prints, in English, what to do per forum with deadlines in words', async () => {
    const { code, stdout, stderr } = await runInProcess(['status', '--today', TODAY], { cwd: await makeRepo(REPO) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Status as of 2026-11-24\n\nDirektørgruppen\n {2}Upcoming meetings\n/);
    const lines = stdout.split('\n');
    // The upcoming meeting's first line, then its details indented to the third column.
    const first = lines.findIndex((line) => line.startsWith('    2026-12-01'));
    // The second column is as wide as its widest entry, "in 21 days".
    expect(lines[first]).toBe('    2026-12-01  in 7 days   agenda in draft');
    const indent = ' '.repeat('    2026-12-01  in 21 days  '.length);
    expect(lines.slice(first + 1, first + 7)).toEqual([
      `${indent}case papers due 2026-11-26 (in 2 days)`,
      `${indent}✖ no purpose: say what the meeting is for`,
      `${indent}✖ item 2 has no case paper`,
      `${indent}✖ item 2 has no proposed decision`,
      `${indent}✖ item 3 has no case paper`,
      `${indent}✖ invitation not sent, due 2026-11-24 (today)`,
    ]);
    expect(stdout).toContain(`    2026-11-24  today       invitation sent\n${indent}✔ ready\n`);
    // A draft before its deadlines: the notice is due, but no papers are (it has no decide items).
    expect(stdout).toContain(`    2026-12-15  in 21 days  agenda in draft\n${indent}send the invitation by 2026-12-08 (in 14 days)\n  Meetings without minutes\n`);
    expect(stdout).toContain('  Meetings without minutes\n    2026-11-05  19 days ago  minutes due 2026-11-19 (5 days overdue)\n    2026-11-12  12 days ago  minutes due 2026-11-26 (in 2 days)\n');
    expect(stdout).toContain('  Minutes awaiting approval\n    2026-10-29  draft  to be approved at the meeting on 2026-12-01 (in 7 days)\n');
    // Actions: overdue, due soon and undated each under a title true of them all; owners by their short name.
    expect(stdout).toContain(
      [
        '  Overdue action items',
        '    2026-11-20  4 days overdue  Bufdir  Lage fremdriftsplan  minutes 2026-10-01, item 1',
        '  Action items due within 14 days',
        '    2026-12-08  in 14 days  Bufdir  Skrive høringssvar  minutes 2026-10-29, item 1',
        '  Action items without a due date',
        '    no due date  Udir  Avklare mandatet  minutes 2026-10-01, item 1',
        '    snart        Hdir  Følge opp         minutes 2026-10-29, item 1',
      ].join('\n'),
    );
    expect(stdout).toContain(
      'Sekretariatet\n  Upcoming meetings\n    2026-12-02  in 8 days  agenda in draft\n  Meetings without minutes\n    2026-11-10  14 days ago  no minutes yet\n',
    );
    expect(stdout).toContain('    2026-09-01  draft  should have been approved at the meeting on 2026-10-01 (54 days ago)\n');
    expect(stdout).not.toContain('Nothing to do');
    expect(stdout).not.toContain('\u001b[');
  });

  it('speaks bokmål with the right plurals', async () => {
    const { code, stdout } = await runInProcess(['status', '--today', TODAY, '--lang', 'nb'], { cwd: await makeRepo(REPO) });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Status per 2026-11-24\n/);
    for (const expected of [
      '  Kommende møter\n',
      '    2026-12-01  om 7 dager   saksliste i utkast\n',
      '✖ formålet mangler: skriv hva møtet skal oppnå',
      '✖ sak 2 mangler saksfremlegg',
      '✖ sak 2 mangler forslag til vedtak',
      '✖ innkallingen er ikke sendt, frist 2026-11-24 (i dag)',
      'innkallingen sendes senest 2026-12-08 (om 14 dager)',
      '  Møter uten referat\n    2026-11-05  for 19 dager siden  frist for referat 2026-11-19 (5 dager over fristen)\n',
      '  Referater som venter på godkjenning\n',
      'skulle vært godkjent i møtet 2026-10-01 (for 54 dager siden)',
      '  Oppfølgingspunkter over fristen\n    2026-11-20  4 dager over fristen  Bufdir',
      '  Oppfølgingspunkter med frist innen 14 dager\n    2026-12-08  om 14 dager  Bufdir',
      '  Oppfølgingspunkter uten frist\n    uten frist',
    ]) {
      expect(stdout).toContain(expected);
    }
  });

  it('speaks nynorsk, and says so in the singular for one day', async () => {
    const { stdout } = await runInProcess(['status', '--today', '2026-11-30', '--lang', 'nn', '--forum', D], { cwd: await makeRepo(REPO) });
    expect(stdout).toMatch(/\n {4}2026-12-01 {2}i morgon +sakliste i utkast\n/);
    expect(stdout).toContain('innkallinga er ikkje send, frist 2026-11-24 (6 dagar over fristen)');
    expect(stdout).toMatch(/2026-11-12 {2}for 18 dagar sidan +frist for referat 2026-11-26 \(4 dagar over fristen\)/);
    const oneDay = await runInProcess(['status', '--today', '2026-11-25', '--lang', 'nn', '--forum', D], { cwd: await makeRepo(REPO) });
    expect(oneDay.stdout).toContain('innkallinga er ikkje send, frist 2026-11-24 (1 dag over fristen)');
    expect(oneDay.stdout).toMatch(/ {4}2026-11-24 {2}i går +frist for referat 2026-12-08 \(om 13 dagar\)\n/);
  });

  it('prints the computed data as JSON', async () => {
    const cwd = await makeRepo(REPO);
    const { code, stdout } = await runInProcess(['status', '--today', TODAY, '--format', 'json'], { cwd });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { format: string; version: number; today: string; soonDays: number; fora: unknown };
    expect(report).toMatchObject({ format: 'etat-status', version: 1, today: TODAY, soonDays: 14 });
    const expected = computeStatus(await loadRepository({ cwd }), { today: TODAY });
    expect(report.fora).toEqual(JSON.parse(JSON.stringify(expected.fora)));
  });

  it('--soon sets how far ahead action items are listed, and refuses what is not a number of days', async () => {
    const cwd = await makeRepo(REPO);
    const wide = await runInProcess(['status', '--today', TODAY, '--soon', '400', '--format', 'json'], { cwd });
    const report = JSON.parse(wide.stdout) as { soonDays: number; fora: unknown };
    expect(report.soonDays).toBe(400);
    expect(report.fora).toEqual(JSON.parse(JSON.stringify(computeStatus(await loadRepository({ cwd }), { today: TODAY, soonDays: 400 }).fora)));
    expect((await runInProcess(['status', '--today', TODAY, '--soon', '30', '--lang', 'en'], { cwd })).stdout).toContain('Action items due within 30 days');
    const bad = await runInProcess(['status', '--soon', 'snart', '--lang', 'en'], { cwd });
    expect(bad).toExitWith(2);
    expect(bad.stderr).toContain('`snart` is not a number of days');
  });

  it('limits itself to --forum', async () => {
    const { stdout } = await runInProcess(['status', '--today', TODAY, '--forum', S], { cwd: await makeRepo(REPO) });
    expect(stdout).toContain('Sekretariatet');
    expect(stdout).not.toContain('Direktørgruppen');
  });

  it('says when there is nothing to do, per forum and at the end', async () => {
    const files = {
      'etat.yml': CONFIG,
      [`${meeting(D, '2026-10-01')}/agenda.md`]: agenda(D, '2026-10-01'),
      [`${meeting(D, '2026-10-01')}/minutes.md`]: minutes(D, '2026-10-01', { actions: ['{ what: Ferdig, owner: bufdir, due: 2026-10-08, done: true }'] }),
      [`${meeting(D, '2026-12-15')}/agenda.md`]: agenda(D, '2026-12-15'),
    };
    const { code, stdout } = await runInProcess(['status', '--today', TODAY], { cwd: await makeRepo(files) });
    expect(code).toBe(0);
    // A sent agenda with nothing missing is ready: listed, but not work.
    expect(stdout).toBe(
      [
        'Status as of 2026-11-24',
        '',
        'Direktørgruppen',
        '  Upcoming meetings',
        '    2026-12-15  in 21 days  invitation sent',
        '                            ✔ ready',
        '  Nothing to do.',
        '',
        'Sekretariatet',
        '  Nothing to do.',
        '',
        '✔ Nothing to do in any forum.',
        '',
      ].join('\n'),
    );
  });

  it('with --forum, says there is nothing to do in that forum, not in any', async () => {
    const files = { 'etat.yml': CONFIG, [`${meeting(D, '2026-12-15')}/agenda.md`]: agenda(D, '2026-12-15') };
    const { stdout } = await runInProcess(['status', '--today', TODAY, '--forum', D], { cwd: await makeRepo(files) });
    expect(stdout).toMatch(/\n {2}Nothing to do\.\n\n✔ Nothing to do in Direktørgruppen\.\n$/);
    expect(stdout).not.toContain('any forum');
    const nb = await runInProcess(['status', '--today', TODAY, '--forum', S, '--lang', 'nb'], { cwd: await makeRepo(files) });
    expect(nb.stdout).toMatch(/✔ Ingenting å gjøre i Sekretariatet\.\n$/);
  });

  it('colours only on a terminal, never with NO_COLOR', async () => {
    const cwd = await makeRepo(REPO);
    expect((await runInProcess(['status', '--today', TODAY], { cwd, tty: true })).stdout).toContain('\u001b[');
    expect((await runInProcess(['status', '--today', TODAY], { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it.each([
    ['a bad --today', ['--today', '2026-02-30'], /`2026-02-30` is not a date: use YYYY-MM-DD\./],
    ['an unknown --forum, with the one meant', ['--forum', 'direktorgrupen'], /There is no forum `direktorgrupen` in etat\.yml\. Did you mean `direktorgruppen`\? Use `direktorgruppen` or `sekretariatet`, or add the forum under `fora` in etat\.yml\./],
    ['an unknown --forum, with nothing close', ['--forum', 'styret'], /^There is no forum `styret` in etat\.yml\. Use `direktorgruppen` or `sekretariatet`, or add the forum under `fora` in etat\.yml\.\n$/],
    ['an unknown --format', ['--format', 'xml'], /`xml` is not a valid value for `-f, --format <format>`: use pretty, json\./],
  ])('refuses %s with exit 2 and nothing on stdout', async (_name, args, message) => {
    const { code, stdout, stderr } = await runInProcess(['status', '--today', TODAY, ...args, '--lang', 'en'], { cwd: await makeRepo(REPO) });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('puts an unknown forum in the repository language', async () => {
    const { code, stderr } = await runInProcess(['status', '--forum', 'sekretariat'], { cwd: await makeRepo({ ...REPO, 'etat.yml': CONFIG.replace('language: en', 'language: nb') }) });
    expect(code).toBe(2);
    expect(stderr).toContain('Det finnes ikke noe forum `sekretariat` i etat.yml. Mente du `sekretariatet`? Bruk `direktorgruppen` eller `sekretariatet`, eller legg forumet inn under `fora` i etat.yml.');
  });
});

describe('etat status and git', () => {
  const files = { 'etat.yml': CONFIG, [`${meeting(D, '2026-12-15')}/agenda.md`]: agenda(D, '2026-12-15', { status: 'draft' }) };
  const path = `${meeting(D, '2026-12-15')}/agenda.md`;
  const markSent = (cwd: string) => writeFile(join(cwd, path), agenda(D, '2026-12-15', { status: 'sent' }));

  it('does not call a sent agenda ready until it is committed, and says how to commit it', async () => {
    const cwd = await makeRepo(files);
    await execa('git', ['init', '--quiet', '-b', 'main'], { cwd });
    await commitAll(cwd, 'Saksliste', '2026-11-20T10:00:00+01:00');
    await markSent(cwd);
    const before = await snapshot(cwd);
    const sent = await runInProcess(['status', '--today', TODAY, '--forum', D], { cwd });
    // Reading the status writes nothing, not even git's index.
    expect(await snapshot(cwd)).toEqual(before);
    expect(sent.stdout).toContain(
      [
        '    2026-12-15  in 21 days  invitation sent',
        '                            ✖ marked as sent, but the agenda is not committed; the invitation counts as sent from its commit:',
        '                              git add meetings/direktorgruppen/2026-12-15/agenda.md && git commit -m "Send the invitation to direktorgruppen/2026-12-15"',
      ].join('\n'),
    );
    expect(sent.stdout).not.toContain('ready');
    const json = JSON.parse((await runInProcess(['status', '--today', TODAY, '--forum', D, '--format', 'json'], { cwd })).stdout) as Status;
    expect(forumOf(json, D).upcoming[0]?.missing).toEqual([{ what: 'commit' }]);
    // Staged is not committed either; the command names the file from where the user stands.
    await execa('git', ['add', path], { cwd });
    const fromMeetings = await runInProcess(['status', '--today', TODAY, '--forum', D], { cwd: join(cwd, 'meetings') });
    expect(fromMeetings.stdout).toContain('git add direktorgruppen/2026-12-15/agenda.md && git commit');
    await commitAll(cwd, 'Innkalling', '2026-11-21T10:00:00+01:00');
    expect((await runInProcess(['status', '--today', TODAY, '--forum', D], { cwd })).stdout).toContain('✔ ready');
  });

  it('says nothing of commits outside git', async () => {
    const cwd = await makeRepo(files);
    await markSent(cwd);
    const { stdout } = await runInProcess(['status', '--today', TODAY, '--forum', D], { cwd });
    expect(stdout).toContain('✔ ready');
    expect(stdout).not.toContain('commit');
  });
});

describe('etat status on the example repository', () => {
  const run = (argv: string[]) => runInProcess(['status', '--today', TODAY, ...argv], { cwd: EXAMPLE });

  it('finds the upcoming direktorgruppen meeting, its deadlines in two days, and nothing missing yet', async () => {
    const report = JSON.parse((await run(['--format', 'json'])).stdout) as Status;
    expect(report.fora.map((f) => f.forum)).toEqual(['direktorgruppen', 'tverrgaende-ledergruppe', 'sekretariatet']);
    const direktorgruppen = forumOf(report, D);
    // Item 1 approves the minutes of 2026-10-29; item 4 has its paper and proposal; the rest are not decide items.
    expect(direktorgruppen.upcoming).toEqual([
      {
        meeting: 'direktorgruppen/2026-12-03',
        date: '2026-12-03',
        agendaStatus: 'draft',
        noticeDeadline: '2026-11-26',
        papersDeadline: '2026-11-26',
        needsPapers: true,
        missing: [],
      },
    ]);
    expect(direktorgruppen.awaitingApproval).toEqual([
      {
        meeting: 'direktorgruppen/2026-10-29',
        date: '2026-10-29',
        status: 'draft',
        approveAt: 'direktorgruppen/2026-12-03',
        approveAtDate: '2026-12-03',
        onAgenda: true,
        overdue: false,
      },
    ]);
    // The open actions due 2026-12-15 and 2027-01-15 are more than 14 days away; the README's defect 15 is past its date.
    // The actions of 2026-06-11 were recorded open and closed by the follow-ups of 2026-10-29: none of them is here.
    expect(direktorgruppen.actions).toEqual([
      { what: 'Ferdigstille og sende det felles budsjettinnspillet til departementene', owner: 'hdir', due: '2026-11-13', meeting: 'direktorgruppen/2026-10-29', item: '5', overdue: true },
      { what: 'Legge fram tiltak for de to røde prosjektene', owner: 'bufdir', due: '2026-12-03', meeting: 'direktorgruppen/2026-10-29', item: '3', overdue: false },
    ]);
    // Every past meeting has minutes.
    expect(report.fora.flatMap((f) => f.withoutMinutes)).toEqual([]);
    // The README's defect 11: the leaders' group met on 2026-09-16 without approving the minutes of 2026-04-15.
    expect(forumOf(report, 'tverrgaende-ledergruppe').awaitingApproval.map((m) => [m.meeting, m.approveAt, m.overdue])).toEqual([
      ['tverrgaende-ledergruppe/2026-04-15', 'tverrgaende-ledergruppe/2026-09-16', true],
      ['tverrgaende-ledergruppe/2026-09-16', undefined, false],
    ]);
    expect(forumOf(report, S).awaitingApproval.map((m) => m.meeting)).toEqual(['sekretariatet/2026-08-26']);
  });

  it('misses the invitation once its deadline has come', async () => {
    const report = JSON.parse((await runInProcess(['status', '--today', '2026-11-26', '--format', 'json', '--forum', D], { cwd: EXAMPLE })).stdout) as Status;
    expect(forumOf(report, D).upcoming[0]?.missing).toEqual([{ what: 'notice' }]);
  });

  it('prints it in bokmål, the language of the repository', async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        'Direktørgruppen',
        '  Kommende møter',
        '    2026-12-03  om 9 dager  saksliste i utkast',
        '                            innkallingen sendes senest 2026-11-26 (om 2 dager)',
        '                            frist for saksfremlegg 2026-11-26 (om 2 dager)',
        '  Referater som venter på godkjenning',
        '    2026-10-29  utkast  godkjennes i møtet 2026-12-03 (om 9 dager)',
        '  Oppfølgingspunkter over fristen',
        '    2026-11-13  11 dager over fristen  Hdir  Ferdigstille og sende det felles budsjettinnspillet til departementene  referat 2026-10-29, sak 5',
        '  Oppfølgingspunkter med frist innen 14 dager',
        '    2026-12-03  om 9 dager  Bufdir  Legge fram tiltak for de to røde prosjektene  referat 2026-10-29, sak 3',
      ].join('\n'),
    );
    expect(stdout).toContain('    2026-04-15  utkast  skulle vært godkjent i møtet 2026-09-16 (for 69 dager siden)');
  });

  it('leaves the example byte for byte unchanged', async () => {
    const before = await snapshot(EXAMPLE);
    await run([]);
    await run(['--format', 'json']);
    expect(await snapshot(EXAMPLE)).toEqual(before);
  });
});
