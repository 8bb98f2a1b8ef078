import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULE_FIXTURES } from './helpers/fixtures.js';
import { makeRepo, runInProcess } from './helpers/repo.js';
import type { ActionsReport } from '../src/registers/actions.js';

/**
 * The action register on the `actions/overdue` fixture: five actions agreed on
 * 2026-09-10, followed up in the minutes of 2026-10-15. Worked out by hand:
 *   1.1 due 2026-10-01, never followed up             → overdue on 2026-11-24
 *   1.2 due 2026-10-01, `done: true` on 2026-10-15     → done, closed in 2026-10-15
 *   1.3 due 2026-10-01, new due 2026-11-01             → overdue (the new date has passed too)
 *   1.4 due 2026-10-01, new due 2027-01-01             → open
 *   1.5 recorded `done: true` in its own minutes       → done, closed in 2026-09-10
 */
async function fixtureFiles(): Promise<Record<string, string>> {
  const dir = join(RULE_FIXTURES, 'actions/overdue/fires');
  const files: Record<string, string> = { 'etat.yml': await readFile(join(RULE_FIXTURES, 'base/etat.yml'), 'utf8') };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) files[relative(dir, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}
const key = (n: number) => `direktorgruppen/2026-09-10#1.${n}`;
const TODAY = ['--today', '2026-11-24'];

async function actions(cwd: string, ...args: string[]): Promise<ActionsReport> {
  const ran = await runInProcess(['actions', '--format', 'json', ...TODAY, ...args], { cwd });
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  return JSON.parse(ran.stdout) as ActionsReport;
}

describe('etat actions', () => {
  it('resolves each action through the follow-ups of later minutes', async () => {
    const cwd = await makeRepo(await fixtureFiles());
    const report = await actions(cwd);
    expect(report.summary).toEqual({ open: 1, overdue: 2, done: 2 });
    expect(report.actions.map((a) => [a.key, a.state, a.due, a.closedIn])).toEqual([
      [key(1), 'overdue', '2026-10-01', null],
      [key(2), 'done', '2026-10-01', 'direktorgruppen/2026-10-15'],
      [key(3), 'overdue', '2026-11-01', null],
      [key(4), 'open', '2027-01-01', null],
      [key(5), 'done', '2026-10-01', 'direktorgruppen/2026-09-10'],
    ]);
    expect(report.actions[2]!.followUps).toEqual([{ meeting: 'direktorgruppen/2026-10-15', date: '2026-10-15', item: '2', done: null, due: '2026-11-01', note: null }]);
    expect(report.actions[0]).toMatchObject({ title: 'Status for budsjettarbeidet', what: 'Lage en budsjettoversikt', owner: 'bufdir' });
  });

  it('filters by state, owner and forum', async () => {
    const cwd = await makeRepo(await fixtureFiles());
    const keys = async (...args: string[]) => (await actions(cwd, ...args)).actions.map((a) => a.key);
    expect(await keys('--overdue')).toEqual([key(1), key(3)]);
    expect(await keys('--open')).toEqual([key(1), key(3), key(4)]);
    expect(await keys('--done')).toEqual([key(2), key(5)]);
    expect(await keys('--owner', 'udir')).toEqual([key(3)]);
    expect(await keys('--forum', 'ledergruppen')).toEqual([]);
    // On 2026-10-20 the first due date has passed, and the new one of 1.3 has not.
    expect((await actions(cwd, '--today', '2026-10-20', '--overdue')).actions.map((a) => a.key)).toEqual([key(1)]);
  });

  it('writes CSV a spreadsheet opens with æøå, one line an action', async () => {
    const cwd = await makeRepo(await fixtureFiles());
    const ran = await runInProcess(['actions', '--format', 'csv', ...TODAY], { cwd });
    expect(ran.stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = ran.stdout.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('Action,What,Owner,Due,State,Closed,Follow-ups');
    expect(lines[2]).toBe(`${key(2)},Sende oversikten til etatene,hdir,2026-10-01,done,direktorgruppen/2026-10-15,direktorgruppen/2026-10-15 done`);
  });

  it('says what it does not know, with the nearest name, and exits 2', async () => {
    const cwd = await makeRepo(await fixtureFiles());
    const forum = await runInProcess(['actions', '--forum', 'direktorgrupen'], { cwd });
    expect(forum.code).toBe(2);
    expect(forum.stderr).toContain('`direktorgruppen`');
    const owner = await runInProcess(['actions', '--owner', 'bufdr'], { cwd });
    expect(owner.code).toBe(2);
    expect(owner.stderr).toContain('Did you mean `bufdir`?');
  });

  it('minutes new pre-fills a follow-up of every open action, and status reads the resolved state', async () => {
    const files = await fixtureFiles();
    files['meetings/direktorgruppen/2026-12-03/agenda.md'] = files['meetings/direktorgruppen/2026-10-15/agenda.md']!.replace('date: 2026-10-15', 'date: 2026-12-03').replace(
      /items:\n[\s\S]*?---/,
      'items:\n  - { id: "1", title: Budsjett 2027, kind: inform, owner: bufdir }\n  - { id: "2", title: Status for oppfølgingspunkter, kind: inform, owner: hdir }\n---',
    );
    const cwd = await makeRepo(files);
    const status = JSON.parse((await runInProcess(['status', '--format', 'json', ...TODAY], { cwd })).stdout) as { fora: { actions: { what: string; due: string }[] }[] };
    expect(status.fora[0]!.actions.map((a) => [a.what, a.due])).not.toContainEqual(['Sende oversikten til etatene', '2026-10-01']);
    expect(status.fora[0]!.actions.map((a) => a.due)).toContain('2026-11-01');

    expect((await runInProcess(['minutes', 'new', 'direktorgruppen/2026-12-03'], { cwd })).code).toBe(0);
    const written = await readFile(join(cwd, 'meetings/direktorgruppen/2026-12-03/minutes.md'), 'utf8');
    const front = parseYaml(written.split(/^---$/m)[1]!) as { items: { id: string; follow_up?: unknown }[] };
    expect(front.items.find((i) => i.id === '1')!.follow_up).toBeUndefined();
    expect(front.items.find((i) => i.id === '2')!.follow_up).toEqual([key(1), key(3), key(4)].map((action) => ({ action, done: false })));
  });

  it('lists an action with no owner, and check reports it at its place, never a crash', async () => {
    const files = await fixtureFiles();
    files['meetings/direktorgruppen/2026-09-10/minutes.md'] = files['meetings/direktorgruppen/2026-09-10/minutes.md']!.replace(
      '{ what: Lage en budsjettoversikt, owner: bufdir, due: 2026-10-01 }',
      '{ what: Lage en budsjettoversikt, due: 2026-10-01 }',
    );
    const cwd = await makeRepo(files);
    const report = await actions(cwd);
    expect(report.actions[0]).toMatchObject({ key: key(1), owner: null, state: 'overdue' });
    const checked = await runInProcess(['check', '--format', 'json', ...TODAY], { cwd });
    const findings = (JSON.parse(checked.stdout) as { findings: { ruleId: string; file: string; line: number }[] }).findings;
    expect(findings.filter((f) => f.ruleId === 'schema/invalid').map((f) => [f.file, f.line])).toEqual([['meetings/direktorgruppen/2026-09-10/minutes.md', 13]]);
  });
});
