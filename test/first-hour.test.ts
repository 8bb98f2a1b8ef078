import { mkdir, readFile, writeFile } from 'node:fs/promises';
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
    // How the forum decides is shown, and stays a comment when the example is taken: a choice, not a default.
    expect(written).toMatch(/^# {5}quorum: 2\n# {5}# decides_by: consensus {3}# /m);
    const asWritten = parseDocument(written);
    expect(asWritten.errors).toEqual([]);
    expect(asWritten.toJS()).toEqual({ language: lang, agencies: null, fora: null });
    const check = await runInProcess(['check', '--today', '2026-11-24'], { cwd: join(cwd, 'styring') });
    expect(check).toExitWith(0);

    await writeFile(join(cwd, 'styring/etat.yml'), uncommentExamples(written));
    const uncommented = parseDocument(await read(cwd, 'styring/etat.yml')).toJS() as { agencies: object; fora: Record<string, { members: string[] }> };
    expect(Object.keys(uncommented.agencies)).toEqual(['bufdir', 'hdir', 'udir']);
    expect(uncommented.fora.direktorgruppen!.members).toEqual(['bufdir', 'hdir', 'udir']);
    expect(uncommented.fora.direktorgruppen).not.toHaveProperty('decides_by');
    expect(await runInProcess(['check', '--today', '2026-11-24'], { cwd: join(cwd, 'styring') })).toExitWith(0);
  });

  it('says where the repository is: "this folder" for the one you stand in, never "in .."', async () => {
    const cwd = await makeTempDir();
    const here = await runInProcess(['init', '--lang', 'nb'], { cwd });
    expect(here).toExitWith(0);
    expect(here.stdout).toContain('Et styringsrepositorium er klart i denne mappen.');
    const there = await runInProcess(['init', 'styring', '--lang', 'en'], { cwd });
    expect(there.stdout).toContain('A governance repository is ready in `styring`.');
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

describe('before there is a forum or an agency', () => {
  /** A repository just after a plain `etat init`. */
  const fresh = async (lang: string) => {
    const cwd = await makeTempDir();
    expect(await runInProcess(['init', '.', '--lang', lang], { cwd })).toExitWith(0);
    return cwd;
  };

  it.each(LANGUAGES)('agenda new says how to add the forum, with a piece of etat.yml that works when pasted in (%s)', async (lang) => {
    const cwd = await fresh(lang);
    const refused = await runInProcess(['agenda', 'new', '--forum', 'styret', '--date', '2026-12-03', '--today', '2026-11-24'], { cwd });
    expect(refused).toExitWith(2);
    expect(refused.stderr).toContain('`styret`');
    expect(refused.stderr).not.toMatch(/(Use|Bruk) \./);
    const snippet = refused.stderr
      .split('\n')
      .filter((line) => line.startsWith('    '))
      .map((line) => line.slice(4))
      .join('\n');
    expect(snippet).toMatch(/^agencies:\n {2}bufdir: /);
    expect(snippet).toMatch(/^fora:\n {2}styret:\n {4}name: Styret\n {4}members: \[ bufdir, hdir, udir \]\n/m);

    await writeFile(join(cwd, 'etat.yml'), `language: ${lang}\n${snippet}\n`);
    const made = await runInProcess(['agenda', 'new', '--forum', 'styret', '--date', '2026-12-03', '--purpose', 'Beslutte budsjett', '--today', '2026-11-24'], { cwd });
    expect(made).toExitWith(0);
    expect(await read(cwd, 'meetings/styret/2026-12-03/agenda.md')).toContain('forum: styret');
  });

  it('agenda new without --forum says the same instead of asking from an empty list', async () => {
    const cwd = await fresh('en');
    const refused = await runInProcess(['agenda', 'new', '--date', '2026-12-03', '--today', '2026-11-24'], { cwd });
    expect(refused).toExitWith(2);
    expect(refused.stderr).toMatch(/^etat\.yml has no fora yet\. Add the forum under `fora` in etat\.yml, .*for example:\n\n {4}agencies:\n/);
    expect(refused.stderr).toContain('    fora:\n      <forum>:\n        name: <name>\n');
  });

  it('check says to add the forum, not "use one of" an empty list', async () => {
    const cwd = await fresh('en');
    await mkdir(join(cwd, 'meetings/styret/2026-12-03'), { recursive: true });
    await writeFile(join(cwd, 'meetings/styret/2026-12-03/agenda.md'), '---\ntype: agenda\nforum: styret\ndate: 2026-12-03\npurpose: Beslutte budsjett\nstatus: draft\nitems: []\n---\n');
    const checked = await runInProcess(['check', '--today', '2026-11-24'], { cwd });
    expect(checked).toExitWith(1);
    expect(checked.stdout).toContain('→ `etat.yml` has no fora yet: add `styret` under `fora`, with its name, members and quorum');
    expect(checked.stdout).not.toContain('Use one of ,');
  });

  it('an unknown chair gets the agencies there are, the one meant, or how to add one', async () => {
    const cwd = await fresh('en');
    await writeFile(join(cwd, 'etat.yml'), 'language: en\nagencies:\n  hdir: { name: Helsedirektoratet }\n  udir: { name: Utdanningsdirektoratet }\nfora:\n  styret: { name: Styret, members: [hdir, udir] }\n');
    const misspelt = await runInProcess(['agenda', 'new', '--forum', 'styret', '--date', '2026-12-03', '--purpose', 'Budsjett', '--chair', 'hdri', '--today', '2026-11-24'], { cwd });
    expect(misspelt).toExitWith(2);
    expect(misspelt.stderr).toBe('There is no agency `hdri` in `etat.yml`. Did you mean `hdir`? Use `hdir` or `udir`, or add the agency under `agencies` in etat.yml.\n');

    await writeFile(join(cwd, 'etat.yml'), 'language: nb\nagencies:\nfora:\n  styret: { name: Styret, members: [] }\n');
    const none = await runInProcess(['agenda', 'new', '--forum', 'styret', '--date', '2026-12-03', '--purpose', 'Budsjett', '--chair', 'hdir', '--today', '2026-11-24'], { cwd });
    expect(none).toExitWith(2);
    expect(none.stderr).toContain('Det finnes ingen etat `hdir`: etat.yml har ingen etater ennå. Legg den inn under `agencies` i etat.yml, for eksempel:\n\n    agencies:\n      hdir: { name: <name>, short: <short name> }\n');
  });

  it('paper new on an agenda without items says to add them, not "its items: —"', async () => {
    const cwd = await fresh('en');
    await writeFile(join(cwd, 'etat.yml'), 'language: en\nagencies:\n  hdir: { name: Helsedirektoratet }\nfora:\n  styret: { name: Styret, members: [hdir] }\n');
    expect(await runInProcess(['agenda', 'new', '--forum', 'styret', '--date', '2026-12-03', '--purpose', 'Budsjett', '--today', '2026-11-24'], { cwd })).toExitWith(0);
    const refused = await runInProcess(['paper', 'new', 'styret/2026-12-03', '1'], { cwd });
    expect(refused).toExitWith(2);
    expect(refused.stderr).toBe('Meeting `styret/2026-12-03` has no items yet, so no item `1`: add the items under `items` in `meetings/styret/2026-12-03/agenda.md` first.\n');
  });
});
