import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { parseMarkdownFile } from '../src/model/source.js';
import { commitAll } from './helpers/git.js';
import { CONFIG, makeRepo, runInProcess, snapshot, TEST_NOW } from './helpers/repo.js';

const CONFIG_WITH_DEADLINES = CONFIG.replace('    quorum: 2\n', '    quorum: 2\n    deadlines: { agenda_days: 7, papers_days: 5 }\n');
const read = (dir: string, path: string) => readFile(join(dir, path), 'utf8');
const dataOf = async (dir: string, path: string) => parseMarkdownFile(path, Buffer.from(await read(dir, path))).data as Record<string, unknown>;

/**
 * Run etat with a fake terminal on stdin and stdout, to answer its questions
 * as a person would: each `type` waits for the prompt to be drawn, then types.
 */
function onTerminal(argv: string[], cwd: string) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  let stdout = '';
  let stderr = '';
  const done = run({
    argv,
    cwd,
    stdin,
    stdout: Object.assign(new PassThrough(), { isTTY: true, columns: 200, rows: 24, write: (text: string) => ((stdout += text), true) }),
    stderr: { write: (text: string) => ((stderr += text), true) },
    env: { NO_COLOR: '1' },
    now: TEST_NOW,
  });
  return {
    done,
    type: async (keys: string) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      stdin.write(keys);
    },
    output: () => stdout,
    errors: () => stderr,
  };
}

