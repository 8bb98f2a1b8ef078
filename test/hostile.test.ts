import { lstat, mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { MAX_FRONT_MATTER_BYTES } from '../src/model/limits.js';
import { clockEnv, commitAll, gitEnv } from './helpers/git.js';
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
  findings: { file: string; line: number; column: number; ruleId: string; messageId: string; reason: string; hint: string }[];
  stderr: string;
}

async function checkJson(cwd: string): Promise<Checked> {
  const ran = await runInProcess(['check', '--format', 'json', '--today', '2026-11-24', '--lang', 'en'], { cwd });
  expect(ran.stderr).not.toMatch(/\n\s+at /);
  return { code: ran.code, findings: ran.stdout ? (JSON.parse(ran.stdout) as { findings: Checked['findings'] }).findings : [], stderr: ran.stderr };
}

/** `x-a0: &a0 1`, then `count - 1` anchors that each hold the one before inside 60 brackets. */
const anchorChain = (count: number) =>
  ['x-a0: &a0 1', ...Array.from({ length: count - 1 }, (_, k) => `x-a${k + 1}: &a${k + 1} ${'['.repeat(60)}*a${k}${']'.repeat(60)}`)].join('\n');

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
    // U+2028 and U+2029 are no line ends in YAML: a `---` between them once ended the front matter inside the title, and hid the keys after it.
    ['`---` between a paragraph and a line separator inside a value', AGENDA.replace('title: Arbeidsplan 2026', 'title: Arbeidsplan\u2029---\u20282026').replace('owner: bufdir', 'owner: budfir'), 'config/unknown-agency default'],
    // Each alias was once resolved by a walk of the whole document: a thousand of them took 90 seconds.
    ['a thousand anchors, each naming the one before inside 60 brackets', agendaWith(anchorChain(1000)), 'file/yaml-syntax expansion'],
  ])('%s', async (_name, text, expected) => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [A]: text, [B]: OTHER });
    const checked = await checkJson(cwd);
    expect(checked.code).toBe(1);
    expect(at(checked, A)).toContain(expected);
    expect(at(checked, B)).toEqual(['agenda/purpose-missing placeholder']);
    for (const finding of checked.findings) expect(finding.line).toBeGreaterThanOrEqual(1);
  });

  it('places a finding through an alias without walking the document for each', async () => {
    // 16,000 findings placed through 800 aliases, in a document of 10,000 more values: once a walk of it per finding, a minute.
    const recused = Array.from({ length: 20 }, (_, i) => `  - { by: ukjent${i} }`).join('\n');
    const items = Array.from({ length: 800 }, (_, i) => `  - { id: "${i + 1}", outcome: noted, recused: *r }`).join('\n');
    const M = 'meetings/direktorgruppen/2026-03-12/minutes.md';
    const minutes = `---\ntype: minutes\nforum: direktorgruppen\ndate: 2026-03-12\nstatus: draft\npresent: [bufdir, hdir]\nx-fyll: [${'1,'.repeat(10_000)}1]\nx-r: &r\n${recused}\nitems:\n${items}\n---\n`;
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [A]: AGENDA, [M]: minutes, [B]: OTHER });
    const started = Date.now();
    const checked = await checkJson(cwd);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(at(checked, M).filter((f) => f === 'config/unknown-agency default')).toHaveLength(16_000);
    expect(at(checked, B)).toEqual(['agenda/purpose-missing placeholder']);
  });

  it('a key that is a list is a finding, and no Node warning quoting it', async () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    try {
      const cwd = await makeRepo({ 'etat.yml': CONFIG, [A]: agendaWith('? [x-a, "\\e]0;pwned\\x07"]\n: verdi') });
      const checked = await checkJson(cwd);
      await new Promise((resolve) => setImmediate(resolve));
      expect(at(checked, A)).toEqual(['schema/invalid additionalProperties']);
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', listen);
    }
  });

  it('writes the control characters of a value as escapes in the hint too', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [A]: AGENDA.replace('forum: direktorgruppen', 'forum: "\\e]0;pwned\\x07x\\e[2K"') });
    const checked = await checkJson(cwd);
    const mismatch = checked.findings.find((f) => f.ruleId === 'meeting/path-mismatch') as Checked['findings'][number] & { hint: string };
    expect(mismatch.hint).toContain('meetings/\\u001b]0;pwned\\u0007x\\u001b[2K/');
    // eslint-disable-next-line no-control-regex -- no control character may reach a message
    for (const f of checked.findings as (Checked['findings'][number] & { hint: string })[]) expect(f.reason + f.hint).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
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

