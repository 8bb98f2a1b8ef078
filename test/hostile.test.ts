import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { MAX_FRONT_MATTER_BYTES } from '../src/model/limits.js';
import { clockEnv } from './helpers/git.js';
import { AGENDA, CONFIG, makeRepo, makeTempDir, runInProcess, snapshot } from './helpers/repo.js';

/**
 * Repositories written to crash, exhaust or mislead the check: one hostile
 * file must never stop the check of the others, nor make etat read anything
 * outside the repository. Each is built for real: real files, real links,
 * real pipes.
 */

const BIN = fileURLToPath(new URL('../bin/etat.js', import.meta.url));
const PEAK = fileURLToPath(new URL('./helpers/peak-memory.mjs', import.meta.url));
const A = 'meetings/direktorgruppen/2026-03-12/agenda.md';
const B = 'meetings/direktorgruppen/2026-04-16/agenda.md';
/** A second agenda with a plain error: proof that the check went on past the hostile file. */
const OTHER = AGENDA.replaceAll('2026-03-12', '2026-04-16').replace('purpose: Orientere om arbeidsplanen', 'purpose: TBD');
/** An agenda whose front matter ends with `extra` (YAML lines). */
const agendaWith = (extra: string) => AGENDA.replace('\n---\nVelkommen.', `\n${extra}\n---\nVelkommen.`);

interface Checked {
  code: number;
  findings: { file: string; line: number; column: number; ruleId: string; messageId: string; reason: string }[];
  stderr: string;
}

async function checkJson(cwd: string): Promise<Checked> {
  const ran = await runInProcess(['check', '--format', 'json', '--today', '2026-11-24', '--lang', 'en'], { cwd });
  expect(ran.stderr).not.toMatch(/\n\s+at /);
  return { code: ran.code, findings: ran.stdout ? (JSON.parse(ran.stdout) as { findings: Checked['findings'] }).findings : [], stderr: ran.stderr };
}

const at = (checked: Checked, file: string) => checked.findings.filter((f) => f.file === file).map((f) => `${f.ruleId} ${f.messageId}`);