describe('etat agenda new', () => {
  it('asks for nothing without a terminal: a missing --forum is a usage error', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    expect(await runInProcess(['agenda', 'new', '--date', '2026-12-03', '--lang', 'en'], { cwd })).toMatchObject({
      code: 2,
      stderr: '`--forum` is required (there is no terminal to ask on).\n',
    });
  });

  it('asks for the forum, date and purpose on a terminal', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    const terminal = onTerminal(['agenda', 'new', '--lang', 'en'], cwd);
    // Answer as a person would: Enter picks the forum, then type the date and the purpose.
    await terminal.type('\r');
    await terminal.type('2026-12-03\r');
    await terminal.type('Beslutte modell\r');
    expect(await terminal.done).toBe(0);
    expect(terminal.output()).toContain('Which forum meets?');
    expect(await dataOf(cwd, 'meetings/direktorgruppen/2026-12-03/agenda.md')).toMatchObject({ forum: 'direktorgruppen', date: '2026-12-03', purpose: 'Beslutte modell' });
  });

  it.each([
    ['nb', '↑/↓ for å flytte, Enter for å velge', 'Skriv datoen som ÅÅÅÅ-MM-DD', 'en saksliste må ha et formål', '«TBD» er en plassholder, ikke et formål'],
    ['nn', '↑/↓ for å flytte, Enter for å velje', 'Skriv datoen som ÅÅÅÅ-MM-DD', 'ei sakliste må ha eit føremål', '«TBD» er ein plasshaldar, ikkje eit føremål'],
  ])('asks in %s, and takes no empty or placeholder purpose', async (lang, chooseHint, badDate, noPurpose, placeholder) => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    const terminal = onTerminal(['agenda', 'new', '--lang', lang, '--today', '2026-11-24'], cwd);
    await terminal.type('\r');
    await terminal.type('03.12.2026\r');
    await terminal.type('\x7f'.repeat(10) + '2026-12-03\r');
    await terminal.type('\r');
    await terminal.type('TBD\r');
    await terminal.type('\x7f'.repeat(3) + 'Beslutte modell\r');
    expect(await terminal.done).toBe(0);
    const shown = terminal.output();
    for (const words of [chooseHint, badDate, noPurpose, placeholder]) expect(shown).toContain(words);
    // None of the prompt library's English.
    expect(shown).not.toMatch(/navigate|confirm|YYYY/);
    expect(await dataOf(cwd, 'meetings/direktorgruppen/2026-12-03/agenda.md')).toMatchObject({ purpose: 'Beslutte modell' });
  });

  it('asks before writing the agenda of a meeting in the past, and writes nothing when told no', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    const argv = ['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-11-20', '--purpose', 'Beslutte', '--today', '2026-11-24', '--lang', 'nb'];
    const no = onTerminal(argv, cwd);
    await no.type('\r'); // No is the default
    expect(await no.done).toBe(2);
    expect(no.output()).toContain('2026-11-20 var for 4 dager siden. Skrive sakslisten til et møte som er holdt?');
    expect(no.output()).toMatch(/Ja.*\/.*Nei/);
    expect(Object.keys(await snapshot(cwd))).toEqual(['etat.yml']);
    const yes = onTerminal(argv, cwd);
    await yes.type('y');
    expect(await yes.done).toBe(0);
    expect(await dataOf(cwd, 'meetings/direktorgruppen/2026-11-20/agenda.md')).toMatchObject({ date: '2026-11-20' });
  });

  it('says so without a terminal when the meeting is in the past', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG_WITH_DEADLINES });
    const result = await runInProcess(['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-11-23', '--today', '2026-11-24', '--lang', 'en'], { cwd });
    expect(result).toExitWith(0);
    expect(result.stderr).toBe(
      '2026-11-23 was yesterday: this is the agenda of a meeting that has been held. If you meant another date, delete `meetings/direktorgruppen/2026-11-23/agenda.md` and run again with the right `--date`.\n',
    );
    // The deadlines of a meeting that has been held are not news.
    expect(result.stdout).not.toContain('has passed');
    const today = await runInProcess(['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-11-24', '--today', '2026-11-24', '--lang', 'en'], { cwd });
    expect(today.stderr).toBe('');
    // A notice deadline that has passed is about the invitation, not about papers.
    expect(today.stdout).toContain(
      'The invitation must be sent by 2026-11-17 (7 days before the meeting).\n  That deadline (2026-11-17) has passed: send the invitation as soon as the agenda is ready',
    );
  });

  it('refuses a second meeting the same day unless asked for with --same-day, and never overwrites without --force', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG_WITH_DEADLINES });
    const args = ['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--today', '2026-11-24', '--lang', 'en'];
    expect((await runInProcess(args, { cwd })).stdout).toContain('The invitation must be sent by 2026-11-26 (7 days before the meeting).');
    const first = await read(cwd, 'meetings/direktorgruppen/2026-12-03/agenda.md');
    const again = await runInProcess(args, { cwd });
    expect(again).toExitWith(2);
    expect(again.stderr).toBe(
      'Direktørgruppen has a meeting on 2026-12-03 already (`meetings/direktorgruppen/2026-12-03/agenda.md`). To plan a second meeting that day, run again with `--same-day` (it goes in `2026-12-03-2`); to write this agenda anew, with `--force` (it replaces the one there).\n',
    );
    expect(Object.keys(await snapshot(cwd)).sort()).toEqual([join('.etat', 'schemas', 'agenda.schema.json'), 'etat.yml', join('meetings', 'direktorgruppen', '2026-12-03', 'agenda.md')]);
    const second = await runInProcess([...args, '--same-day'], { cwd });
    expect(second).toExitWith(0);
    expect(second.stdout).toContain('Wrote meetings/direktorgruppen/2026-12-03-2/agenda.md');
    expect(second.stdout).toContain('this meeting is `2026-12-03-2`');
    expect((await runInProcess([...args, '--same-day'], { cwd })).stdout).toContain('Wrote meetings/direktorgruppen/2026-12-03-3/agenda.md');
    expect(await read(cwd, 'meetings/direktorgruppen/2026-12-03/agenda.md')).toBe(first);
    expect(await runInProcess([...args, '--force', '--purpose', 'Ny'], { cwd })).toExitWith(0);
    expect(await dataOf(cwd, 'meetings/direktorgruppen/2026-12-03/agenda.md')).toMatchObject({ purpose: 'Ny' });
    const both = await runInProcess([...args, '--force', '--same-day'], { cwd });
    expect(both).toExitWith(2);
    expect(both.stderr).toBe('`--same-day` cannot be used together with `--force`: choose one.\n');
  });

  it('asks on a terminal before planning a second meeting the same day', async () => {
    const cwd = await makeRepo({
      'etat.yml': CONFIG,
      'meetings/direktorgruppen/2026-12-03/agenda.md': '---\ntype: agenda\nforum: direktorgruppen\ndate: 2026-12-03\npurpose: P\nitems: []\n---\n',
    });
    const argv = ['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--purpose', 'Beslutte', '--today', '2026-11-24', '--lang', 'nn'];
    const no = onTerminal(argv, cwd);
    await no.type('n');
    expect(await no.done).toBe(2);
    expect(no.output()).toContain('Direktørgruppen har alt eit møte 2026-12-03. Planleggje eit møte nummer to same dag (2026-12-03-2)?');
    expect(no.errors()).toContain('`--same-day`');
    const yes = onTerminal(argv, cwd);
    await yes.type('y');
    expect(await yes.done).toBe(0);
    expect(yes.output()).toContain('Skreiv meetings/direktorgruppen/2026-12-03-2/agenda.md');
  });

  it('refuses an unknown forum, a bad date or time, and an unknown chair', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    const base = ['agenda', 'new', '--lang', 'en'];
    expect((await runInProcess([...base, '--forum', 'direktorgrupen', '--date', '2026-12-03'], { cwd })).stderr).toContain('There is no forum `direktorgrupen`');
    expect((await runInProcess([...base, '--forum', 'direktorgruppen', '--date', '2026-13-03'], { cwd })).stderr).toContain('is not a date');
    expect((await runInProcess([...base, '--forum', 'direktorgruppen', '--date', '2026-12-03', '--start', '25:00'], { cwd })).stderr).toContain('is not a time');
    expect((await runInProcess([...base, '--forum', 'direktorgruppen', '--date', '2026-12-03', '--chair', 'nobody'], { cwd }))).toExitWith(2);
  });
});

