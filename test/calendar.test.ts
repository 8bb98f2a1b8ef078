import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { execa } from 'execa';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaVersions } from '../src/git/agenda-versions.js';
import { calendarContent } from '../src/model/calendar.js';
import { commitAll, gitEnv } from './helpers/git.js';
import { makeRepo, runInProcess, TEST_NOW } from './helpers/repo.js';

const CONFIG = `language: en
calendar:
  domain: styring.example.no
agencies:
  bufdir: { name: Bufdir }
  hdir: { name: Helsedirektoratet, short: Hdir }
fora:
  direktorgruppen:
    name: Direktørgruppen
    members: [bufdir, hdir]
  ledergruppen:
    name: Ledergruppen
    members: [bufdir, hdir]
`;

interface AgendaFields {
  date: string;
  forum?: string;
  start?: string;
  end?: string;
  location?: string;
  status?: string;
  purpose?: string;
  items?: string;
}

const ITEMS = `  - id: "1"
    title: Arbeidsplan 2027
    kind: decide
    owner: bufdir
    papers: [papers/plan.md]
    proposal: Arbeidsplanen vedtas.
  - id: "2"
    title: Personalsak
    public_title: Sak om bemanning
    restricted: offl. § 13
    kind: discuss
    owner: hdir
`;

function agenda(f: AgendaFields): string {
  const lines = ['---', 'type: agenda', `forum: ${f.forum ?? 'direktorgruppen'}`, `date: ${f.date}`];
  if (f.start) lines.push(`start: "${f.start}"`);
  if (f.end) lines.push(`end: "${f.end}"`);
  if (f.location) lines.push(`location: ${f.location}`);
  lines.push('chair: bufdir', `purpose: ${f.purpose ?? 'Beslutte arbeidsplanen'}`, `status: ${f.status ?? 'draft'}`, 'items:', (f.items ?? ITEMS).trimEnd(), '---', 'Velkommen.', '');
  return lines.join('\n');
}

const path = (f: AgendaFields) => `meetings/${f.forum ?? 'direktorgruppen'}/${f.date}/agenda.md`;

async function repoWith(...agendas: AgendaFields[]): Promise<string> {
  const files: Record<string, string> = { 'etat.yml': CONFIG };
  for (const a of agendas) files[path(a)] = agenda(a);
  return makeRepo(files);
}

async function gitRepoWith(date: string, ...agendas: AgendaFields[]): Promise<string> {
  const cwd = await repoWith(...agendas);
  await execa('git', ['init', '--quiet', '-b', 'main'], { cwd, env: gitEnv() });
  await commitAll(cwd, 'Møteplan', date);
  return cwd;
}

/** Run etat and parse what it wrote with ical.js, an iCalendar parser of its own. */
async function ics(cwd: string, ...argv: string[]): Promise<{ text: string; calendar: ICAL.Component; stderr: string }> {
  const ran = await runInProcess(argv, { cwd });
  expect(ran.code, ran.stderr).toBe(0);
  const calendar = new ICAL.Component(ICAL.parse(ran.stdout));
  // Times are read in the zone the file itself defines, not one ical.js knows of its own.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { text: ran.stdout, calendar, stderr: ran.stderr };
}

const events = (calendar: ICAL.Component) => calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const single = async (cwd: string, meeting: string) => {
  const { calendar, text, stderr } = await ics(cwd, 'agenda', 'ics', meeting);
  const all = events(calendar);
  expect(all).toHaveLength(1);
  return { event: all[0]!, vevent: calendar.getFirstSubcomponent('vevent')!, calendar, text, stderr };
};