describe('a hostile file gets a finding at its place, and the others are still checked', () => {
  it.each([
    // Two thousand levels of block indentation take more text than front matter may hold; seven hundred do not.
    ['a block map nested 2,000 deep, then a dedent', agendaWith('x-dypt:\n' + Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n') + ' v\ntitle: tilbake'), 'file/too-large frontMatter'],
    ['a block map nested 700 deep, then a dedent', agendaWith('x-dypt:\n' + Array.from({ length: 700 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n') + ' v\ntitle: tilbake'), 'file/yaml-syntax depth'],
    ['a flow sequence nested 2,000 deep', agendaWith(`x-dypt: ${'['.repeat(2000)}${']'.repeat(2000)}`), 'file/yaml-syntax depth'],
    ['`- - - -` nested 2,000 deep', agendaWith(`x-dypt:\n  ${'- '.repeat(2000)}v`), 'file/yaml-syntax depth'],
    ['a self-referencing alias under a real key', AGENDA.replace('purpose: Orientere om arbeidsplanen', 'purpose: &p [*p]'), 'file/yaml-syntax recursive'],
    ['a self-referencing alias under an `x-` key', agendaWith('x-sløyfe: &s { s: *s }'), 'file/yaml-syntax recursive'],
    ['a carriage return alone inside a value', AGENDA.replace('purpose: Orientere om arbeidsplanen', 'purpose: "Orientere\rom planen"'), 'file/yaml-syntax bareCr'],
    ['front matter larger than etat reads', agendaWith('#'.repeat(MAX_FRONT_MATTER_BYTES)), 'file/too-large frontMatter'],
    ['`restricted: {toString: 1}`', AGENDA.replace('owner: bufdir', 'owner: bufdir\n    restricted: { toString: 1, valueOf: 2 }\n    public_title: Sak'), 'access/restricted-without-basis basis'],
    ['`id: -.inf`', AGENDA.replace('id: "1"', 'id: -.inf'), 'schema/invalid finite'],
    ['`duration: 1e999`', AGENDA.replace('owner: bufdir', 'owner: bufdir\n    x-varighet: 1e999\n    duration: 1e999'), 'schema/invalid finite'],
  ])('%s', async (_name, text, expected) => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [A]: text, [B]: OTHER });
    const checked = await checkJson(cwd);
    expect(checked.code).toBe(1);
    expect(at(checked, A)).toContain(expected);
    expect(at(checked, B)).toEqual(['agenda/purpose-missing placeholder']);
    for (const finding of checked.findings) expect(finding.line).toBeGreaterThanOrEqual(1);
  });

  it('quotes a value as a short excerpt, its control characters escaped', async () => {
    const title = '\u001b]0;pwned\u0007' + 'x'.repeat(100_000);
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [A]: AGENDA.replace('purpose: Orientere om arbeidsplanen', `purpose: ${JSON.stringify(title)}\nx-ukjent: 1\nstatus_: ${JSON.stringify(title)}`) });
    const checked = await checkJson(cwd);
    const reasons = checked.findings.map((f) => f.reason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      expect(reason.length).toBeLessThan(400);
      // eslint-disable-next-line no-control-regex -- no control character may reach a message
      expect(reason).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
  });
});

describe('nothing outside the repository is read', () => {
  const SECRET = 'root:x:0:0:root:/root:/bin/bash\n//registry.npmjs.org/:_authToken=npm_SECRETsecretSECRETsecret0123456789\n';

  it('refuses an etat.yml that is a link out of the repository, and never prints what it points at', async () => {
    const outside = await makeTempDir();
    await writeFile(join(outside, 'passwd'), SECRET);
    const cwd = await makeRepo({ [A]: AGENDA });
    await symlink(join(outside, 'passwd'), join(cwd, 'etat.yml'));
    const ran = await runInProcess(['check', '--lang', 'en'], { cwd });
    expect(ran).toExitWith(2);
    expect(ran.stderr).toContain('`etat.yml` is a symbolic link that leads out of the repository, so it was not read');
    expect(ran.stderr + ran.stdout).not.toMatch(/root:x|npm_SECRET/);
  });

  it.each([['meetings'], ['cases'], ['meetings/direktorgruppen']])('reports %s as a link out, at the link, and reads nothing behind it', async (folder) => {
    const outside = await makeTempDir();
    const planted = AGENDA.replace('Orientere om arbeidsplanen', 'HEMMELIG-FORMAL').replace('owner: bufdir', 'owner: HEMMELIG-ETAT');
    await mkdir(join(outside, 'direktorgruppen', '2026-05-05'), { recursive: true });
    await writeFile(join(outside, 'direktorgruppen', '2026-05-05', 'agenda.md'), planted);
    await writeFile(join(outside, '2026-05-05.md'), planted);
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [B]: OTHER });
    const target = folder === 'meetings/direktorgruppen' ? join(outside, 'direktorgruppen') : outside;
    if (folder === 'meetings/direktorgruppen') await mkdir(join(cwd, 'meetings'), { recursive: true }).catch(() => undefined);
    const link = folder === 'meetings/direktorgruppen' ? 'meetings/andre' : folder;
    if (folder === 'meetings') await rmMeetings(cwd);
    await symlink(target, join(cwd, link));
    const checked = await checkJson(cwd);
    expect(at(checked, link)).toEqual(['file/outside-repository link']);
    expect(JSON.stringify(checked)).not.toContain('HEMMELIG');
  });

  it('walks nothing when meetings/ is a link to /', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    await symlink('/', join(cwd, 'meetings'));
    const started = Date.now();
    const checked = await checkJson(cwd);
    expect(at(checked, 'meetings')).toEqual(['file/outside-repository link']);
    expect(checked.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('reads no folder and no pipe: a link to either is a finding, and the check does not block', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [A]: AGENDA, 'meetings/direktorgruppen/2026-03-12/papers/vedlegg.txt': 'Vedlegg.\n' });
    await execa('mkfifo', [join(cwd, 'meetings/direktorgruppen/2026-03-12/papers/rør')]);
    await symlink('papers', join(cwd, 'meetings/direktorgruppen/2026-03-12/minutes.md'));
    await mkdir(join(cwd, 'cases'));
    await symlink('../meetings/direktorgruppen/2026-03-12/papers/rør', join(cwd, 'cases/ES-2026-011.md'));
    const checked = await checkJson(cwd);
    expect(at(checked, 'meetings/direktorgruppen/2026-03-12/minutes.md')).toEqual(['file/encoding notFile']);
    expect(at(checked, 'cases/ES-2026-011.md')).toEqual(['file/encoding notFile']);
  });

  it('refuses a template that is a link out of the repository, and writes nothing', async () => {
    const outside = await makeTempDir();
    await writeFile(join(outside, 'agenda.md'), SECRET);
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    await mkdir(join(cwd, 'templates'));
    await symlink(join(outside, 'agenda.md'), join(cwd, 'templates/agenda.md'));
    const before = await snapshot(cwd);
    const ran = await runInProcess(['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--purpose', 'Beslutte', '--lang', 'en'], { cwd });
    expect(ran).toExitWith(2);
    expect(ran.stderr).toContain('`templates/agenda.md` is a symbolic link that leads out of the repository');
    expect(await snapshot(cwd)).toEqual(before);
  });
});