describe('templates and values cannot run code or break YAML', () => {
  const tricky = 'Mål: "bedre" samordning #1 {{purpose}} {{#items}}x{{/items}} ---';

  it('a purpose with YAML-special characters and {{ tricks reads back exactly', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    expect((await runInProcess(['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--purpose', tricky, '--lang', 'nb'], { cwd }))).toExitWith(0);
    const path = 'meetings/direktorgruppen/2026-12-03/agenda.md';
    expect((await dataOf(cwd, path)).purpose).toBe(tricky);
    // Values are never read as template text: the braces are in the body as typed.
    expect(await read(cwd, path)).toContain(`**Formål:** ${tricky}`);
    const check = await runInProcess(['check', '--format', 'json'], { cwd });
    // Only the notice that this folder is not in git.
    expect(JSON.parse(check.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['git/history-unavailable']);
  });

  it.each([
    ['a field etat does not provide', 'Hei {{constructor}}', /templates\/agenda\.md:1:5: .*`\{\{constructor\}\}`.*not a field/],
    ['a path into a prototype', '{{#items}}{{title.constructor.name}}{{/items}}', /`\{\{title\.constructor\.name\}\}`/],
    ['an included file', 'Hei\n{{> ../../etat.yml}}', /templates\/agenda\.md:2:1: templates cannot include other files/],
    ['broken syntax', '{{#items}} open', /the template cannot be read/],
  ])('a repository template with %s is refused with its place', async (_name, template, message) => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, 'templates/agenda.md': template });
    const result = await runInProcess(['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--lang', 'en'], { cwd });
    expect(result).toExitWith(2);
    expect(result.stderr).toMatch(message);
  });

  it('a repository template is used, with the fields it names', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, 'templates/agenda.md': '# {{forum.name}} {{date}}\n\n{{purpose}}\n' });
    await runInProcess(['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--purpose', '<b>&amp;</b>'], { cwd });
    expect(await read(cwd, 'meetings/direktorgruppen/2026-12-03/agenda.md')).toMatch(/---\n# Direktørgruppen 2026-12-03\n\n<b>&amp;<\/b>\n$/);
  });
});

describe('etat paper new', () => {
  /** An agenda as people write it: comments, their own key order, flow lists, quoting, CRLF-free Markdown below. */
  const AGENDA = `---
# Saksliste – direktørgruppen
date: 2026-12-03   # torsdag
type: agenda
forum: direktorgruppen
purpose: 'Beslutte: modell'
status: draft
items:
  - kind: decide          # til beslutning
    id: 1
    title: Strategisk prosjektstyring
    owner: bufdir
    papers: [papers/01-eksisterende.md]
    proposal: >-
      Direktørgruppen slutter seg
      til modellen.
  - { id: "2", title: "Kunnskapsgrunnlag: 0–24", kind: decide, owner: hdir, proposal: Hdir leder. }
---
Velkommen.

## Sak 1
`;

  it('changes only the list it adds to: every other byte of the agenda is unchanged', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, 'meetings/direktorgruppen/2026-12-03/agenda.md': AGENDA });
    const path = 'meetings/direktorgruppen/2026-12-03/agenda.md';
    expect((await runInProcess(['paper', 'new', 'direktorgruppen/2026-12-03', '1', '--title', 'Vedlegg: økonomi'], { cwd }))).toExitWith(0);
    let after = await read(cwd, path);
    const firstInsert = ', papers/01-vedlegg-okonomi.md';
    expect(after).toBe(AGENDA.replace('[papers/01-eksisterende.md]', `[papers/01-eksisterende.md${firstInsert}]`));

    expect((await runInProcess(['paper', 'new', 'direktorgruppen/2026-12-03', '2', '--lang', 'nb'], { cwd }))).toExitWith(0);
    after = await read(cwd, path);
    expect(after).toBe(
      AGENDA.replace('[papers/01-eksisterende.md]', `[papers/01-eksisterende.md${firstInsert}]`).replace(
        'proposal: Hdir leder. }',
        'proposal: Hdir leder., papers: [papers/02-kunnskapsgrunnlag-0-24.md] }',
      ),
    );
    const paper = await read(cwd, 'meetings/direktorgruppen/2026-12-03/papers/02-kunnskapsgrunnlag-0-24.md');
    expect(paper).toContain('# Kunnskapsgrunnlag: 0–24');
    expect(paper).toContain('## Forslag til vedtak\n\nHdir leder.\n');
  });

  it('refuses to overwrite a paper, an unknown item, and a meeting id that would leave the repository', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, 'meetings/direktorgruppen/2026-12-03/agenda.md': AGENDA });
    await runInProcess(['paper', 'new', 'direktorgruppen/2026-12-03', '2'], { cwd });
    const again = await runInProcess(['paper', 'new', 'direktorgruppen/2026-12-03', '2', '--lang', 'en'], { cwd });
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining('exists already and was left as it is') });
    expect((await runInProcess(['paper', 'new', 'direktorgruppen/2026-12-03', '9', '--lang', 'en'], { cwd })).stderr).toContain('has no item `9` (its items: `1`, `2`)');
    for (const id of ['../../../etc/2026-12-03', 'direktorgruppen/../../x', '/etc/passwd']) {
      expect((await runInProcess(['paper', 'new', id, '1', '--lang', 'en'], { cwd })).stderr).toContain('is not a meeting');
    }
  });
});

