import { execa } from 'execa';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Git } from '../src/git/git.js';
import { readHistory } from '../src/git/history.js';
import { commitAll, gitEnv } from './helpers/git.js';
import { makeRepo, makeTempDir } from './helpers/repo.js';

/** A repository with a large file (far more than one read of a pipe), a small one, and a name with non-ASCII letters. */
async function repo(): Promise<{ dir: string; ids: Record<string, string> }> {
  const large = 'Lang tekst om saken, med æ, ø og å.\n'.repeat(20_000);
  const dir = await makeRepo({ 'stor.md': large, 'liten.md': 'liten\n', 'møte/sakspapir ø.md': 'ø\n' });
  await execa('git', ['init', '--quiet', '-b', 'main'], { cwd: dir, env: gitEnv() });
  await commitAll(dir, 'Alt');
  const ids: Record<string, string> = {};
  for (const path of ['stor.md', 'liten.md', 'møte/sakspapir ø.md']) ids[path] = (await execa('git', ['rev-parse', `HEAD:${path}`], { cwd: dir })).stdout;
  return { dir, ids };
}

describe('one long-lived cat-file', () => {
  it('answers many reads asked at once, in the order asked, with one process', async () => {
    const { dir, ids } = await repo();
    const git = new Git(dir);
    const cat = git.catFile();
    const names = [ids['stor.md']!, ids['liten.md']!, '0'.repeat(40), ids['stor.md']!, 'HEAD:liten.md', ids['møte/sakspapir ø.md']!];
    const read = await Promise.all(names.map((name) => cat.read(name)));
    await cat.close();
    expect(read.map((bytes) => bytes?.toString('utf8').length)).toEqual([720_000, 6, undefined, 720_000, 6, 2]);
    expect(read[0]!.toString('utf8')).toBe('Lang tekst om saken, med æ, ø og å.\n'.repeat(20_000));
    expect(read[5]!.toString('utf8')).toBe('ø\n');
    expect(git.spawned).toBe(1);
  });

  it('reads on after an answer, and starts no process for no read', async () => {
    const { dir, ids } = await repo();
    const git = new Git(dir);
    const idle = git.catFile();
    await idle.close();
    expect(git.spawned).toBe(0);
    const cat = git.catFile();
    expect((await cat.read(ids['liten.md']!))?.toString('utf8')).toBe('liten\n');
    expect((await cat.read(ids['stor.md']!))?.length).toBe(Buffer.byteLength('Lang tekst om saken, med æ, ø og å.\n') * 20_000);
    await cat.close();
    expect(git.spawned).toBe(1);
  });

  it('refuses a name with a newline, which would shift every answer after it, and any read once git has ended', async () => {
    const { dir, ids } = await repo();
    const cat = new Git(dir).catFile();
    await expect(cat.read(`${ids['liten.md']}\nHEAD:stor.md`)).rejects.toThrow(/newline/);
    expect((await cat.read(ids['liten.md']!))?.toString('utf8')).toBe('liten\n');
    await cat.close();
    await expect(cat.read(ids['liten.md']!)).rejects.toThrow(/ended/);
  });

  it('reads objects for the sources with one process per batch, as before', async () => {
    const { dir, ids } = await repo();
    const git = new Git(dir);
    const objects = await git.objects([ids['liten.md']!, 'HEAD:møte/sakspapir ø.md', 'HEAD:finnes-ikke.md']);
    expect([...objects.keys()]).toEqual([ids['liten.md'], 'HEAD:møte/sakspapir ø.md']);
    expect(objects.get('HEAD:møte/sakspapir ø.md')?.toString('utf8')).toBe('ø\n');
    expect(await git.objects([])).toEqual(new Map());
    expect(git.spawned).toBe(1);
  });
});