describe('etat agenda ics', () => {
  it('writes 10:00 as 10:00 in Oslo on both sides of a change to or from summer time', async () => {
    const days = [
      // Winter (CET, UTC+1), summer (CEST, UTC+2), and the two days the clock changes.
      { date: '2026-12-03', utc: '2026-12-03T09:00:00.000Z', end: '2026-12-03T11:00:00.000Z' },
      { date: '2026-06-11', utc: '2026-06-11T08:00:00.000Z', end: '2026-06-11T10:00:00.000Z' },
      { date: '2026-03-29', utc: '2026-03-29T08:00:00.000Z', end: '2026-03-29T10:00:00.000Z' },
      { date: '2026-10-25', utc: '2026-10-25T09:00:00.000Z', end: '2026-10-25T11:00:00.000Z' },
    ];
    const cwd = await repoWith(...days.map((d) => ({ date: d.date, start: '10:00', end: '12:00', location: 'Bjørvika' })));
    for (const day of days) {
      const { event, vevent, calendar } = await single(cwd, `direktorgruppen/${day.date}`);
      const zones = calendar.getAllSubcomponents('vtimezone');
      expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Oslo']);
      // The VTIMEZONE holds both rules, so a calendar anywhere places the meeting right.
      expect(zones[0]!.getAllSubcomponents().map((c) => c.name).sort()).toEqual(['daylight', 'standard']);
      expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Oslo');
      expect(vevent.getFirstProperty('dtend')!.getParameter('tzid')).toBe('Europe/Oslo');
      expect([event.startDate.hour, event.startDate.minute, event.endDate.hour]).toEqual([10, 0, 12]);
      expect(event.startDate.toJSDate().toISOString()).toBe(day.utc);
      expect(event.endDate.toJSDate().toISOString()).toBe(day.end);
      expect(event.location).toBe('Bjørvika');
    }
  });

  it('has the forum in its title, and the purpose and the items with their kinds in its description', async () => {
    const cwd = await repoWith({ date: '2026-12-03', start: '10:00', end: '12:00' });
    const { event, vevent } = await single(cwd, 'direktorgruppen/2026-12-03');
    expect(event.summary).toBe('Direktørgruppen – meeting');
    // A restricted item is shown by its public title only.
    expect(event.description).toBe('Purpose: Beslutte arbeidsplanen\n\nItems:\nItem 1: Arbeidsplan 2027 (for decision)\nItem 2: Sak om bemanning (for discussion)');
    expect(event.uid).toBe('direktorgruppen.2026-12-03@styring.example.no');
    expect(event.sequence).toBe(0);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('writes the description in the language of the repository', async () => {
    const cwd = await repoWith({ date: '2026-12-03', start: '10:00' });
    await writeFile(join(cwd, 'etat.yml'), CONFIG.replace('language: en', 'language: nn'));
    const { event } = await single(cwd, 'direktorgruppen/2026-12-03');
    expect(event.summary).toBe('Direktørgruppen – møte');
    expect(event.description).toBe('Føremål: Beslutte arbeidsplanen\n\nSaker:\nSak 1: Arbeidsplan 2027 (til vedtak)\nSak 2: Sak om bemanning (til drøfting)');
    // No end: a timed event with no DTEND, not an invented length.
    expect(event.component.getFirstProperty('dtend')).toBeNull();
  });

  it('makes a meeting with no start time an all-day event', async () => {
    const cwd = await repoWith({ date: '2026-12-03' });
    const { event, vevent } = await single(cwd, 'direktorgruppen/2026-12-03');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-03');
    // DTEND is the day after: the meeting's day is the whole event.
    expect(event.endDate.toString()).toBe('2026-12-04');
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBeUndefined();
  });

  it('marks a cancelled meeting STATUS:CANCELLED', async () => {
    const cwd = await repoWith({ date: '2026-12-03', start: '10:00', status: 'cancelled' });
    const { event, vevent, text } = await single(cwd, 'direktorgruppen/2026-12-03');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.summary).toBe('Cancelled: Direktørgruppen – meeting');
    expect(event.description.startsWith('The meeting is cancelled.\n\n')).toBe(true);
    // A file to import, not a scheduling message: no METHOD (docs/calendar.md).
    expect(text).not.toContain('METHOD:');
  });

  it('says outside git that it cannot count changes: SEQUENCE 0, DTSTAMP the moment of the run', async () => {
    const cwd = await repoWith({ date: '2026-12-03', start: '10:00', status: 'sent' });
    const { event, vevent, stderr } = await single(cwd, 'direktorgruppen/2026-12-03');
    expect(event.sequence).toBe(0);
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe(ICAL.Time.fromJSDate(TEST_NOW, true).toString());
    expect(stderr).toContain('could not be read');
  });

  it('counts in SEQUENCE each committed change of time, place, status or purpose after the invitation was sent', async () => {
    const meeting = { date: '2026-12-03', start: '10:00', end: '12:00', location: 'Teams' };
    const cwd = await gitRepoWith('2026-11-01T10:00:00+01:00', meeting);
    const file = join(cwd, path(meeting));
    const state = async () => {
      const { event, vevent, text } = await single(cwd, 'direktorgruppen/2026-12-03');
      return { sequence: event.sequence, stamp: vevent.getFirstPropertyValue('dtstamp')!.toString(), start: event.startDate.toString(), text };
    };
    const change = async (fields: Partial<AgendaFields>, date?: string) => {
      await writeFile(file, agenda({ ...meeting, status: 'sent', ...fields }));
      if (date) await commitAll(cwd, 'Endret', date);
    };
    // A draft, then changed before it was sent: no invitation has gone out, so nothing counts.
    expect((await state()).sequence).toBe(0);
    await change({ status: 'draft', location: 'Bjørvika' }, '2026-11-10T10:00:00+01:00');
    expect((await state()).sequence).toBe(0);
    // Sent: the first version a calendar gets. DTSTAMP is the commit's time, in UTC.
    await change({ location: 'Bjørvika' }, '2026-11-20T10:00:00+01:00');
    expect(await state()).toMatchObject({ sequence: 0, stamp: '2026-11-20T09:00:00Z' });
    // The items changed, not the event: the same SEQUENCE, a newer DTSTAMP.
    await change({ location: 'Bjørvika', items: ITEMS.replace('Arbeidsplan 2027', 'Arbeidsplan for 2027') }, '2026-11-22T10:00:00+01:00');
    expect(await state()).toMatchObject({ sequence: 0, stamp: '2026-11-22T09:00:00Z' });
    // Moved to 13:00 and re-sent: 1.
    const moved = { location: 'Bjørvika', start: '13:00', end: '15:00' };
    await change(moved, '2026-11-25T10:00:00+01:00');
    expect(await state()).toMatchObject({ sequence: 1, start: '2026-12-03T13:00:00', stamp: '2026-11-25T09:00:00Z' });
    // A change not yet committed counts already, dated now; once committed, the count stays.
    await change({ ...moved, location: 'Teams' });
    expect(await state()).toMatchObject({ sequence: 2, stamp: '2026-11-24T09:00:00Z' });
    await commitAll(cwd, 'Flyttet til Teams', '2026-11-26T10:00:00+01:00');
    const committed = await state();
    expect(committed).toMatchObject({ sequence: 2, stamp: '2026-11-26T09:00:00Z' });
    // The same repository gives the same file, byte for byte: nothing random, no clock.
    expect((await state()).text).toBe(committed.text);
    // Cancelled: 3.
    await change({ ...moved, location: 'Teams', status: 'cancelled' }, '2026-11-27T10:00:00+01:00');
    expect((await state()).sequence).toBe(3);
  });

  it('reads the history of any number of agendas with three git processes', async () => {
    const meetings = ['2026-01-15', '2026-02-12', '2026-03-12', '2026-04-16'].map((date) => ({ date, start: '10:00' }));
    const cwd = await gitRepoWith('2025-12-01T10:00:00+01:00', ...meetings);
    for (const m of meetings) await writeFile(join(cwd, path(m)), agenda({ ...m, status: 'sent' }));
    await commitAll(cwd, 'Sendt', '2025-12-02T10:00:00+01:00');
    await writeFile(join(cwd, path(meetings[0]!)), agenda({ ...meetings[0]!, status: 'sent', start: '09:00' }));
    await commitAll(cwd, 'Flyttet', '2025-12-03T10:00:00+01:00');
    const history = await agendaVersions(cwd, { forum: undefined }, calendarContent);
    expect(history.processes).toBe(3);
    expect(history.problem).toBeUndefined();
    expect([...history.versions.keys()].sort()).toEqual(meetings.map(path));
    expect(history.versions.get(path(meetings[0]!))!.sinceSent).toHaveLength(2);
    expect(history.versions.get(path(meetings[1]!))!.sinceSent).toHaveLength(1);
    expect(history.versions.get(path(meetings[1]!))!.lastCommit).toBe(Date.parse('2025-12-02T10:00:00+01:00') / 1000);
  });

  it('takes the UID domain from the repository folder when etat.yml names none', async () => {
    const cwd = await repoWith({ date: '2026-12-03', start: '10:00' });
    await writeFile(join(cwd, 'etat.yml'), CONFIG.replace('calendar:\n  domain: styring.example.no\n', ''));
    const { event } = await single(cwd, 'direktorgruppen/2026-12-03');
    expect(event.uid).toBe(`direktorgruppen.2026-12-03@${basename(cwd).toLowerCase()}.etat`);
  });

  it('says clearly what is wrong with a meeting that does not exist or cannot be read, and exits 2', async () => {
    const cwd = await repoWith({ date: '2026-12-03', start: '10:00' });
    const missing = await runInProcess(['agenda', 'ics', 'direktorgruppen/2026-12-10', '--lang', 'en'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no meeting `direktorgruppen/2026-12-10`');
    expect(missing.stdout).toBe('');
    await writeFile(join(cwd, 'meetings/direktorgruppen/2026-12-03/agenda.md'), '---\ntype: agenda\nitems: [\n---\n');
    const broken = await runInProcess(['agenda', 'ics', 'direktorgruppen/2026-12-03', '--lang', 'en'], { cwd });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('cannot be read');
    expect(broken.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes to --out, replacing only an iCalendar file it wrote before', async () => {
    const cwd = await repoWith({ date: '2026-12-03', start: '10:00' });
    const out = ['agenda', 'ics', 'direktorgruppen/2026-12-03', '--out', 'invitasjon.ics'];
    expect((await runInProcess(out, { cwd })).code).toBe(0);
    const first = await readFile(join(cwd, 'invitasjon.ics'), 'utf8');
    expect(first.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect((await runInProcess(out, { cwd })).code).toBe(0);
    await writeFile(join(cwd, 'notat.txt'), 'Mitt notat\n');
    const refused = await runInProcess(['agenda', 'ics', 'direktorgruppen/2026-12-03', '--out', 'notat.txt', '--lang', 'en'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('not an iCalendar file etat wrote');
    expect(await readFile(join(cwd, 'notat.txt'), 'utf8')).toBe('Mitt notat\n');
    const markdown = await runInProcess(['agenda', 'ics', 'direktorgruppen/2026-12-03', '--out', 'README.md'], { cwd });
    expect(markdown.code).toBe(2);
  });
});

describe('etat calendar', () => {
  const MEETINGS: AgendaFields[] = [
    { date: '2026-06-11', start: '10:00', end: '12:00' },
    { date: '2026-12-03', start: '10:00', end: '12:00', status: 'cancelled' },
    { date: '2026-09-16', forum: 'ledergruppen' },
  ];

  it('writes one VEVENT a meeting, with the UIDs agenda ics gives', async () => {
    const cwd = await gitRepoWith('2026-05-01T10:00:00+02:00', ...MEETINGS);
    const { calendar } = await ics(cwd, 'calendar');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Meetings');
    const all = events(calendar);
    expect(all.map((e) => e.uid)).toEqual([
      'direktorgruppen.2026-06-11@styring.example.no',
      'direktorgruppen.2026-12-03@styring.example.no',
      'ledergruppen.2026-09-16@styring.example.no',
    ]);
    expect(all.map((e) => e.startDate.toJSDate().toISOString())).toEqual(['2026-06-11T08:00:00.000Z', '2026-12-03T09:00:00.000Z', '2026-09-16T00:00:00.000Z']);
    expect(all.map((e) => e.component.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
    // One VTIMEZONE for all the timed events.
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    const { event } = await single(cwd, 'direktorgruppen/2026-12-03');
    expect(all[1]!.component.toString()).toBe(event.component.toString());
  });

  it('writes the meetings of one forum with --forum, and says which forum is meant by a misspelt one', async () => {
    const cwd = await gitRepoWith('2026-05-01T10:00:00+02:00', ...MEETINGS);
    const { calendar } = await ics(cwd, 'calendar', '--forum', 'ledergruppen');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Ledergruppen – meetings');
    expect(events(calendar).map((e) => e.uid)).toEqual(['ledergruppen.2026-09-16@styring.example.no']);
    const wrong = await runInProcess(['calendar', '--forum', 'ledergrupen'], { cwd });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('`ledergruppen`');
  });

  it('leaves out an agenda it cannot read, and says so', async () => {
    const cwd = await repoWith(...MEETINGS);
    await writeFile(join(cwd, path(MEETINGS[0]!)), '---\ntype: agenda\nitems: [\n---\n');
    const { calendar, stderr } = await ics(cwd, 'calendar');
    expect(events(calendar).map((e) => e.uid)).toEqual(['direktorgruppen.2026-12-03@styring.example.no', 'ledergruppen.2026-09-16@styring.example.no']);
    expect(stderr).toContain('`meetings/direktorgruppen/2026-06-11/agenda.md` is left out of the calendar');
  });
});