describe('etat agenda send', () => {
  const agenda = (items: string) => `---\ntype: agenda\nforum: direktorgruppen\ndate: 2026-12-03\npurpose: Beslutte\nstatus: draft\nitems:\n${items}---\n`;

  it('with --force sends despite errors and records which rules it overrode', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, 'meetings/direktorgruppen/2026-12-03/agenda.md': agenda('  - { id: "1", title: Sak, kind: decide }\n') });
    const result = await runInProcess(['agenda', 'send', 'direktorgruppen/2026-12-03', '--force', '--lang', 'en'], { cwd });
    expect(result).toExitWith(0);
    expect(result.stderr).toContain('Sent despite 2 errors');
    expect(await dataOf(cwd, 'meetings/direktorgruppen/2026-12-03/agenda.md')).toMatchObject({
      status: 'sent',
      sent_despite: ['agenda/decide-without-papers', 'agenda/decide-without-proposal'],
    });
    // The record is part of the format: the schema accepts it.
    expect(JSON.parse((await runInProcess(['check', '--format', 'json'], { cwd })).stdout).findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('schema/invalid');
  });

  it('ends by saying to commit and push the agenda, with the command, in git only', async () => {
    const files = { 'etat.yml': CONFIG, 'meetings/direktorgruppen/2026-12-03/agenda.md': agenda('  - { id: "1", title: Orientering, kind: inform, owner: udir }\n') };
    const cwd = await makeRepo(files);
    await execa('git', ['init', '--quiet', '-b', 'main'], { cwd });
    await commitAll(cwd, 'Saksliste', '2026-11-20T10:00:00+01:00');
    const sent = await runInProcess(['agenda', 'send', 'direktorgruppen/2026-12-03', '--today', '2026-11-24', '--lang', 'en'], { cwd });
    expect(sent).toExitWith(0);
    expect(sent.stderr).toMatch(
      /\nCommit and push the agenda: the invitation counts as sent from the commit that records `status: sent` \(`agenda\/late-notice` reads it from git\):\n {2}git add meetings\/direktorgruppen\/2026-12-03\/agenda\.md && git commit -m "Send the invitation to direktorgruppen\/2026-12-03" && git push\n$/,
    );
    const outside = await makeRepo(files);
    const plain = await runInProcess(['agenda', 'send', 'direktorgruppen/2026-12-03', '--today', '2026-11-24', '--lang', 'en'], { cwd: outside });
    expect(plain).toExitWith(0);
    expect(plain.stderr).not.toContain('commit');
  });

  it('prints the invitation as plain text, grouped by kind', async () => {
    const cwd = await makeRepo({
      'etat.yml': CONFIG,
      'meetings/direktorgruppen/2026-12-03/agenda.md': agenda('  - { id: "1", title: Orientering, kind: inform, owner: udir }\n  - { id: "2", title: Drøfting, kind: discuss }\n'),
    });
    const result = await runInProcess(['agenda', 'send', 'direktorgruppen/2026-12-03', '--format', 'text', '--lang', 'nb'], { cwd });
    expect(result.stdout).toMatch(/^Møteinnkalling: Direktørgruppen, torsdag 3\. desember 2026\n=+\n\nFormål: Beslutte\n\nOrienteringssaker\n-+\n\nSak 1: Orientering\nAnsvarlig: Udir\n\nDrøftingssaker\n-+\n\nSak 2: Drøfting\n$/);
  });
});

