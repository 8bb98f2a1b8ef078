import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { clockEnv } from './helpers/git.js';
import { AGENDA, CONFIG, makeRepo, runInProcess } from './helpers/repo.js';

const BIN = fileURLToPath(new URL('../bin/etat.js', import.meta.url));
const SHIM = new URL('./helpers/shifted-clock.mjs', import.meta.url).href;
const REPO = { 'etat.yml': CONFIG, 'meetings/direktorgruppen/2026-03-12/agenda.md': AGENDA };

/** What `etat status` takes to be today, which it reports in its JSON. */
const todayIn = (stdout: string) => (JSON.parse(stdout) as { today: string }).today;

describe('the clock', () => {
  it("gives every command the run's moment: today is its date in Norway, not the system's", async () => {
    const cwd = await makeRepo(REPO);
    // 22:30 UTC on 5 May is 00:30 on 6 May in Oslo (summer time).
    const late = await runInProcess(['status', '--format', 'json'], { cwd, now: new Date('2031-05-05T22:30:00Z') });
    expect(todayIn(late.stdout)).toBe('2031-05-06');
    const given = await runInProcess(['status', '--format', 'json', '--today', '2029-02-01'], { cwd, now: new Date('2031-05-05T22:30:00Z') });
    expect(todayIn(given.stdout)).toBe('2029-02-01');
  });

  it("counts today in the repository's timezone from etat.yml", async () => {
    // 22:30 UTC on 5 May: still 5 May in New York, already 6 May in Oslo (the default).
    const now = new Date('2031-05-05T22:30:00Z');
    const cwd = await makeRepo({ ...REPO, 'etat.yml': `timezone: America/New_York\n${CONFIG}` });
    expect(todayIn((await runInProcess(['status', '--format', 'json'], { cwd, now })).stdout)).toBe('2031-05-05');
    const utc = await makeRepo({ ...REPO, 'etat.yml': `timezone: UTC\n${CONFIG}` });
    expect(todayIn((await runInProcess(['status', '--format', 'json'], { cwd: utc, now })).stdout)).toBe('2031-05-05');
  });

  it.each([
    ['en', 'There is no time zone `Europe/Olso`. Did you mean `Europe/Oslo`?'],
    ['nb', 'Det finnes ingen tidssone `Europe/Olso`. Mente du `Europe/Oslo`?'],
    ['nn', 'Det finst inga tidssone `Europe/Olso`. Meinte du `Europe/Oslo`?'],
  ])('refuses a time zone it does not know, at its place in etat.yml, with a suggestion (%s)', async (lang, reason) => {
    const cwd = await makeRepo({ ...REPO, 'etat.yml': `${CONFIG}timezone: Europe/Olso\n` });
    const ran = await runInProcess(['check', '--today', '2026-03-01', '--lang', lang], { cwd });
    // A configuration that cannot be used stops the check before any file is read: a usage error.
    expect(ran).toExitWith(2);
    expect(ran.stderr).toMatch(/etat\.yml\n {2}11:11 /);
    expect(ran.stderr).toContain(reason);
    expect(ran.stderr).toContain('`Europe/Stockholm`');
    expect(ran.stderr).toContain('schema/invalid');
  });

  it.each([
    ['Oslo', 'Europe/Oslo'],
    ['new york', 'America/New_York'],
    ['europe/olso', 'Europe/Oslo'],
    ['+01:00', undefined],
  ])('refuses %s as a time zone, and suggests %s', async (zone, suggestion) => {
    const cwd = await makeRepo({ ...REPO, 'etat.yml': `${CONFIG}timezone: "${zone}"\n` });
    const ran = await runInProcess(['status', '--lang', 'en'], { cwd });
    expect(ran).toExitWith(2);
    expect(ran.stderr).toContain(`There is no time zone \`${zone}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ' Deadlines'}`);
  });

  it.each([
    ['check', []],
    ['status', []],
    ['agenda new', ['--forum', 'direktorgruppen', '--date', '2026-12-03']],
    ['agenda send', ['direktorgruppen/2026-03-12']],
    ['minutes approve', ['direktorgruppen/2026-03-12', '--at', 'direktorgruppen/2026-04-12']],
  ])('etat %s takes --today, and refuses one that is not a date', async (command, args) => {
    const cwd = await makeRepo(REPO);
    const ran = await runInProcess([...command.split(' '), ...args, '--today', '2026-02-30', '--lang', 'en'], { cwd });
    expect(ran).toExitWith(2);
    expect(ran.stderr).toBe('`2026-02-30` is not a date: use YYYY-MM-DD.\n');
  });

  it('moves, when shifted, the clock of every etat a test starts (the clock-* projects of vitest.config.ts)', async () => {
    // In the clock-* projects this worker's clock is moved already; elsewhere, move the child's only.
    const now = process.env.ETAT_TEST_NOW ?? '2033-08-09T12:00:00Z';
    const env = process.env.ETAT_TEST_NOW ? clockEnv() : { ETAT_TEST_NOW: now, NODE_OPTIONS: `--import=${SHIM}` };
    if (process.env.ETAT_TEST_NOW) expect(new Date().getUTCFullYear()).toBe(new Date(now).getUTCFullYear());
    const cwd = await makeRepo(REPO);
    const ran = await execa(process.execPath, [BIN, 'status', '--format', 'json'], { cwd, env: { LANG: 'C.UTF-8', ...env }, extendEnv: false, reject: false });
    expect(ran).toExitWith(0);
    const oslo = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(now));
    expect(todayIn(ran.stdout)).toBe(oslo);
  });
});