describe('hints quote values as short excerpts too', () => {
  it('a case id, a forum and a title 5,000 characters long are cut in every reason and hint', async () => {
    const long = (c: string) => c.repeat(5000);
    const cwd = await makeRepo({
      'etat.yml': CONFIG,
      [A]: AGENDA.replace('forum: direktorgruppen', `forum: ${long('f')}`),
      'cases/ES-1.md': `---\ntype: case\nid: ${long('Y')}\ntitle: ${long('T')}\nowner: hdir\nstatus: open\n---\n`,
    });
    const checked = await checkJson(cwd);
    const rules = checked.findings.map((f) => f.ruleId);
    expect(rules).toContain('meeting/path-mismatch');
    for (const finding of checked.findings) {
      expect(finding.reason.length, finding.reason.slice(0, 200)).toBeLessThan(400);
      expect(finding.hint.length, finding.hint.slice(0, 200)).toBeLessThan(400);
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
    // Within the alias count, yet millions of values once written out: each ran out of heap.
    [
      'an anchor of 8,000 actions named 990 times',
      async () => ({
        'meetings/direktorgruppen/2026-03-12/minutes.md': `---\ntype: minutes\nforum: direktorgruppen\ndate: 2026-03-12\nstatus: draft\npresent: [bufdir, hdir]\nx-tiltak: &a\n${Array.from({ length: 8000 }, (_, i) => `  - { what: w, owner: z${i % 10} }`).join('\n')}\nitems:\n${Array.from({ length: 990 }, (_, i) => `  - { id: "${i + 1}", outcome: noted, actions: *a }`).join('\n')}\n---\n`,
      }),
      ['check'],
      1,
    ],
    ['a map of 9,000 keys merged 990 times', async () => ({ [A]: agendaWith(`x-a: &a {${Array.from({ length: 9000 }, (_, i) => `k${i}: 1`).join(', ')}}\n${Array.from({ length: 990 }, (_, i) => `x-m${i}: { <<: *a }`).join('\n')}`) }), ['check'], 1],
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

/** A git repository of these files, committed, in a folder of its own. */
async function gitRepo(files: Record<string, string>): Promise<string> {
  const cwd = await makeRepo(files);
  await execa('git', ['init', '--quiet', '-b', 'main'], { cwd, env: gitEnv() });
  await commitAll(cwd, 'Møter');
  return cwd;
}

/** A file outside the repository, with what it held before. */
async function outsideFile(text = 'Utenfor repositoriet.\n'): Promise<{ path: string; unchanged: () => Promise<boolean>; folder: string }> {
  const folder = await makeTempDir();
  const path = join(folder, 'utenfor.txt');
  await writeFile(path, text);
  return { path, folder, unchanged: async () => (await readFile(path, 'utf8')) === text && (await readdir(folder)).length === 1 };
}

describe('reports are written only where they may be', () => {
  const check = (cwd: string, ...args: string[]) => runInProcess(['check', '--today', '2026-11-24', '--lang', 'en', ...args], { cwd });

  it("refuses a committed link at the report's path, with the generated workflow's own command", async () => {
    const outside = await outsideFile();
    const cwd = await gitRepo({ 'etat.yml': CONFIG, [A]: AGENDA });
    await symlink(outside.path, join(cwd, 'etat.sarif'));
    await commitAll(cwd, 'En rapport');
    const ran = await check(cwd, '--changed', '--format', 'github', '--format', 'sarif', '--output', 'etat.sarif');
    expect(ran).toExitWith(2);
    expect(ran.stderr).toContain('`etat.sarif` is a symbolic link, and etat never writes through one');
    expect(await outside.unchanged()).toBe(true);
  });

  it.each([
    ['gl-code-quality-report.json', 'gitlab', A],
    ['etat-junit.xml', 'junit', 'etat.yml'],
  ])('never writes %s through a link to a record of the repository', async (report, format, record) => {
    const cwd = await gitRepo({ 'etat.yml': CONFIG, [A]: AGENDA });
    await symlink(join(cwd, record), join(cwd, report));
    const before = await snapshot(cwd);
    const ran = await check(cwd, '--format', format, '--output', report);
    expect(ran).toExitWith(2);
    expect(await snapshot(cwd)).toEqual(before);
  });

  it("replaces an earlier report of etat's, and nothing else", async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [A]: AGENDA, 'notater.json': '{ "mine": "notater" }\n' });
    expect(await check(cwd, '--format', 'json', '--output', 'rapport.json')).toExitWith(0);
    expect(await check(cwd, '--format', 'json', '--output', 'rapport.json')).toExitWith(0);
    const refused = await check(cwd, '--format', 'json', '--output', 'notater.json');
    expect(refused).toExitWith(2);
    expect(refused.stderr).toContain("`notater.json` exists and is not an earlier json report of etat's");
    expect(await readFile(join(cwd, 'notater.json'), 'utf8')).toBe('{ "mine": "notater" }\n');
  });

  it('never writes inside .git, nor through a folder that is a link out of the repository', async () => {
    const outside = await outsideFile();
    const cwd = await gitRepo({ 'etat.yml': CONFIG, [A]: AGENDA });
    const inGit = await check(cwd, '--format', 'json', '--output', '.git/hooks/etat.json');
    expect(inGit).toExitWith(2);
    expect(inGit.stderr).toContain('is inside a `.git` folder');
    await symlink(outside.folder, join(cwd, 'rapporter'));
    expect(await check(cwd, '--format', 'json', '--output', 'rapporter/ny/etat.json')).toExitWith(2);
    expect(await outside.unchanged()).toBe(true);
  });
});

describe('etat check leaves the repository as it was, .git/index included', () => {
  it.each([[[] as string[]], [['--changed']], [['--staged']]])('etat check %j', async (args) => {
    const cwd = await gitRepo({ 'etat.yml': CONFIG, [A]: AGENDA, [B]: OTHER });
    // Files touched since they were staged: a `git diff` that refreshes the index would write it.
    const later = new Date('2026-11-20T10:00:00Z');
    for (const file of [A, B, 'etat.yml']) await utimes(join(cwd, file), later, later);
    const index = await readFile(join(cwd, '.git/index'));
    const ran = await runInProcess(['check', '--today', '2026-11-24', ...args], { cwd });
    expect([0, 1]).toContain(ran.code);
    expect((await readFile(join(cwd, '.git/index'))).equals(index)).toBe(true);
  });
});

describe('scaffolding writes only inside the repository, and never through a link', () => {
  const withPaper = AGENDA.replace('kind: inform', 'kind: decide\n    proposal: Planen vedtas.');

  it('git setup: a .gitattributes that is a link out is neither read nor written through', async () => {
    const outside = await outsideFile();
    const cwd = await gitRepo({ 'etat.yml': CONFIG });
    await symlink(outside.path, join(cwd, '.gitattributes'));
    expect(await runInProcess(['git', 'setup', '--lang', 'en'], { cwd })).toExitWith(2);
    expect(await outside.unchanged()).toBe(true);
  });

  it('paper new and minutes new --force: a dangling link at the path is not written through', async () => {
    const outside = await outsideFile();
    const gone = join(outside.folder, 'ny.md');
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [A]: withPaper, 'meetings/direktorgruppen/2026-03-12/papers/.keep': '' });
    await symlink(gone, join(cwd, 'meetings/direktorgruppen/2026-03-12/papers/01-arbeidsplan-2026.md'));
    await symlink(gone, join(cwd, 'meetings/direktorgruppen/2026-03-12/minutes.md'));
    const paper = await runInProcess(['paper', 'new', 'direktorgruppen/2026-03-12', '1', '--lang', 'en'], { cwd });
    expect(paper).toExitWith(2);
    expect(paper.stderr).toContain('is a symbolic link, and etat never writes through one');
    expect(await runInProcess(['minutes', 'new', 'direktorgruppen/2026-03-12', '--force', '--lang', 'en'], { cwd })).toExitWith(2);
    expect(await outside.unchanged()).toBe(true);
  });

  it('paper new and minutes approve: a link planted where the temporary file used to go changes nothing', async () => {
    const outside = await outsideFile();
    const M = 'meetings/direktorgruppen/2026-03-12';
    const cwd = await makeRepo({
      'etat.yml': CONFIG,
      [`${M}/agenda.md`]: withPaper,
      [`${M}/minutes.md`]: '---\ntype: minutes\nforum: direktorgruppen\ndate: 2026-03-12\nstatus: draft\npresent: [bufdir, hdir, udir]\nitems:\n  - { id: "1", outcome: decided, decision: Planen vedtas., consensus: true }\n---\n',
      'meetings/direktorgruppen/2026-04-16/agenda.md': OTHER.replace('purpose: TBD', 'purpose: Godkjenne').replace('kind: inform', 'kind: decide\n    approves: direktorgruppen/2026-03-12'),
    });
    for (const file of ['agenda.md', 'minutes.md']) await symlink(outside.path, join(cwd, M, `${file}.etat-${process.pid}.tmp`));
    expect(await runInProcess(['paper', 'new', 'direktorgruppen/2026-03-12', '1'], { cwd })).toExitWith(0);
    expect(await runInProcess(['minutes', 'approve', 'direktorgruppen/2026-03-12', '--today', '2026-04-20'], { cwd })).toExitWith(0);
    expect(await outside.unchanged()).toBe(true);
    expect((await lstat(join(cwd, M, 'agenda.md'))).isFile()).toBe(true);
  });

  it('agenda new and ci setup: no folder is made through a link that leads out', async () => {
    const outside = await outsideFile();
    const cwd = await gitRepo({ 'etat.yml': CONFIG });
    await mkdir(join(cwd, 'meetings'));
    await symlink(outside.folder, join(cwd, 'meetings/direktorgruppen'));
    await symlink(outside.folder, join(cwd, '.github'));
    expect(await runInProcess(['agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--purpose', 'Beslutte', '--today', '2026-11-24'], { cwd })).toExitWith(2);
    expect(await runInProcess(['ci', 'setup', 'github'], { cwd })).toExitWith(2);
    expect(await outside.unchanged()).toBe(true);
  });
});