describe('etat minutes new and approve', () => {
  it('refuses to overwrite minutes, and to approve before there are any', async () => {
    const cwd = await makeRepo({
      'etat.yml': CONFIG,
      'meetings/direktorgruppen/2026-12-03/agenda.md': '---\ntype: agenda\nforum: direktorgruppen\ndate: 2026-12-03\npurpose: P\nitems: []\n---\n',
    });
    const approve = await runInProcess(['minutes', 'approve', 'direktorgruppen/2026-12-03', '--at', 'direktorgruppen/2026-12-03', '--lang', 'en'], { cwd });
    expect(approve.stderr).toContain('has no minutes yet');
    expect((await runInProcess(['minutes', 'new', 'direktorgruppen/2026-12-03'], { cwd }))).toExitWith(0);
    expect((await runInProcess(['minutes', 'new', 'direktorgruppen/2026-12-03'], { cwd }))).toExitWith(2);
    expect((await runInProcess(['minutes', 'approve', 'direktorgruppen/2026-12-03', '--at', 'direktorgruppen/2027-01-01', '--lang', 'en'], { cwd })).stderr).toContain(
      '`direktorgruppen/2027-01-01` cannot have approved these minutes: there is no such meeting in the repository.',
    );
    expect((await runInProcess(['minutes', 'approve', 'direktorgruppen/2026-12-03', '--lang', 'en'], { cwd })).stderr).toContain(
      'No later meeting of the forum has an item that approves the minutes of `direktorgruppen/2026-12-03`.',
    );
  });
});

describe('etat minutes new: the outcomes to choose from', () => {
  it('lists every outcome, rejected too, and shows how to record a vote, in a comment over the items', async () => {
    const cwd = await makeRepo({
      'etat.yml': CONFIG,
      'meetings/direktorgruppen/2026-12-03/agenda.md':
        '---\ntype: agenda\nforum: direktorgruppen\ndate: 2026-12-03\npurpose: P\nitems:\n  - { id: "1", title: Budsjett, kind: decide, owner: bufdir, proposal: Budsjettet vedtas. }\n---\n',
    });
    expect(await runInProcess(['minutes', 'new', 'direktorgruppen/2026-12-03', '--lang', 'nb'], { cwd })).toExitWith(0);
    const text = await readFile(join(cwd, 'meetings/direktorgruppen/2026-12-03/minutes.md'), 'utf8');
    expect(text).toContain('items:\n  # outcome: decided | rejected | discussed | noted | deferred | referred | withdrawn\n  # votes: { for: 9, against: 3, abstain: 1 }   # der forumet stemte over saken\n  - id: "1"\n');
  });
});