describe('git output read as it arrives', () => {
  it('splits a long -z output into its fields, whatever a read of the pipe cuts', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `møter/${String(i).padStart(4, '0')} ærlig øl å.md`);
    const dir = await makeRepo(Object.fromEntries(names.map((name) => [name, 'x\n'])));
    await execa('git', ['init', '--quiet', '-b', 'main'], { cwd: dir, env: gitEnv() });
    await commitAll(dir, 'Alt');
    const fields: string[] = [];
    await new Git(dir).eachField(['ls-files', '-z'], (field) => fields.push(field));
    expect(fields).toEqual(names.sort());
  });

  it('reads a spooled output to the same fields, a character cut by a chunk of the file whole, and leaves no file behind', async () => {
    // Fields of many lengths, an `ø` (two bytes) astride the first MiB at which the spool is read, and a last field with no NUL after it.
    const fields = Array.from({ length: 300 }, (_, i) => `felt ${i} ${'å'.repeat(i * 5)}`);
    fields.push('x'.repeat((1 << 20) - Buffer.byteLength(fields.join('\0') + '\0') - 1) + 'ø' + 'ende');
    // And more than another MiB, so that the second read of the spool writes over the first where a field ran on from it.
    fields.push('y'.repeat(1 << 20), 'siste');
    const dir = await makeRepo({ 'a.md': 'x\n' });
    await execa('git', ['init', '--quiet', '-b', 'main'], { cwd: dir, env: gitEnv() });
    const { stdout: blob } = await execa('git', ['hash-object', '-w', '--stdin'], { cwd: dir, env: gitEnv(), input: Buffer.from(fields.join('\0')) });
    expect(Buffer.from(fields.join('\0')).indexOf('ø')).toBe((1 << 20) - 1);
    const git = new Git(dir);
    const spooled: string[] = [];
    const piped: string[] = [];
    // A temporary folder of the test's own: other test files spool into the system's at the same time.
    const temporary = await makeTempDir();
    const systemTemporary = process.env.TMPDIR;
    process.env.TMPDIR = temporary;
    try {
      expect(tmpdir()).toBe(temporary);
      await git.eachFieldSpooled(['cat-file', 'blob', blob], (field) => spooled.push(field));
    } finally {
      if (systemTemporary === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = systemTemporary;
    }
    await git.eachField(['cat-file', 'blob', blob], (field) => piped.push(field));
    expect(spooled).toEqual(fields);
    expect(piped).toEqual(fields);
    expect(await readdir(temporary)).toEqual([]);
  });

  it('fails with the reader when the reader of a field fails, and reads no field after it', async () => {
    const dir = await makeRepo({ 'a.md': 'x\n', 'b.md': 'x\n', 'c.md': 'x\n' });
    await execa('git', ['init', '--quiet', '-b', 'main'], { cwd: dir, env: gitEnv() });
    await commitAll(dir, 'Alt');
    const seen: string[] = [];
    const reading = new Git(dir).eachField(['ls-files', '-z'], (field) => {
      seen.push(field);
      if (field === 'b.md') throw new Error('unreadable');
    });
    await expect(reading).rejects.toThrow('unreadable');
    expect(seen).toEqual(['a.md', 'b.md']);
  });

  it('says when the logs are started, before it has read them', async () => {
    const dir = await makeRepo({ 'meetings/a/2026-01-01/agenda.md': 'x\n' });
    await execa('git', ['init', '--quiet', '-b', 'main'], { cwd: dir, env: gitEnv() });
    await commitAll(dir, 'Alt');
    const events: string[] = [];
    const reading = readHistory({ root: dir, defaultBranch: 'main', agendas: [], onStarted: () => events.push('started') }).then((history) => {
      events.push('read');
      return history;
    });
    expect((await reading).availableAt('meetings/a/2026-01-01/agenda.md')).toBeDefined();
    expect(events).toEqual(['started', 'read']);
  });

  it('says git is missing when it cannot be started', async () => {
    const dir = await makeTempDir();
    const path = process.env.PATH;
    process.env.PATH = dir;
    try {
      let started = 0;
      const history = await readHistory({ root: dir, defaultBranch: 'main', agendas: [], onStarted: () => started++ });
      expect(history.problems).toEqual([{ kind: 'no-git' }]);
      // A caller that waits for git to start before a long load is not left waiting.
      expect(started).toBe(1);
    } finally {
      process.env.PATH = path;
    }
  });
});