describe('in-place edits keep what they do not change', () => {
  it('keeps a byte order mark and CRLF line endings', async () => {
    const M = 'meetings/direktorgruppen/2026-03-12';
    const crlf = (text: string) => '\uFEFF' + text.replace(/\n/g, '\r\n');
    const cwd = await makeRepo({
      'etat.yml': CONFIG,
      [`${M}/agenda.md`]: crlf(AGENDA.replace('status: sent', 'status: draft').replace('kind: inform', 'kind: decide\n    proposal: Planen vedtas.')),
    });
    expect(await runInProcess(['paper', 'new', 'direktorgruppen/2026-03-12', '1'], { cwd })).toExitWith(0);
    await runInProcess(['agenda', 'send', 'direktorgruppen/2026-03-12', '--force', '--today', '2026-03-01'], { cwd });
    const bytes = await readFile(join(cwd, M, 'agenda.md'));
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('papers: [papers/01-arbeidsplan-2026.md]\r\n');
    expect(text).toContain('status: sent\r\n');
    const checked = await checkJson(cwd);
    expect(checked.findings.filter((f) => f.file === `${M}/agenda.md` && f.ruleId.startsWith('file/'))).toEqual([]);
  });
});

describe('a file name cannot silence a rule', () => {
  it('finds approved minutes changed on a branch, beside a file whose name holds a newline (and sorts before them)', async () => {
    const M = 'meetings/direktorgruppen/2026-03-12';
    const approved = '---\ntype: minutes\nforum: direktorgruppen\ndate: 2026-03-12\nstatus: approved\napproved_at: direktorgruppen/2026-04-16\npresent: [bufdir, hdir, udir]\nitems:\n  - { id: "1", outcome: noted }\n---\nReferat.\n';
    const cwd = await gitRepo({
      'etat.yml': CONFIG,
      [`${M}/agenda.md`]: AGENDA,
      [`${M}/minutes.md`]: approved,
      [`${M}/a\nb.md`]: 'Vedlegg.\n',
      [B]: OTHER.replace('purpose: TBD', 'purpose: Godkjenne').replace('kind: inform', 'kind: decide\n    approves: direktorgruppen/2026-03-12'),
    });
    await execa('git', ['checkout', '--quiet', '-b', 'endring'], { cwd, env: gitEnv() });
    // The branch changes the odd file and the approved minutes.
    await writeFile(join(cwd, M, 'a\nb.md'), 'Endret.\n');
    await writeFile(join(cwd, M, 'minutes.md'), approved.replace('Referat.', 'Referat, endret i ettertid.'));
    const checked = await checkJson(cwd);
    expect(at(checked, `${M}/minutes.md`)).toContain('minutes/approved-changed changed');
    expect(checked.code).toBe(1);
  });
});

