import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { LANGUAGES } from '../src/i18n/lang.js';
import { makeTempDir, runInProcess } from './helpers/repo.js';

/** What a new user does first: `etat init`, then write etat.yml, then the first agenda. */
const read = (dir: string, path: string) => readFile(join(dir, path), 'utf8');

/** Uncomment an example as an editor does (its "toggle comment" takes `# ` away): the lines `#   …`. */
const uncommentExamples = (text: string) => text.replace(/^# (?= {2})/gm, '');

describe('a plain etat init', () => {
  it.each(LANGUAGES)('writes etat.yml with commented-out examples, valid as written and valid uncommented (%s)', async (lang) => {
    const cwd = await makeTempDir();
    expect(await runInProcess(['init', 'styring', '--lang', lang], { cwd })).toExitWith(0);
    const written = await read(cwd, 'styring/etat.yml');
    expect(written).not.toContain('{}');
    expect(written).toMatch(/^agencies:\n# {3}bufdir: \{ name: /m);
    expect(written).toMatch(/^fora:\n# {3}direktorgruppen:\n# {5}name: /m);
    const asWritten = parseDocument(written);
    expect(asWritten.errors).toEqual([]);
    expect(asWritten.toJS()).toEqual({ language: lang, agencies: null, fora: null });
    const check = await runInProcess(['check', '--today', '2026-11-24'], { cwd: join(cwd, 'styring') });
    expect(check).toExitWith(0);

    await writeFile(join(cwd, 'styring/etat.yml'), uncommentExamples(written));
    const uncommented = parseDocument(await read(cwd, 'styring/etat.yml')).toJS() as { agencies: object; fora: Record<string, { members: string[] }> };
    expect(Object.keys(uncommented.agencies)).toEqual(['bufdir', 'hdir', 'udir']);
    expect(uncommented.fora.direktorgruppen!.members).toEqual(['bufdir', 'hdir', 'udir']);
    expect(await runInProcess(['check', '--today', '2026-11-24'], { cwd: join(cwd, 'styring') })).toExitWith(0);
  });

  it('names the `{}` when agencies are added under `agencies: {}`, the way the old etat.yml invited', async () => {
    const cwd = await makeTempDir();
    await writeFile(join(cwd, 'etat.yml'), 'language: en\nagencies:\n  {}\n  bufdir:\n    name: Bufdir\nfora: {}\n');
    const result = await runInProcess(['check', '--today', '2026-11-24', '--lang', 'en'], { cwd });
    expect(result).toExitWith(2);
    expect(result.stderr).toContain('3:3  error  `agencies` is written as `{}`, which means empty, yet indented lines follow it');
    expect(result.stderr).toContain('→ Delete the `{}` after `agencies:` and keep the indented lines below it.');
  });
});
