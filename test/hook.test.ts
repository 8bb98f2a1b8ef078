import { chmod, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BEFORE_NAME, HOOK_MARKER, installHook, shQuote } from '../src/git/hook.js';
import { checkStaged } from '../src/pipeline/staged.js';
import { hookTexts } from '../src/i18n/hook.js';
import { gitEnv } from './helpers/git.js';
import { AGENDA, CONFIG, makeRepo, makeTempDir, runInProcess } from './helpers/repo.js';

const BIN = fileURLToPath(new URL('../bin/etat.js', import.meta.url));
const OLD = 'meetings/direktorgruppen/2026-03-12/agenda.md';
const NEW = 'meetings/direktorgruppen/2026-04-16/agenda.md';
/** A clean agenda of a second meeting, and the same with the error the evaluation found first: no purpose. */
const GOOD = AGENDA.replaceAll('2026-03-12', '2026-04-16').replace('Arbeidsplan 2026', 'Budsjett');
const BROKEN = GOOD.replace('purpose: Orientere om arbeidsplanen', 'purpose: TBD');
const PURPOSE = 'agenda/purpose-missing';

// No global or system git config (hooks, core.hooksPath, signing) of the machine reaches these repositories,
// neither through the processes spawned here nor through git run by etat in this process.
let home: string;
beforeEach(async () => {
  home = await makeTempDir();
  vi.stubEnv('GIT_CONFIG_GLOBAL', '/dev/null');
  vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
  vi.stubEnv('GIT_INDEX_FILE', undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const env = (extra: Record<string, string> = {}) => ({ ...gitEnv(), HOME: home, PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...extra });

/** The built CLI, as a user runs it. */
const etat = (cwd: string, args: string[]) => execa(process.execPath, [BIN, ...args], { cwd, env: env(), extendEnv: false, reject: false });
const git = (cwd: string, args: string[], extra: Record<string, string> = {}) =>
  execa('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: env(extra), extendEnv: false, reject: false, all: true });
const commit = (cwd: string, ...args: string[]) => git(cwd, ['commit', '--quiet', '-m', 'Saksliste', ...args]);

/** A repository with one clean meeting, committed, and etat in `sub` (the top of the work tree by default). */
async function repo(sub = '', files: Record<string, string> = {}): Promise<{ top: string; root: string }> {
  const top = await makeRepo({ [`${sub}etat.yml`]: CONFIG, [`${sub}${OLD}`]: AGENDA, ...files });
  await git(top, ['init', '--quiet', '-b', 'main']);
  await git(top, ['add', '-A']);
  await commit(top, '--no-verify');
  return { top, root: join(top, sub) };
}

async function put(root: string, path: string, text: string, stage = true): Promise<void> {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), text);
  if (stage) await git(root, ['add', '--', path]);
}

const hooksDir = (top: string) => join(top, '.git', 'hooks');
const log = async (cwd: string) => (await git(cwd, ['log', '--format=%s'])).stdout.split('\n').filter(Boolean);
const staged = async (cwd: string, args: string[] = []) => runInProcess(['check', '--staged', '--format', 'json', ...args], { cwd });
const ruleIds = (ran: { stdout: string }) => (JSON.parse(ran.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);

describe('etat check --staged', () => {
  it('checks the meetings as staged, not as in the working tree', async () => {
    const { root } = await repo();
    await put(root, NEW, BROKEN);
    await put(root, NEW, GOOD, false);
    const result = await staged(root);
    expect(result).toExitWith(1);
    expect(ruleIds(result)).toEqual([PURPOSE]);
    // The working tree is fine, and etat check says so.
    expect((await runInProcess(['check'], { cwd: root }))).toExitWith(0);

    // The other way round: a broken working tree does not matter when what is staged is fine.
    await git(root, ['add', '--', NEW]);
    await put(root, NEW, BROKEN, false);
    expect(ruleIds(await staged(root))).toEqual([]);
    expect((await runInProcess(['check'], { cwd: root }))).toExitWith(1);
  });

  it('ends at once, clean, when nothing staged bears on a meeting: one git process', async () => {
    const { root } = await repo();
    await put(root, NEW, BROKEN, false); // broken, but not staged
    await put(root, 'README.md', '# Styring\n');
    const result = await staged(root);
    expect(result).toExitWith(0);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ errors: 0, warnings: 0, filesChecked: 0 });
    const check = await checkStaged({ cwd: root, lang: undefined, fallbackLang: 'en', env: {} });
    expect(check.processes).toBe(1);
    expect(check.result.root).toBe(root);
  });

  it('spawns as many git processes for a large repository as for a small one, and leaves no temporary folder', async () => {
    const tempFolders = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('etat-staged-')).length;
    const before = await tempFolders();
    const count = async (meetings: number) => {
      const files: Record<string, string> = {};
      for (let i = 1; i <= meetings; i++) {
        const date = `2026-05-${String(i).padStart(2, '0')}`;
        files[`meetings/direktorgruppen/${date}/agenda.md`] = AGENDA.replaceAll('2026-03-12', date);
        files[`meetings/direktorgruppen/${date}/papers/vedlegg.pdf`] = '%PDF-1.7\n';
      }
      const { root } = await repo('', files);
      await put(root, NEW, BROKEN);
      const check = await checkStaged({ cwd: root, lang: undefined, fallbackLang: 'en', env: {}, today: '2026-11-24' });
      expect(check.result.findings.map((f) => f.ruleId)).toEqual([PURPOSE]);
      expect(check.result.findings[0]!.file).toBe(NEW);
      return check.processes;
    };
    const small = await count(1);
    expect(await count(12)).toBe(small);
    expect(small).toBeLessThanOrEqual(16);
    expect(await tempFolders()).toBe(before);
  });

  it('compares approved minutes as staged with the base, whatever the working tree says', async () => {
    const minutesPath = 'meetings/direktorgruppen/2026-03-12/minutes.md';
    const approved = `---\ntype: minutes\nforum: direktorgruppen\ndate: 2026-03-12\nstatus: approved\napproved_at: direktorgruppen/2026-04-16\npresent: [bufdir, hdir]\nitems:\n  - id: "1"\n    outcome: noted\n---\nReferat.\n`;
    // The meeting of 16 April approved them, under an item of its agenda.
    const approving = GOOD.replace('\n---\n', '\n  - { id: "2", title: Godkjenning av referat, kind: decide, approves: direktorgruppen/2026-03-12 }\n---\n');
    const { root } = await repo('', { [minutesPath]: approved, [NEW]: approving });
    const changed = approved.replace('Referat.', 'Referat, rettet.');
    // Changed in the working tree only, while another meeting is staged: not this commit's business.
    await put(root, minutesPath, changed, false);
    await put(root, NEW, approving + '\nMer.\n');
    expect(ruleIds(await staged(root))).toEqual([]);
    // Staged changed, the working tree put back: the commit would change approved minutes.
    await git(root, ['add', '--', minutesPath]);
    await put(root, minutesPath, approved, false);
    expect(ruleIds(await staged(root))).toEqual(['minutes/approved-changed']);
  });

  it('uses etat.yml as staged, and shows its problems where the user has it', async () => {
    const { root } = await repo();
    await put(root, 'etat.yml', CONFIG.replace('quorum: 2', 'quorum: many'));
    await put(root, 'etat.yml', CONFIG, false);
    expect((await runInProcess(['check'], { cwd: root }))).toExitWith(0);
    const result = await runInProcess(['check', '--staged'], { cwd: join(root, 'meetings') });
    expect(result).toExitWith(2);
    expect(result.stderr).toContain('../etat.yml');
    expect(result.stderr).not.toContain('etat-staged-');
  });

  it('says why it cannot check outside a git repository', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [OLD]: AGENDA });
    const result = await runInProcess(['check', '--staged'], { cwd });
    expect(result).toExitWith(2);
    expect(result.stderr).toContain('is not in a git work tree');
  });
});