describe('templates that would multiply without end', () => {
  it.each([
    ['a section inside itself', '{{#items}}{{#items}}{{title}}{{/items}}{{/items}}', 'inside a section of the same name'],
    ['sections six deep', '{{#items}}{{#papers}}{{#actions}}{{#owner}}{{#chair}}{{#forum}}x{{/forum}}{{/chair}}{{/owner}}{{/actions}}{{/papers}}{{/items}}', 'sections nest more than 4 deep'],
  ])('refuses %s before rendering anything', async (_name, template, words) => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, 'templates/agenda.md': template });
    const ran = await runInProcess(['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--purpose', 'Beslutte', '--lang', 'en'], { cwd });
    expect(ran).toExitWith(2);
    expect(ran.stderr).toContain(words);
  });
});

/** Run the built CLI with at most 256 MB of heap, and read its peak memory. */
async function bounded(cwd: string, args: string[]): Promise<{ code: number; stderr: string; stdout: string; peakMB: number }> {
  const peakFile = join(await makeTempDir(), 'peak');
  const ran = await execa(process.execPath, ['--max-old-space-size=256', `--import=${PEAK}`, BIN, ...args], {
    cwd,
    reject: false,
    timeout: 60_000,
    env: { ...clockEnv(), LANG: 'C.UTF-8', ETAT_PEAK_MEMORY: peakFile },
    extendEnv: false,
  });
  const peak = Number(await readFile(peakFile, 'utf8').catch(() => 'NaN'));
  return { code: ran.exitCode ?? -1, stderr: ran.stderr, stdout: ran.stdout, peakMB: peak / 1024 };
}

describe('what a hostile file costs, in a process with 256 MB of heap', () => {
  const mb = (n: number) => n * 1024 * 1024;
  const cases: [string, () => Promise<Record<string, string>>, string[], number][] = [
    ['front matter of 4 MB of `[` then `]`', async () => ({ [A]: `---\ntype: agenda\nx: ${'['.repeat(mb(2))}${']'.repeat(mb(2))}\n---\n` }), ['check'], 1],
    ['front matter of 10 MB of `[` then `]`', async () => ({ [A]: `---\ntype: agenda\nx: ${'['.repeat(mb(5))}${']'.repeat(mb(5))}\n---\n` }), ['check'], 1],
    [
      'an incomplete Markdown paper of 10 MB',
      async () => ({
        [A]: AGENDA.replace('kind: inform', 'kind: decide\n    papers: [papers/01.md]\n    proposal: Planen vedtas.'),
        'meetings/direktorgruppen/2026-03-12/papers/01.md': '# Sak\n\n' + '- a\n'.repeat(mb(10) / 4),
      }),
      ['check'],
      1,
    ],
    [
      'an incomplete Markdown paper just under the limit, of one-line list items',
      async () => ({
        [A]: AGENDA.replace('kind: inform', 'kind: decide\n    papers: [papers/01.md]\n    proposal: Planen vedtas.'),
        'meetings/direktorgruppen/2026-03-12/papers/01.md': '# Sak\n\n```\nkode\n```\n\n' + '- a\n'.repeat(mb(2) / 4 - 10),
      }),
      ['check'],
      0, // the paper's missing sections are a warning
    ],
    ['100,000 items', async () => ({ [A]: AGENDA.replace(/items:[\s\S]*?\n---/, 'items:\n' + '  - { id: "1" }\n'.repeat(100_000) + '---') }), ['check'], 1],
    ['front matter just under the limit, of one-entry flow maps', async () => ({ [A]: AGENDA.replace(/items:[\s\S]*?\n---/, 'items:\n' + '  - {a: 1}\n'.repeat(Math.floor((MAX_FRONT_MATTER_BYTES - 200) / 11)) + '---') }), ['check'], 1],
    ['a template nesting `{{#items}}` six deep', async () => ({ 'templates/agenda.md': '{{#items}}'.repeat(6) + 'x' + '{{/items}}'.repeat(6) }), ['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--purpose', 'P'], 2],
    ['`git textconv /dev/zero`', async () => ({}), ['git', 'textconv', '/dev/zero'], 2],
  ];
  it.each(cases)('%s', async (_name, files, args, code) => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, ...(await files()) });
    const ran = await bounded(cwd, [...args, '--today', '2026-11-24'].filter((a, i, all) => !(args[0] === 'git' && (a === '--today' || all[i - 1] === '--today'))));
    expect(ran.stderr).not.toMatch(/\n\s+at |FATAL ERROR|heap out of memory/);
    expect(ran.code).toBe(code);
    expect(ran.peakMB).toBeLessThan(256);
  }, 90_000);
});

async function rmMeetings(cwd: string): Promise<void> {
  const { rm } = await import('node:fs/promises');
  await rm(join(cwd, 'meetings'), { recursive: true, force: true });
}
