import { describe, expect, it } from 'vitest';
import { CONFIG, makeRepo, makeTempDir, runInProcess } from './helpers/repo.js';

const ID = 'minutes/decision-without-preparation';
const ESCAPE = '\u001b[';

describe('etat rules <id> on a terminal', () => {
  it('renders the page: no HTML comment, no Markdown marks, inline code kept in backticks without colour', async () => {
    const result = await runInProcess(['rules', ID, '--lang', 'en'], { cwd: await makeTempDir() });
    expect(result).toExitWith(0);
    const out = result.stdout;
    expect(out).not.toContain('<!--');
    expect(out).not.toContain(ESCAPE);
    expect(out).not.toMatch(/^#+ /m);
    expect(out).not.toContain('```');
    expect(out.split('\n')[0]).toBe(ID);
    expect(out).toContain('\nWhy\n');
    expect(out).toContain('\nHow to fix\n');
    expect(out).toContain('Record the item as `discussed` (or `noted`)');
    // The italic nb description, without the stars.
    expect(out).toContain('(Vedtak fattes bare i saker som er meldt til beslutning.)');
    expect(out).not.toContain('*(');
    // A list, a code block indented, a link with where it leads (absolute: a terminal has no page to be relative to).
    expect(out).toContain('• Default severity: `error`');
    expect(out).toMatch(/\n {4}type: minutes\n/);
    expect(out).toContain("the rule's fixture (https://github.com/etat-project/etat/blob/main/test/fixtures/rules/minutes/decision-without-preparation/fires)");
    // English: no note that the page is in English.
    expect(out).not.toMatch(/only in English/);
  });

  it('headings bold and inline code coloured only when colour is on', async () => {
    const cwd = await makeTempDir();
    const coloured = await runInProcess(['rules', ID, '--lang', 'en'], { cwd, tty: true });
    expect(coloured).toExitWith(0);
    expect(coloured.stdout).toContain('\u001b[1mWhy\u001b[22m');
    expect(coloured.stdout).toContain('Record the item as \u001b[36mdiscussed\u001b[39m');
    expect(coloured.stdout).not.toContain('`noted`'); // (a code block, the example's output, is shown as it is)
    const forced = await runInProcess(['rules', ID, '--lang', 'en'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[1mWhy\u001b[22m');
    const noColour = await runInProcess(['rules', ID, '--lang', 'en'], { cwd, tty: true, env: { NO_COLOR: '1' } });
    expect(noColour.stdout).not.toContain(ESCAPE);
  });

  it("in bokmål and nynorsk: the rule's words from the catalogue, and one line saying the page is in English", async () => {
    const cwd = await makeTempDir();
    const nb = await runInProcess(['rules', ID, '--lang', 'nb'], { cwd });
    expect(nb).toExitWith(0);
    const nbLines = nb.stdout.split('\n');
    expect(nbLines.slice(0, 3)).toEqual([ID, 'Vedtak fattes bare i saker som er meldt til beslutning.', 'Standard alvorlighetsgrad: feil']);
    expect(nb.stdout).toContain('• Det ble fattet vedtak i sak `…`, som ble tatt opp i møtet: et vedtak uten saksforberedelse.');
    expect(nb.stdout).toContain('  → Før saken som `discussed`');
    expect(nbLines.filter((line) => /engelsk/.test(line))).toEqual(['Resten av siden finnes bare på engelsk.']);
    expect(nb.stdout).toContain('\nHow to fix\n');

    const nn = await runInProcess(['rules', ID, '--lang', 'nn'], { cwd });
    expect(nn).toExitWith(0);
    expect(nn.stdout.split('\n').slice(0, 3)).toEqual([ID, 'Vedtak vert gjorde berre i saker som er melde til vedtak.', 'Standard alvorsgrad: feil']);
    expect(nn.stdout).toContain('• Det vart gjort vedtak i sak `…`, som vart teken opp i møtet: eit vedtak utan saksførebuing.');
    expect(nn.stdout.split('\n').filter((line) => /engelsk/.test(line))).toEqual(['Resten av sida finst berre på engelsk.']);
  });

  it('takes the language from --lang, else etat.yml, else the environment', async () => {
    const repo = await makeRepo({ 'etat.yml': CONFIG.replace('language: en', 'language: nn') });
    const fromConfig = await runInProcess(['rules', ID], { cwd: repo, env: { LANG: 'en_GB.UTF-8' } });
    expect(fromConfig.stdout).toContain('Resten av sida finst berre på engelsk.');
    const fromOption = await runInProcess(['rules', ID, '--lang', 'en'], { cwd: repo });
    expect(fromOption.stdout).not.toContain('engelsk');
    const fromEnv = await runInProcess(['rules', ID], { cwd: await makeTempDir(), env: { LANG: 'nb_NO.UTF-8' } });
    expect(fromEnv.stdout).toContain('Resten av siden finnes bare på engelsk.');
  });
});

describe('etat rules <unknown id>', () => {
  it('suggests the full id for the last part of one, for another area and for a misspelling', async () => {
    const cwd = await makeTempDir();
    for (const typed of ['decision-without-preparation', 'agenda/decision-without-preparation', 'minutes/decison-without-preparation', 'Minutes/Decision-Without-Preparation']) {
      const result = await runInProcess(['rules', typed, '--lang', 'en'], { cwd });
      expect(result).toExitWith(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`There is no rule \`${typed}\`. Did you mean \`${ID}\`? \`etat rules\` lists them all.\n`);
    }
    const nb = await runInProcess(['rules', 'quorum', '--lang', 'nb'], { cwd });
    expect(nb).toMatchObject({ code: 2, stderr: 'Det finnes ingen regel `quorum`. Mente du `minutes/quorum`? `etat rules` lister alle.\n' });
    const nn = await runInProcess(['rules', 'minutes/quorom', '--lang', 'nn'], { cwd });
    expect(nn).toMatchObject({ code: 2, stderr: 'Det finst ingen regel `minutes/quorom`. Meinte du `minutes/quorum`? `etat rules` listar alle.\n' });
    const far = await runInProcess(['rules', 'nope', '--lang', 'en'], { cwd });
    expect(far).toMatchObject({ code: 2, stderr: 'There is no rule `nope`. `etat rules` lists them all.\n' });
  });

  it('rules --help shows an example with an id', async () => {
    const help = await runInProcess(['rules', '--help', '--lang', 'en'], { cwd: await makeTempDir() });
    expect(help).toExitWith(0);
    expect(help.stdout).toContain('etat rules minutes/dissent-not-recorded');
  });
});