describe('etat hook install', () => {
  it('stops a commit while what is staged has errors, and lets it through once the fix is staged', async () => {
    const { root } = await repo();
    const installed = await etat(root, ['hook', 'install']);
    expect(installed.exitCode).toBe(0);
    expect(installed.stdout).toContain('Installed the pre-commit hook `.git/hooks/pre-commit`');
    const hook = join(hooksDir(root), 'pre-commit');
    expect((await readFile(hook, 'utf8')).split('\n').slice(0, 2)).toEqual(['#!/bin/sh', HOOK_MARKER]);
    expect((await stat(hook)).mode & 0o111).toBe(0o111);

    await put(root, NEW, BROKEN);
    const blocked = await commit(root);
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.all).toContain(PURPOSE);
    expect(blocked.all).toContain('git commit --no-verify');

    // Fixed in the working tree but not staged: the commit would still record the error.
    await put(root, NEW, GOOD, false);
    const stillBlocked = await commit(root);
    expect(stillBlocked.exitCode).not.toBe(0);
    expect(stillBlocked.all).toContain(PURPOSE);

    await git(root, ['add', '--', NEW]);
    const passed = await commit(root);
    expect(passed.exitCode, passed.all).toBe(0);
    expect(await log(root)).toHaveLength(2);
  });

  it('lets a commit through when what is staged is fine, however broken the working tree', async () => {
    const { root } = await repo();
    expect((await runInProcess(['hook', 'install'], { cwd: root }))).toExitWith(0);
    await put(root, NEW, GOOD);
    await put(root, NEW, BROKEN, false);
    const passed = await commit(root);
    expect(passed.exitCode, passed.all).toBe(0);
    expect((await git(root, ['show', `HEAD:${NEW}`])).stdout).toContain('purpose: Orientere om arbeidsplanen');
  });

  it('checks what `git commit -a` commits: the index git builds for it', async () => {
    const { root } = await repo();
    expect((await runInProcess(['hook', 'install'], { cwd: root }))).toExitWith(0);
    await put(root, NEW, GOOD);
    await commit(root, '--no-verify');
    // Staged broken, fixed in the working tree: -a commits the fix.
    await put(root, NEW, BROKEN);
    await put(root, NEW, GOOD + '\nMer.\n', false);
    const passed = await commit(root, '-a');
    expect(passed.exitCode, passed.all).toBe(0);
    // And the other way round: -a would commit the broken working tree.
    await put(root, NEW, BROKEN, false);
    const blocked = await commit(root, '-a');
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.all).toContain(PURPOSE);
  });

  it('runs etat from the etat root when that is a folder of the work tree', async () => {
    const { top, root } = await repo('styring/', { 'README.md': '# Prosjekt\n' });
    expect((await runInProcess(['hook', 'install'], { cwd: root }))).toExitWith(0);
    await put(root, NEW, BROKEN);
    const blocked = await commit(top);
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.all).toContain(NEW);
    expect(blocked.all).toContain(PURPOSE);
    // A commit that touches no meeting goes through.
    await git(top, ['reset', '--quiet']);
    await put(top, 'README.md', '# Prosjekt\n\nMer.\n');
    expect((await commit(top)).exitCode).toBe(0);
  });

  it('keeps a hook that was there: it runs first, its failure stops the commit, and uninstall puts it back byte for byte', async () => {
    const { root } = await repo();
    const marker = join(home, 'marker');
    const theirs = `#!/bin/sh\n# lint-staged or the like\necho "their hook ran with $# arguments" >> ${shQuote(marker)}\nif [ -f ${shQuote(join(home, 'fail'))} ]; then echo "their check failed" >&2; exit 3; fi\n`;
    const hook = join(hooksDir(root), 'pre-commit');
    await mkdir(hooksDir(root), { recursive: true });
    await writeFile(hook, theirs);
    await chmod(hook, 0o750);

    const installed = await runInProcess(['hook', 'install'], { cwd: root });
    expect(installed).toExitWith(0);
    expect(installed.stdout).toContain(`\`.git/hooks/${BEFORE_NAME}\``);
    expect(await readFile(join(hooksDir(root), BEFORE_NAME), 'utf8')).toBe(theirs);

    await put(root, NEW, GOOD);
    expect((await commit(root)).exitCode).toBe(0);
    expect(await readFile(marker, 'utf8')).toBe('their hook ran with 0 arguments\n');

    // Their hook fails: the commit stops with it, and etat is not asked.
    await writeFile(join(home, 'fail'), '');
    await put(root, NEW, GOOD + '\nMer.\n');
    const blocked = await commit(root);
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.all).toContain('their check failed');
    expect(blocked.all).not.toContain('etat check --staged');

    const removed = await runInProcess(['hook', 'uninstall'], { cwd: root });
    expect(removed).toExitWith(0);
    expect(removed.stdout).toContain('is `.git/hooks/pre-commit` again');
    expect(await readFile(hook, 'utf8')).toBe(theirs);
    expect((await stat(hook)).mode & 0o777).toBe(0o750);
    expect(await readdir(hooksDir(root))).not.toContain(BEFORE_NAME);
  });

  it('puts back the hook it moved aside even when its own was deleted by hand', async () => {
    const { root } = await repo();
    const hook = join(hooksDir(root), 'pre-commit');
    await writeFile(hook, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    expect((await runInProcess(['hook', 'install'], { cwd: root }))).toExitWith(0);
    await rm(hook);
    const restored = await runInProcess(['hook', 'uninstall'], { cwd: root });
    expect(restored).toExitWith(0);
    expect(await readFile(hook, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
    expect(await readdir(hooksDir(root))).not.toContain(BEFORE_NAME);
  });

  it('installs once, and refuses to remove or move aside a hook that is not its own', async () => {
    const { root } = await repo();
    expect((await runInProcess(['hook', 'install'], { cwd: root }))).toExitWith(0);
    const hook = join(hooksDir(root), 'pre-commit');
    const ours = await readFile(hook, 'utf8');
    const again = await runInProcess(['hook', 'install'], { cwd: root });
    expect(again).toExitWith(0);
    expect(again.stdout).toContain('already installed');
    expect(await readFile(hook, 'utf8')).toBe(ours);
    expect((await readdir(hooksDir(root))).filter((name) => name.startsWith('pre-commit') && !name.endsWith('.sample'))).toEqual(['pre-commit']);

    // Someone replaced it: uninstall leaves their hook alone.
    const theirs = '#!/bin/sh\nexit 0\n';
    await writeFile(hook, theirs);
    const refused = await runInProcess(['hook', 'uninstall'], { cwd: root });
    expect(refused).toExitWith(2);
    expect(refused.stderr).toContain('is not the hook etat installed');
    expect(await readFile(hook, 'utf8')).toBe(theirs);

    // Both names taken by hooks that are not etat's: install changes nothing.
    await writeFile(join(hooksDir(root), BEFORE_NAME), '#!/bin/sh\nexit 0\n');
    const taken = await runInProcess(['hook', 'install'], { cwd: root });
    expect(taken).toExitWith(2);
    expect(taken.stderr).toContain('exists already');
    expect(await readFile(hook, 'utf8')).toBe(theirs);

    const nothing = await runInProcess(['hook', 'uninstall'], { cwd: (await repo()).root });
    expect(nothing).toExitWith(0);
    expect(nothing.stdout).toContain('There is no etat pre-commit hook');
  });

  it('installs where core.hooksPath points, and not in a hooks folder every repository shares', async () => {
    const { root } = await repo();
    await git(root, ['config', 'core.hooksPath', 'githooks']);
    const installed = await runInProcess(['hook', 'install'], { cwd: root });
    expect(installed).toExitWith(0);
    expect(installed.stdout).toContain('`githooks/pre-commit`');
    expect(await readFile(join(root, 'githooks', 'pre-commit'), 'utf8')).toContain(HOOK_MARKER);

    const shared = await makeTempDir();
    const globalConfig = join(home, 'gitconfig');
    await writeFile(globalConfig, `[core]\n\thooksPath = ${shared}\n`);
    vi.stubEnv('GIT_CONFIG_GLOBAL', globalConfig);
    const other = await repo();
    const refused = await runInProcess(['hook', 'install'], { cwd: other.root });
    expect(refused).toExitWith(2);
    expect(refused.stderr).toContain('runs for every repository');
    expect(await readdir(shared)).toEqual([]);
  });

  it('falls back to etat on PATH, and says what to do when there is none', async () => {
    const { root } = await repo();
    const result = await installHook({ root, texts: hookTexts.en.script, node: join(home, 'gone', 'node'), bin: join(home, 'gone', "it's", 'etat.js') });
    expect(result.kind).toBe('installed');
    const script = await readFile(join(hooksDir(root), 'pre-commit'), 'utf8');
    expect(script).toContain(`etat='${join(home, 'gone', 'it')}'\\''s/etat.js'`);

    // No etat anywhere: the commit stops and the hook says how to go on.
    await put(root, NEW, GOOD);
    const gitOnly = join(home, 'git-only');
    await mkdir(gitOnly);
    await symlink((await execa('sh', ['-c', 'command -v git'])).stdout, join(gitOnly, 'git'));
    const lost = await git(root, ['commit', '--quiet', '-m', 'Saksliste'], { PATH: gitOnly });
    expect(lost.exitCode).toBe(1);
    expect(lost.all).toContain('etat was not found');
    expect(lost.all).toContain("it's/etat.js");

    // An etat on PATH is used instead.
    const bin = join(home, 'bin');
    await mkdir(bin);
    await writeFile(join(bin, 'etat'), `#!/bin/sh\nexec ${shQuote(process.execPath)} ${shQuote(BIN)} "$@"\n`);
    await chmod(join(bin, 'etat'), 0o755);
    await put(root, NEW, BROKEN);
    const blocked = await git(root, ['commit', '--quiet', '-m', 'Saksliste'], { PATH: `${bin}:${process.env.PATH ?? ''}` });
    expect(blocked.exitCode).not.toBe(0);
    expect(blocked.all).toContain(PURPOSE);

    // Installing with this etat again points the hook at it.
    const updated = await runInProcess(['hook', 'install'], { cwd: root });
    expect(updated.stdout).toContain('Updated the etat pre-commit hook');
    expect(await readFile(join(hooksDir(root), 'pre-commit'), 'utf8')).toContain(`etat=${shQuote(BIN)}`);
  });

  it('quotes any path for sh', async () => {
    for (const value of ["/a b/it's/etat.js", "'", '$HOME `x` "y" \\']) {
      expect((await execa('sh', ['-c', `printf %s ${shQuote(value)}`])).stdout).toBe(value);
    }
  });

  it('speaks bokmål and nynorsk', async () => {
    const { root } = await repo();
    expect((await runInProcess(['hook', 'install', '--lang', 'nb'], { cwd: root })).stdout).toContain('Installerte pre-commit-kroken');
    expect((await runInProcess(['hook', 'uninstall', '--lang', 'nn'], { cwd: root })).stdout).toContain('Fjerna pre-commit-kroken');
    const outside = await makeRepo({ 'etat.yml': CONFIG });
    const refused = await runInProcess(['hook', 'install', '--lang', 'nn'], { cwd: outside });
    expect(refused).toExitWith(2);
    expect(refused.stderr).toContain('ligg ikkje i ein git-arbeidskopi');
  });
});
