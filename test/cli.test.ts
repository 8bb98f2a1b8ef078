import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { clockEnv, commitAll } from './helpers/git.js';
import { AGENDA, CONFIG, makeRepo, makeTempDir, runInProcess, snapshot, type Ran } from './helpers/repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'etat.js');
const EXAMPLE = join(ROOT, 'examples', 'etatssamarbeidet');
const VERSION = (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The same CLI, spawned: the built binary a user runs. */
async function runBinary(argv: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Ran> {
  const result = await execa('node', [BIN, ...argv], {
    cwd: options.cwd,
    env: { LANG: 'C.UTF-8', ...clockEnv(), ...options.env },
    extendEnv: false,
    reject: false,
  });
  return { code: result.exitCode ?? -1, stdout: result.stdout + '\n', stderr: result.stderr };
}

/** A repository of these files with everything committed, long before the meetings, so that history proves nothing late. */
async function makeGitRepo(files: Record<string, string>): Promise<string> {
  const dir = await makeRepo(files);
  await execa('git', ['init', '--quiet', '-b', 'main'], { cwd: dir });
  await commitAll(dir, 'Oppsett', '2026-01-01T09:00:00+01:00');
  return dir;
}

const RUNNERS = [
  ['in-process', runInProcess],
  ['built binary', runBinary],
] as const;

interface Case {
  name: string;
  argv: string[];
  /** The repository to run in: files (committed to git), the example, nothing, or `plain`: files in a folder that is not in git. */
  repo?: Record<string, string> | 'example' | 'none' | 'plain';
  code: number;
  stdout?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
}

const CLEAN = { 'etat.yml': CONFIG, 'meetings/direktorgruppen/2026-03-12/agenda.md': AGENDA };

/** The defects the example repository's README lists, by the rule that finds each. */
const EXAMPLE_RULES = [
  'access/restricted-without-basis',
  'actions/overdue',
  'agenda/decide-without-papers',
  'agenda/decide-without-proposal',
  'agenda/paper-incomplete',
  'agenda/paper-missing',
  'agenda/purpose-missing',
  'config/unknown-agency',
  'minutes/added-item',
  'minutes/agenda-item-missing',
  'minutes/approval-pending',
  'minutes/decision-without-preparation',
  'minutes/dissent-not-recorded',
  'minutes/quorum',
  'privacy/national-id',
];

const CASES: Case[] = [
  { name: '--version prints the version', argv: ['--version'], repo: 'none', code: 0, stdout: [VERSION] },
  { name: '--help lists the commands', argv: ['--help', '--lang', 'en'], repo: 'none', code: 0, stdout: ['check', 'rules', 'schema', 'Examples:'] },
  { name: 'help is in bokmål by default', argv: ['check', '--help'], repo: 'none', code: 0, stdout: ['sjekk repositoriet', 'Eksempler:', '$ etat check'] },
  { name: 'a clean repository passes', argv: ['check'], repo: CLEAN, code: 0, stdout: ['No problems found in 1 file.'] },
  {
    name: 'outside git, the rules that need history say so once',
    argv: ['check', '--cwd', 'plain'],
    repo: 'plain',
    code: 0,
    stdout: ['etat.yml', /1:1 +warning +This is not a git repository/, '⚠ 1 warning'],
  },
  {
    name: 'the example repository fails with its defects',
    argv: ['check', '--today', '2026-11-24'],
    repo: 'example',
    code: 1,
    stdout: ['meetings/direktorgruppen/2025-11-27/agenda.md', /35:12 +feil +Etaten `budfir` er ikke definert.*Mente du `bufdir`\?/, /✖ 11 feil, 5 advarsler/],
  },
  {
    name: 'paths limit the check to those meetings',
    argv: ['check', 'meetings/sekretariatet/2026-08-26', '--today', '2026-11-24', '--lang', 'en'],
    repo: 'example',
    code: 1,
    stdout: ['Only 4 member agencies are present', '✖ 1 error'],
  },
  { name: 'a path outside the repository is a usage error', argv: ['check', '../', '--lang', 'en'], repo: CLEAN, code: 2, stderr: ['is outside the repository'] },
  { name: 'a path that does not exist is a usage error', argv: ['check', 'meetings/nope', '--lang', 'en'], repo: CLEAN, code: 2, stderr: ['`meetings/nope` does not exist.'] },
  { name: 'an unknown format is a usage error', argv: ['check', '--format', 'xml', '--lang', 'en'], repo: CLEAN, code: 2, stderr: ['Unknown format `xml`'] },
  { name: 'a bad --today is a usage error', argv: ['check', '--today', '2026-02-30', '--lang', 'en'], repo: CLEAN, code: 2, stderr: ['is not a date'] },
  { name: 'an unknown command is a usage error, in the user\'s language', argv: ['chekc'], repo: 'none', code: 2, stderr: ['Ukjent kommando `chekc`. Mente du `check`?'] },
  { name: 'an unknown option suggests the one meant', argv: ['check', '--formt', 'json', '--lang', 'en'], repo: 'none', code: 2, stderr: ['Unknown option `--formt`. Did you mean `--format`?'] },
  { name: 'a missing argument is a usage error', argv: ['paper', 'new', '--lang', 'nn'], repo: 'none', code: 2, stderr: ['Argumentet `meeting` manglar.'] },
  { name: 'schema without a type says which there are, and --write', argv: ['schema', '--lang', 'nn'], repo: 'none', code: 2, stderr: ['Sei kva skjema som skal skrivast ut: etat, agenda, minutes eller case; eller `--write`'] },
  { name: 'help titles are in the chosen language', argv: ['check', '--help', '--lang', 'nn'], repo: 'none', code: 0, stdout: ['Bruk: etat check', 'Val:', 'Døme:'] },
  { name: 'choices and defaults in help are in the chosen language', argv: ['agenda', 'send', '--help', '--lang', 'nn'], repo: 'none', code: 0, stdout: ['(val: "markdown"', 'standard: "markdown")'] },
  { name: 'every command has examples: ci setup', argv: ['ci', 'setup', '--help', '--lang', 'en'], repo: 'none', code: 0, stdout: ['$ etat ci setup github', '(choices: "github", "gitlab")'] },
  { name: 'every command has examples: hook install', argv: ['hook', 'install', '--help', '--lang', 'en'], repo: 'none', code: 0, stdout: ['$ etat hook install'] },
  {
    name: "examples' comments are in the chosen language",
    argv: ['agenda', 'new', '--help', '--lang', 'nb'],
    repo: 'none',
    code: 0,
    stdout: ['$ etat agenda new   # spør etter forum, dato og formål i en terminal', '$ etat agenda new --forum direktorgruppen --date 2026-12-03 --same-day'],
  },
  {
    name: '--cwd to a folder that does not exist says so',
    argv: ['--cwd', 'no-such-folder', 'check', '--lang', 'en'],
    repo: 'none',
    code: 2,
    stderr: [/^There is no folder \/.*no-such-folder: check the path given to `--cwd`\.\n?$/],
  },
  { name: 'no etat.yml is exit 2 with what to do', argv: ['check', '--lang', 'en'], repo: 'none', code: 2, stderr: ['No `etat.yml`', 'etat init'] },
  {
    name: 'a broken etat.yml is exit 2 with file, line and column',
    argv: ['check'],
    repo: { 'etat.yml': CONFIG.replace('quorum: 2', 'quorum: two') },
    code: 2,
    stderr: ['`etat.yml` has problems', 'etat.yml', /10:13 +error +fora\.direktorgruppen\.quorum: Expected a whole number, found `two`\./],
  },
  {
    name: 'an unknown rule in etat.yml is exit 2 with its position',
    argv: ['check'],
    repo: { ...CLEAN, 'etat.yml': CONFIG + 'rules:\n  agenda/purpose-mising: warn\n' },
    code: 2,
    stderr: [/12:3 +error +There is no rule `agenda\/purpose-mising`\. Did you mean `agenda\/purpose-missing`\?/],
  },
  {
    name: 'a rule in etat.yml named without its area gets the full id',
    argv: ['check', '--lang', 'nb'],
    repo: { ...CLEAN, 'etat.yml': CONFIG + 'rules:\n  decision-without-preparation: warn\n' },
    code: 2,
    stderr: ['Det finnes ingen regel `decision-without-preparation`. Mente du `minutes/decision-without-preparation`?'],
  },
  {
    name: 'rule severities can be overridden',
    argv: ['check', '--format', 'json'],
    repo: { 'etat.yml': CONFIG + 'rules:\n  agenda/purpose-missing: warn\n', 'meetings/direktorgruppen/2026-03-12/agenda.md': AGENDA.replace(/purpose: .*/, 'purpose: TBD') },
    code: 0,
    stdout: ['"severity": "warn"', '"ruleId": "agenda/purpose-missing"'],
  },
  {
    name: 'a rule can be turned off',
    argv: ['check'],
    repo: { 'etat.yml': CONFIG + 'rules:\n  agenda/purpose-missing: "off"\n', 'meetings/direktorgruppen/2026-03-12/agenda.md': AGENDA.replace(/purpose: .*/, 'purpose: TBD') },
    code: 0,
    stdout: ['No problems found'],
  },
  { name: '--lang nn speaks nynorsk', argv: ['check', '--lang', 'nn'], repo: CLEAN, code: 0, stdout: ['Ingen problem funne i 1 fil.'] },
  { name: 'rules lists every rule', argv: ['rules', '--lang', 'en'], repo: 'none', code: 0, stdout: [/agenda\/purpose-missing +error +Every agenda states the purpose/, /minutes\/added-item +warning/] },
  { name: 'rules <id> prints the page for a terminal', argv: ['rules', 'agenda/purpose-missing'], repo: 'none', code: 0, stdout: [/^agenda\/purpose-missing\n=+$/m, 'How to fix\n----------\n'] },
  { name: 'rules <unknown> is a usage error', argv: ['rules', 'agenda/nope', '--lang', 'en'], repo: 'none', code: 2, stderr: ['There is no rule `agenda/nope`'] },
  { name: 'schema prints a JSON Schema', argv: ['schema', 'agenda'], repo: 'none', code: 0, stdout: ['"$id": "https://raw.githubusercontent.com/etat-project/etat/main/schemas/agenda.schema.json"'] },
  { name: 'schema <unknown> is a usage error', argv: ['schema', 'referat', '--lang', 'en'], repo: 'none', code: 2, stderr: ['There is no schema `referat`'] },
];

describe.each(RUNNERS)('etat CLI (%s)', (_name, runner) => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_caseName, c) => {
    const cwd = c.repo === 'plain' ? await makeRepo({ 'plain/etat.yml': CONFIG, 'plain/meetings/direktorgruppen/2026-03-12/agenda.md': AGENDA }) : c.repo === 'example' ? EXAMPLE : c.repo === 'none' || c.repo === undefined ? await makeTempDir() : await makeGitRepo(c.repo);
    const result = await runner(c.argv, { cwd });
    const context = `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
    expect(result.code, context).toBe(c.code);
    for (const expected of c.stdout ?? []) expect(result.stdout, context).toMatch(expected);
    for (const expected of c.stderr ?? []) expect(result.stderr, context).toMatch(expected);
    expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // never a stack trace
  });
});

describe('help', () => {
  /** The comments after the example commands of a command's help. */
  const notes = async (argv: string[], lang: string) =>
    [...(await runInProcess([...argv, '--help', '--lang', lang], { cwd: ROOT })).stdout.matchAll(/^ {2}\$ .*? {3}# (.*)$/gm)].map((m) => m[1]);

  it.each([['check'], ['agenda', 'new'], ['git', 'setup'], ['hook', 'install']])('has the comments of its examples in every language: %s', async (...argv) => {
    const english = await notes(argv, 'en');
    expect(english.length).toBeGreaterThan(0);
    for (const lang of ['nb', 'nn']) {
      const translated = await notes(argv, lang);
      expect(translated).toHaveLength(english.length);
      translated.forEach((note, i) => expect(note).not.toBe(english[i]));
    }
  });
});

describe('etat check on the example repository', () => {
  it('finds every deliberate defect its README lists, and nothing else', async () => {
    const result = await runInProcess(['check', '--today', '2026-11-24', '--format', 'json'], { cwd: EXAMPLE });
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string }[] };
    expect([...new Set(report.findings.map((f) => f.ruleId))].sort()).toEqual(EXAMPLE_RULES);
    const readme = await readFile(join(EXAMPLE, 'README.md'), 'utf8');
    for (const rule of EXAMPLE_RULES) expect(readme).toContain(rule);
  });

  it('leaves the repository byte for byte unchanged', async () => {
    const before = await snapshot(EXAMPLE);
    for (const format of ['pretty', 'json', 'sarif', 'github', 'junit']) {
      await runBinary(['check', '--format', format], { cwd: EXAMPLE });
    }
    expect(await snapshot(EXAMPLE)).toEqual(before);
  });
});

describe('colour', () => {
  const repo = { 'etat.yml': CONFIG, 'meetings/direktorgruppen/2026-03-12/agenda.md': AGENDA.replace(/purpose: .*/, 'purpose: TBD') };
  it('is used on a terminal', async () => {
    const result = await runInProcess(['check'], { cwd: await makeRepo(repo), tty: true });
    expect(result.stdout).toContain('\u001b[');
  });
  it('is never used with NO_COLOR, nor when not on a terminal', async () => {
    const cwd = await makeRepo(repo);
    expect((await runInProcess(['check'], { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runInProcess(['check'], { cwd, tty: false })).stdout).not.toContain('\u001b[');
  });
});

describe('a reader that goes away', () => {
  /** Run the built CLI with its standard output a pipe whose reading end is already closed, as `| head -1` leaves it. */
  async function intoClosedPipe(argv: string[]): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { LANG: 'C.UTF-8', ...clockEnv() } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stderr };
  }

  it.each([
    [['--help'], 0],
    [['check', '--help'], 0],
    [['rules'], 0],
    [['schema', 'agenda'], 0],
    [['check', '--cwd', EXAMPLE, '--today', '2026-11-24', '--format', 'json'], 1],
  ])('etat %j ends quietly, with the exit code of what it did', async (argv, code) => {
    expect(await intoClosedPipe(argv)).toEqual({ code, stderr: '' });
  });
});