describe('etat minutes approve: only an approval that can have happened', () => {
  const agenda = (forum: string, date: string, items: string, status = 'sent') =>
    `---\ntype: agenda\nforum: ${forum}\ndate: ${date}\npurpose: Orientere\nstatus: ${status}\nitems:\n${items}---\n`;
  const inform = '  - { id: "1", title: Status, kind: inform, owner: bufdir }\n';
  const approves = (meeting: string, id = '1') => `  - { id: "${id}", title: Godkjenning av referat, kind: decide, approves: ${meeting} }\n`;
  const minutes = (date: string, items = '  - { id: "1", outcome: noted }\n', forum = 'direktorgruppen') =>
    `---\ntype: minutes\nforum: ${forum}\ndate: ${date}\nstatus: draft\npresent: [bufdir, hdir, udir]\nitems:\n${items}---\n`;
  const M = 'meetings/direktorgruppen';
  const files = {
    'etat.yml': CONFIG.replace('fora:\n', 'fora:\n  ledergruppen: { name: Ledergruppen, members: [bufdir, hdir] }\n'),
    [`${M}/2026-10-01/agenda.md`]: agenda('direktorgruppen', '2026-10-01', inform),
    [`${M}/2026-10-01/minutes.md`]: minutes('2026-10-01'),
    [`${M}/2026-10-15/agenda.md`]: agenda('direktorgruppen', '2026-10-15', inform),
    [`${M}/2026-10-29/agenda.md`]: agenda('direktorgruppen', '2026-10-29', approves('direktorgruppen/2026-10-01'), 'cancelled'),
    [`${M}/2026-11-12/agenda.md`]: agenda('direktorgruppen', '2026-11-12', approves('direktorgruppen/2026-10-01')),
    [`${M}/2026-12-10/agenda.md`]: agenda('direktorgruppen', '2026-12-10', approves('direktorgruppen/2026-10-01'), 'draft'),
    'meetings/ledergruppen/2026-10-08/agenda.md': agenda('ledergruppen', '2026-10-08', approves('direktorgruppen/2026-10-01')),
  };
  const approve = async (cwd: string, ...args: string[]) => runInProcess(['minutes', 'approve', 'direktorgruppen/2026-10-01', '--lang', 'en', ...args], { cwd });

  it.each([
    ['a meeting of another forum', 'ledergruppen/2026-10-08', 'it is a meeting of another forum'],
    ['the meeting itself', 'direktorgruppen/2026-10-01', 'it is not a later meeting'],
    ['a meeting with no item that approves them', 'direktorgruppen/2026-10-15', 'its agenda has no item that approves them'],
    ['a cancelled meeting', 'direktorgruppen/2026-10-29', 'that meeting was cancelled'],
    ['a meeting not yet held', 'direktorgruppen/2026-12-10', 'that meeting has not been held yet'],
  ])('refuses %s, and leaves the minutes as they are', async (_name, at, words) => {
    const cwd = await makeRepo(files);
    const before = await snapshot(cwd);
    const ran = await approve(cwd, '--at', at, '--today', '2026-11-24');
    expect(ran).toExitWith(2);
    expect(ran.stderr).toContain(`Refused: \`${at}\` cannot have approved these minutes: ${words}`);
    expect(await snapshot(cwd)).toEqual(before);
  });

  it('without --at, finds the held meeting whose agenda approves them', async () => {
    const cwd = await makeRepo(files);
    const ran = await approve(cwd, '--today', '2026-11-24');
    expect(ran).toExitWith(0);
    expect(await dataOf(cwd, `${M}/2026-10-01/minutes.md`)).toMatchObject({ status: 'approved', approved_at: 'direktorgruppen/2026-11-12' });
  });

  it('without --at, asks which when two held meetings put the approval, unless the minutes of one record it decided', async () => {
    const twice = { ...files, [`${M}/2026-12-10/agenda.md`]: agenda('direktorgruppen', '2026-12-10', approves('direktorgruppen/2026-10-01')) };
    const ambiguous = await approve(await makeRepo(twice), '--today', '2026-12-11');
    expect(ambiguous).toExitWith(2);
    expect(ambiguous.stderr).toContain('Several meetings have an item that approves the minutes of `direktorgruppen/2026-10-01`: `direktorgruppen/2026-11-12`, `direktorgruppen/2026-12-10`.');
    // The approval was deferred on 12 November and decided on 10 December.
    const cwd = await makeRepo({
      ...twice,
      [`${M}/2026-11-12/minutes.md`]: minutes('2026-11-12', '  - { id: "1", outcome: deferred }\n'),
      [`${M}/2026-12-10/minutes.md`]: minutes('2026-12-10', '  - { id: "1", outcome: decided, decision: Referatet godkjennes., consensus: true }\n'),
    });
    expect(await approve(cwd, '--today', '2026-12-11')).toExitWith(0);
    expect(await dataOf(cwd, `${M}/2026-10-01/minutes.md`)).toMatchObject({ approved_at: 'direktorgruppen/2026-12-10' });
  });

  it('never writes minutes over approved ones, not even with --force, and says how to correct them', async () => {
    const cwd = await makeRepo({ ...files, [`${M}/2026-10-01/minutes.md`]: minutes('2026-10-01').replace('status: draft', 'status: approved\napproved_at: direktorgruppen/2026-11-12') });
    const before = await snapshot(cwd);
    const ran = await runInProcess(['minutes', 'new', 'direktorgruppen/2026-10-01', '--force', '--lang', 'en'], { cwd });
    expect(ran).toExitWith(2);
    expect(ran.stderr).toContain('approved minutes are never overwritten, not even with `--force`');
    expect(ran.stderr).toContain('`corrects: direktorgruppen/2026-10-01#<item>`');
    expect(await snapshot(cwd)).toEqual(before);
  });
});