describe('what a file name or a value cannot do to the output', () => {
  it('github: a folder name cannot start a workflow command, also past the annotation cap', async () => {
    const files: Record<string, string> = { 'etat.yml': CONFIG };
    // Eleven errors fill the annotations; the hostile one, sorted last, is printed as a line of the log.
    for (let day = 10; day < 21; day++) files[`meetings/direktorgruppen/2026-03-${day}/agenda.md`] = OTHER.replaceAll('2026-04-16', `2026-03-${day}`);
    files['meetings/direktorgruppen/zz\n::stop-commands::pwned\n::error file=etat.yml::injected/agenda.md'] = OTHER;
    const cwd = await makeRepo(files);
    const ran = await runInProcess(['check', '--format', 'github', '--today', '2026-11-24', '--lang', 'en'], { cwd });
    expect(ran).toExitWith(1);
    const lines = ran.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::stop-commands'))).toEqual([]);
    expect(lines.filter((line) => line.includes('injected') && line.startsWith('::'))).toEqual([]);
    expect(lines.some((line) => line.includes('injected'))).toBe(true);
  });

  it('pretty: ESC and BEL from a value never reach the terminal', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG.replace('name: Direktørgruppen', 'name: "Direkt\\e]0;pwned\\x07ørgruppen"'), [A]: AGENDA.replace('purpose: Orientere om arbeidsplanen', 'purpose: "TBD\\e[2K\\x07"') });
    for (const argv of [['check'], ['status', '--today', '2026-03-01']]) {
      const ran = await runInProcess([...argv, '--lang', 'en'], { cwd, tty: true });
      // Colour (ESC [ … m) is etat's own; nothing else of ESC, and no BEL.
      // eslint-disable-next-line no-control-regex -- control characters are what is looked for
      expect(ran.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0007\u001b]/);
    }
  });

  it('decisions diff --format markdown: no mention, issue link or bare address', async () => {
    const M = 'meetings/direktorgruppen/2026-03-12';
    const minutes = (decision: string) =>
      `---\ntype: minutes\nforum: direktorgruppen\ndate: 2026-03-12\nstatus: draft\npresent: [bufdir, hdir, udir]\nitems:\n  - { id: "1", outcome: decided, decision: "${decision}", consensus: true }\n---\n`;
    const cwd = await gitRepo({ 'etat.yml': CONFIG, [`${M}/agenda.md`]: AGENDA.replace('kind: inform', 'kind: decide'), [`${M}/minutes.md`]: minutes('Planen vedtas.') });
    await writeFile(join(cwd, M, 'minutes.md'), minutes('Planen vedtas, se @org/team, #1, GH-2 og https://evil.example/x og www.evil.example.'));
    const ran = await runInProcess(['decisions', 'diff', 'HEAD', '--format', 'markdown', '--lang', 'en'], { cwd });
    expect(ran).toExitWith(0);
    expect(ran.stdout).toContain('@&#8203;org/team, #&#8203;1, GH&#8203;-2 og https:&#8203;//evil.example/x og www&#8203;.evil.example');
    expect(ran.stdout).not.toMatch(/@org|#1|https:\/\/evil|www\.evil/);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('`%s` is no agency, forum, case or item id by accident', async (id) => {
    const cwd = await makeRepo({
      'etat.yml': CONFIG.replace('members: [bufdir, hdir, udir]', `members: [bufdir, hdir, udir, "${id}"]`),
      [A]: AGENDA,
    });
    const config = await runInProcess(['check', '--lang', 'en'], { cwd });
    expect(config).toExitWith(2);
    expect(config.stderr).toContain(`\`${id}\``);
    const records = await makeRepo({
      'etat.yml': CONFIG,
      [A]: AGENDA.replace('owner: bufdir', `owner: "${id}"\n    case: "${id}"`).replace('forum: direktorgruppen', `forum: "${id}"`),
    });
    const checked = await checkJson(records);
    expect(checked.code).toBe(1);
    expect(at(checked, A)).toEqual(expect.arrayContaining(['config/unknown-agency default', 'meeting/path-mismatch forum']));
  });
});

async function rmMeetings(cwd: string): Promise<void> {
  const { rm } = await import('node:fs/promises');
  await rm(join(cwd, 'meetings'), { recursive: true, force: true });
}
