import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/pipeline/run-rules.js';
import { loadRepository } from '../src/model/load.js';
import { AGENDA, CONFIG, makeRepo, makeTempDir, runInProcess, snapshot } from './helpers/repo.js';

const AGENDA_PATH = 'meetings/direktorgruppen/2026-03-12/agenda.md';

/** Check a repository holding `etat.yml` and the given files; findings as `file:line:col rule`. */
async function findingsOf(files: Record<string, string | Uint8Array>): Promise<string[]> {
  const cwd = await makeRepo({ 'etat.yml': CONFIG, ...files });
  const result = check(await loadRepository({ cwd }), { today: '2026-11-24' });
  return result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
}

describe('bad input gives a finding with a position, never a crash', () => {
  it('malformed YAML', async () => {
    const broken = AGENDA.replace('title: Arbeidsplan 2026', 'title: [Arbeidsplan 2026');
    expect(await findingsOf({ [AGENDA_PATH]: broken })).toEqual([`${AGENDA_PATH}:9:12 file/yaml-syntax`]); // at the bracket never closed
  });

  it('a key written twice', async () => {
    const twice = AGENDA.replace('status: sent', 'status: sent\nstatus: draft');
    expect(await findingsOf({ [AGENDA_PATH]: twice })).toEqual([`${AGENDA_PATH}:7:1 file/yaml-syntax`]);
  });

  it('a file with no front matter', async () => {
    expect(await findingsOf({ [AGENDA_PATH]: '# Saksliste\n\nIngen forsats.\n' })).toEqual([`${AGENDA_PATH}:1:1 file/front-matter-missing`]);
  });

  it('front matter that is never closed', async () => {
    expect(await findingsOf({ [AGENDA_PATH]: '---\ntype: agenda\n' })).toEqual([`${AGENDA_PATH}:1:1 file/front-matter-missing`]);
  });

  it('a file that is not UTF-8', async () => {
    const latin1 = Buffer.from(AGENDA.replace('Velkommen.', 'Velkommen til m\u00f8te.'), 'latin1');
    expect(await findingsOf({ [AGENDA_PATH]: latin1 })).toEqual([`${AGENDA_PATH}:1:1 file/encoding`]);
  });

  it('a binary file', async () => {
    expect(await findingsOf({ [AGENDA_PATH]: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]) })).toEqual([`${AGENDA_PATH}:1:1 file/encoding`]);
  });

  it('an unknown type', async () => {
    expect(await findingsOf({ [AGENDA_PATH]: AGENDA.replace('type: agenda', 'type: saksliste') })).toEqual([`${AGENDA_PATH}:2:7 schema/invalid`]);
  });

  it('front matter that is a list', async () => {
    const list = '---\n- type: agenda\n- forum: direktorgruppen\n---\n';
    expect(await findingsOf({ [AGENDA_PATH]: list })).toEqual([`${AGENDA_PATH}:2:1 schema/invalid`]);
  });

  it('empty front matter', async () => {
    expect(await findingsOf({ [AGENDA_PATH]: '---\n---\nTekst.\n' })).toEqual([`${AGENDA_PATH}:1:1 schema/invalid`]);
  });

  it('YAML anchors and aliases are read as the values they stand for', async () => {
    const aliased = AGENDA.replace('owner: bufdir', 'owner: &eier bufdir').replace(
      'Velkommen.',
      '',
    ).replace('---\nVelkommen', '---\n').replace(/\n---\n\n?$/, `\n  - id: "2"\n    title: Oppfølging\n    kind: inform\n    owner: *eier\n---\n`);
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [AGENDA_PATH]: aliased });
    const repo = await loadRepository({ cwd });
    expect(repo.meetings[0]?.agenda?.items.map((i) => i.owner)).toEqual(['bufdir', 'bufdir']);
    expect(check(repo).findings).toEqual([]);
  });

  it('aliases that expand without end ("billion laughs") are refused', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const bomb = `---\n${levels.join('\n')}\n---\n`;
    expect(await findingsOf({ [AGENDA_PATH]: bomb })).toEqual([`${AGENDA_PATH}:2:1 file/yaml-syntax`]);
  });

  it('CRLF line endings with a byte-order mark are read, and positions stay right', async () => {
    const crlf = '\uFEFF' + AGENDA.replace('owner: bufdir', 'owner: budfir').replace(/\n/g, '\r\n');
    expect(await findingsOf({ [AGENDA_PATH]: crlf })).toEqual([`${AGENDA_PATH}:11:12 config/unknown-agency`]);
  });

  it('a paper path that leaves the repository', async () => {
    const agenda = AGENDA.replace('kind: inform', 'kind: inform\n    papers: [../../../../../../etc/passwd]');
    expect(await findingsOf({ [AGENDA_PATH]: agenda })).toEqual([`${AGENDA_PATH}:11:14 file/outside-repository`]);
  });

  it('an absolute paper path', async () => {
    const agenda = AGENDA.replace('kind: inform', 'kind: inform\n    papers: [/etc/passwd]');
    expect(await findingsOf({ [AGENDA_PATH]: agenda })).toEqual([`${AGENDA_PATH}:11:14 file/outside-repository`]);
  });

  it('symbolic links that point outside the repository are not followed', async () => {
    const outside = await makeTempDir();
    await writeFile(join(outside, 'secret.md'), '# Hemmelig\n');
    await writeFile(join(outside, 'agenda.md'), AGENDA);
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [AGENDA_PATH.replace('agenda.md', 'papers/.keep')]: '' });
    const meeting = join(cwd, 'meetings/direktorgruppen/2026-03-12');
    await symlink(join(outside, 'agenda.md'), join(meeting, 'agenda.md'));
    await mkdir(join(cwd, 'meetings/direktorgruppen/2026-04-01'), { recursive: true });
    const agenda = AGENDA.replace(/2026-03-12/g, '2026-04-01').replace('kind: inform', 'kind: inform\n    papers: [papers/secret.md]');
    await writeFile(join(cwd, 'meetings/direktorgruppen/2026-04-01/agenda.md'), agenda);
    await mkdir(join(cwd, 'meetings/direktorgruppen/2026-04-01/papers'));
    await symlink(join(outside, 'secret.md'), join(cwd, 'meetings/direktorgruppen/2026-04-01/papers/secret.md'));
    const repo = await loadRepository({ cwd });
    const found = check(repo).findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
    expect(found).toEqual([
      'meetings/direktorgruppen/2026-03-12/agenda.md:1:1 file/outside-repository',
      'meetings/direktorgruppen/2026-04-01/agenda.md:11:14 file/outside-repository',
      // The link itself is a finding too: it is a file of the repository that leads out of it.
      'meetings/direktorgruppen/2026-04-01/papers/secret.md:1:1 file/outside-repository',
    ]);
    expect(repo.papers.size).toBe(0); // the secret was never read
  });

  it('a symbolic link that stays inside the repository is followed', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, 'shared/agenda.md': AGENDA });
    await mkdir(join(cwd, 'meetings/direktorgruppen/2026-03-12'), { recursive: true });
    await symlink(join(cwd, 'shared/agenda.md'), join(cwd, AGENDA_PATH));
    const repo = await loadRepository({ cwd });
    expect(repo.meetings.map((m) => m.agenda?.purpose)).toEqual(['Orientere om arbeidsplanen']);
    expect(check(repo).findings).toEqual([]);
  });

  it('a folder name that is not a date', async () => {
    expect(await findingsOf({ 'meetings/direktorgruppen/neste-mote/agenda.md': AGENDA })).toEqual([
      'meetings/direktorgruppen/neste-mote/agenda.md:4:7 meeting/path-mismatch',
    ]);
  });

  it('item ids written as numbers and as strings are the same id', async () => {
    const agenda = AGENDA.replace('id: "1"', 'id: 1');
    const minutes = `---\ntype: minutes\nforum: direktorgruppen\ndate: 2026-03-12\npresent: [bufdir, hdir]\nitems:\n  - id: "1"\n    outcome: noted\n---\n`;
    expect(await findingsOf({ [AGENDA_PATH]: agenda, [AGENDA_PATH.replace('agenda', 'minutes')]: minutes })).toEqual([]);
  });

  it('YAML tags cannot construct anything', async () => {
    const tagged = AGENDA.replace('title: Arbeidsplan 2026', 'title: !!js/function "function () { process.exit(9) }"');
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [AGENDA_PATH]: tagged });
    const repo = await loadRepository({ cwd });
    expect(typeof repo.meetings[0]?.agenda?.items[0]?.title).toBe('string');
  });

  it('the CLI reports all of this and leaves the tree byte for byte unchanged', async () => {
    const cwd = await makeRepo({
      'etat.yml': CONFIG,
      [AGENDA_PATH]: '---\ntype: [\n---\n',
      'meetings/direktorgruppen/2026-04-01/agenda.md': new Uint8Array([0xff, 0xfe, 0]),
      'meetings/direktorgruppen/2026-05-01/minutes.md': '\uFEFF---\r\ntype: minutes\r\n---\r\n',
    });
    const before = await snapshot(cwd);
    const result = await runInProcess(['check', '--lang', 'en'], { cwd });
    expect(result).toExitWith(1);
    expect(result.stdout).toContain('file/yaml-syntax');
    expect(result.stdout).toContain('file/encoding');
    expect(result.stdout).toContain('schema/invalid');
    expect(await snapshot(cwd)).toEqual(before);
  });
});