describe('etat init', () => {
  it('writes the templates when asked, in the chosen language, and leaves an existing git repository alone', async () => {
    const cwd = await makeRepo({});
    const first = await runInProcess(['init', 'styring', '--templates', '--lang', 'nn'], { cwd });
    expect(first).toExitWith(0);
    expect(first.stdout).toContain('Oppretta eit git-repositorium');
    expect(await read(cwd, 'styring/templates/paper.md')).toContain('## Framlegg til vedtak');
    expect(await read(cwd, 'styring/etat.yml')).toMatch(/^# yaml-language-server: \$schema=.*etat\.schema\.json\n# Oppsettet .*\n\nlanguage: nn\n/);
    const again = await runInProcess(['init', 'styring', '--force', '--lang', 'nn'], { cwd });
    expect(again.stdout).not.toContain('git-repositorium');
  });
});

describe('standing items: fora.<id>.standing_items and approves: agenda', () => {
  const M = 'meetings/direktorgruppen';
  const config = (standing: string) => CONFIG.replace('    quorum: 2\n', `    quorum: 2\n    standing_items: ${standing}\n`);
  /** The forum's last meeting, whose minutes are still a draft: there are minutes to approve. */
  const LAST = {
    [`${M}/2026-10-29/agenda.md`]: '---\ntype: agenda\nforum: direktorgruppen\ndate: 2026-10-29\npurpose: Orientere\nstatus: sent\nitems:\n  - { id: "1", title: Status, kind: inform, owner: bufdir }\n---\n',
    [`${M}/2026-10-29/minutes.md`]: '---\ntype: minutes\nforum: direktorgruppen\ndate: 2026-10-29\nstatus: draft\npresent: [bufdir, hdir, udir]\nabsent: []\nitems:\n  - { id: "1", outcome: noted }\n---\n',
  };
  const AGENDA_PATH = `${M}/2026-12-03/agenda.md`;
  const etat = (cwd: string, lang: string, ...args: string[]) => runInProcess([...args, '--lang', lang], { cwd });
  const agendaNew = (cwd: string, lang: string) =>
    etat(cwd, lang, 'agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--purpose', 'Beslutte modell', '--today', '2026-11-24');
  const itemsOf = async (cwd: string) => ((await dataOf(cwd, AGENDA_PATH)).items as { title: string; approves?: string }[]).map((item) => [item.approves, item.title]);

  it.each([
    ['nb', 'Sak', 'Godkjenning av innkalling og saksliste', 'Godkjenning av referat fra møtet 2026-10-29', 'denne innkallingen og sakslisten', 'Innkalling og saksliste ble godkjent.'],
    ['nn', 'Sak', 'Godkjenning av innkalling og sakliste', 'Godkjenning av referat frå møtet 2026-10-29', 'denne innkallinga og saklista', 'Innkalling og sakliste vart godkjent.'],
    ['en', 'Item', 'Approval of the invitation and agenda', 'Approval of the minutes of the meeting on 2026-10-29', 'this invitation and agenda', 'The invitation and agenda were approved.'],
  ])('in %s: agenda new opens with them, agenda send shows them, minutes new records them', async (lang, item, agendaTitle, minutesTitle, paper, decision) => {
    const cwd = await makeRepo({ 'etat.yml': config('[agenda, minutes]'), ...LAST });
    expect(await agendaNew(cwd, lang)).toExitWith(0);
    expect((await dataOf(cwd, AGENDA_PATH)).items).toEqual([
      { id: '1', title: agendaTitle, kind: 'decide', approves: 'agenda' },
      { id: '2', title: minutesTitle, kind: 'decide', approves: 'direktorgruppen/2026-10-29' },
    ]);
    expect(await read(cwd, AGENDA_PATH)).toContain(`## ${item} 1: ${agendaTitle}\n`);

    // Neither approval needs a paper or a proposal, so the invitation goes out without --force.
    const sent = await etat(cwd, lang, 'agenda', 'send', 'direktorgruppen/2026-12-03', '--today', '2026-11-24');
    expect(sent).toExitWith(0);
    expect(sent.stdout).toContain(`### ${item} 1: ${agendaTitle}\n- **${lang === 'en' ? 'Papers' : lang === 'nb' ? 'Saksfremlegg' : 'Saksframlegg'}:** ${paper}\n`);

    expect(await etat(cwd, lang, 'minutes', 'new', 'direktorgruppen/2026-12-03')).toExitWith(0);
    expect((await dataOf(cwd, `${M}/2026-12-03/minutes.md`)).items).toMatchObject([{ id: '1', decision }, { id: '2' }]);
  });

  it('in the order etat.yml gives; the minutes only when there are minutes to approve; none with []', async () => {
    const approvals = async (standing: string | undefined, files: Record<string, string> = LAST) => {
      const cwd = await makeRepo({ 'etat.yml': standing === undefined ? CONFIG : config(standing), ...files });
      expect(await agendaNew(cwd, 'en')).toExitWith(0);
      return itemsOf(cwd);
    };
    const agenda = ['agenda', 'Approval of the invitation and agenda'];
    const minutes = ['direktorgruppen/2026-10-29', 'Approval of the minutes of the meeting on 2026-10-29'];
    expect(await approvals('[minutes, agenda]')).toEqual([minutes, agenda]);
    expect(await approvals('[agenda]')).toEqual([agenda]);
    expect(await approvals('[]')).toEqual([]);
    // Unset: as before the key existed, the approval of the last minutes.
    expect(await approvals(undefined)).toEqual([minutes]);
    // The first meeting of a forum has no minutes to approve, only its own agenda.
    expect(await approvals('[agenda, minutes]', {})).toEqual([agenda]);
  });

  it('a repository template tells the approval of the agenda (approvesAgenda) from that of minutes (approves)', async () => {
    const template = '{{#items}}{{id}}:{{#approvesAgenda}} the agenda{{/approvesAgenda}}{{#approves}} the minutes of {{approves}}{{/approves}}\n{{/items}}';
    const cwd = await makeRepo({ 'etat.yml': config('[agenda, minutes]'), 'templates/agenda.md': template, ...LAST });
    expect(await agendaNew(cwd, 'en')).toExitWith(0);
    expect(await read(cwd, AGENDA_PATH)).toMatch(/---\n1: the agenda\n2: the minutes of direktorgruppen\/2026-10-29\n$/);
  });

  it('etat init shows the key in its example forum, which opens as most Norwegian bodies do', async () => {
    const cwd = await makeRepo({});
    expect(await etat(cwd, 'en', 'init', 'styring')).toExitWith(0);
    const written = await read(cwd, 'styring/etat.yml');
    expect(written).toContain('\n#     standing_items: [ agenda, minutes ]\n');
    // Taking `# ` away from the examples, as the comment says, gives a forum whose agendas open with the approval of the agenda.
    await writeFile(join(cwd, 'styring/etat.yml'), written.replace(/^# {3}/gm, '  '));
    expect(await etat(join(cwd, 'styring'), 'en', 'agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--today', '2026-11-24')).toExitWith(0);
    expect((await dataOf(join(cwd, 'styring'), AGENDA_PATH)).items).toEqual([{ id: '1', title: 'Approval of the invitation and agenda', kind: 'decide', approves: 'agenda' }]);
  });

  it('status and decisions diff read a meeting that approved its agenda', async () => {
    const cwd = await makeRepo({ 'etat.yml': config('[agenda, minutes]'), ...LAST });
    await agendaNew(cwd, 'en');
    const status = await etat(cwd, 'en', 'status', '--format', 'json', '--today', '2026-11-24');
    expect(status).toExitWith(0);
    const forum = (JSON.parse(status.stdout) as { fora: { upcoming: unknown[]; awaitingApproval: unknown[] }[] }).fora[0]!;
    // The approval of the agenda lacks no paper or proposal, and approves no minutes.
    expect(forum.upcoming).toMatchObject([{ meeting: 'direktorgruppen/2026-12-03', missing: [] }]);
    expect(forum.awaitingApproval).toMatchObject([{ meeting: 'direktorgruppen/2026-10-29', approveAt: 'direktorgruppen/2026-12-03', onAgenda: true }]);

    // The meeting is held; the agenda was approved as sent, and the register has the decision.
    await etat(cwd, 'en', 'minutes', 'new', 'direktorgruppen/2026-12-03');
    const minutesPath = join(cwd, M, '2026-12-03', 'minutes.md');
    const recorded = (await readFile(minutesPath, 'utf8')).replace(/decision: (.*)\n/g, 'outcome: decided\n    decision: $1\n    consensus: true\n');
    await writeFile(minutesPath, recorded);
    // minutes approve finds the item that approved the last minutes, not the one that approved the agenda.
    expect(await etat(cwd, 'en', 'minutes', 'approve', 'direktorgruppen/2026-10-29', '--today', '2026-12-04')).toExitWith(0);
    expect(await dataOf(cwd, `${M}/2026-10-29/minutes.md`)).toMatchObject({ status: 'approved', approved_at: 'direktorgruppen/2026-12-03' });
    expect(JSON.parse((await etat(cwd, 'en', 'check', '--format', 'json', '--today', '2026-12-04')).stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'git/history-unavailable',
    ]);
    await execa('git', ['init', '--quiet', '-b', 'main'], { cwd });
    await commitAll(cwd, 'Møtet 2026-12-03', '2026-12-04T10:00:00+01:00');
    // Approved with a change to the agenda: the decision says so, and the diff shows it.
    await writeFile(minutesPath, recorded.replace('The invitation and agenda were approved.', 'The invitation and agenda were approved, with item 3 added.'));
    const diff = await etat(cwd, 'en', 'decisions', 'diff');
    expect(diff).toExitWith(0);
    expect(diff.stdout).toContain('~ Direktørgruppen 2026-12-03, item 1: Approval of the invitation and agenda');
    expect(diff.stdout).toContain('{+, with item 3 added+}');
  });
});
