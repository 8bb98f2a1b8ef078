import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parse } from 'yaml';
import { checkRepository } from '../../src/pipeline/check.js';
import { check, type CheckResult } from '../../src/pipeline/run-rules.js';
import type { Lang } from '../../src/i18n/lang.js';
import { loadRepository } from '../../src/model/load.js';
import type { Repository } from '../../src/model/types.js';
import { ConfigError } from '../../src/errors.js';
import { summarise } from '../../src/findings.js';
import { gitEnv } from './git.js';

export const RULE_FIXTURES = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));

/** The date every rule fixture is checked at, so that date rules are repeatable. */
export const FIXTURE_TODAY = '2026-11-24';

/** The folder of a rule's fixture: `test/fixtures/rules/<rule-id>/<fires|silent>`. */
export function fixtureDir(ruleId: string, kind: 'fires' | 'silent'): string {
  return join(RULE_FIXTURES, ruleId, kind);
}

/**
 * Every fixture of a rule that fires: `fires/` (the example of the rule's page)
 * and `fires-<case>/` for messages that need a repository of their own.
 */
export async function firingFixtures(ruleId: string): Promise<string[]> {
  const names = (await readdir(join(RULE_FIXTURES, ruleId))).filter((name) => name === 'fires' || name.startsWith('fires-'));
  return names.sort().map((name) => join(RULE_FIXTURES, ruleId, name));
}

/**
 * Every fixture of a rule on which no rule finds anything: `silent/` (the
 * corrected example of the rule's page) and `silent-<case>/` for good input
 * that needs a repository of its own (another `etat.yml`, say).
 */
export async function silentFixtures(ruleId: string): Promise<string[]> {
  const names = (await readdir(join(RULE_FIXTURES, ruleId))).filter((name) => name === 'silent' || name.startsWith('silent-'));
  return names.sort().map((name) => join(RULE_FIXTURES, ruleId, name));
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Check a fixture repository: copied to a temporary folder, with the base
 * etat.yml when it has none of its own (so that fixtures hold only what they
 * are about). A fixture whose etat.yml is broken gives the findings etat
 * reports for it (exit 2 on the command line).
 */
export async function checkFixture(dir: string, lang?: Lang): Promise<CheckResult> {
  const temporary = await mkdtemp(join(tmpdir(), 'etat-fixture-'));
  let work = join(temporary, 'repo');
  try {
    await mkdir(work);
    const scripted = await exists(join(dir, HISTORY));
    const settings = (await exists(join(dir, SETTINGS))) ? (parse(await readFile(join(dir, SETTINGS), 'utf8')) as FixtureSettings) : {};
    if (scripted) await replayHistory(dir, work);
    if (settings.git === 'shallow') {
      const clone = join(temporary, 'clone');
      await execa('git', ['clone', '--quiet', '--depth', '1', `file://${work}`, clone], { env: gitEnv() });
      work = clone;
    }
    await cp(dir, work, { recursive: true, filter: (source) => !FIXTURE_ONLY.some((name) => source === join(dir, name)) });
    if (!(await exists(join(dir, 'etat.yml')))) await cp(join(RULE_FIXTURES, 'base', 'etat.yml'), join(work, 'etat.yml'));
    for (const path of settings.remove ?? []) await rm(join(work, path));
    for (const [path, target] of Object.entries(settings.links ?? {})) await symlink(target, join(work, path));
    for (const path of settings.fifos ?? []) await execa('mkfifo', [join(work, path)]);
    for (const { path, bytes, where } of settings.pad ?? []) {
      const text = await readFile(join(work, path), 'utf8');
      const line = where === 'frontMatter' ? '# fyll\n' : 'Fyll.\n';
      const padding = line.repeat(Math.ceil((bytes - Buffer.byteLength(text)) / line.length));
      const at = where === 'frontMatter' ? text.indexOf('\n---', 3) + 1 : text.length;
      await writeFile(join(work, path), text.slice(0, at) + padding + text.slice(at));
    }
    // Links out of the repository, to a file that exists beside it.
    if (settings.outsideLinks) {
      await writeFile(join(temporary, 'outside.md'), '---\ntype: agenda\n---\nNot in the repository.\n');
      for (const path of settings.outsideLinks) {
        await mkdir(dirname(join(work, path)), { recursive: true });
        await symlink(join(temporary, 'outside.md'), join(work, path));
      }
    }
    let repo: Repository;
    try {
      repo = await loadRepository({ cwd: work, lang });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return { root: work, findings: error.findings, summary: summarise(error.findings), filesChecked: 1 };
    }
    const options = { today: FIXTURE_TODAY, lang, base: settings.base };
    if (!scripted && settings.git === undefined) return check(repo, options);
    if (settings.git !== 'missing') return await checkRepository(repo, options);
    // A machine without git: a PATH on which there is none, for this one check.
    const path = process.env.PATH;
    process.env.PATH = work;
    try {
      return await checkRepository(repo, options);
    } finally {
      process.env.PATH = path;
    }
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** A fixture's script of commits, and what else in it is not part of the repository. */
export const HISTORY = 'history.yml';
/**
 * How a fixture is checked, when not as usual (`fixture.yml`). A fixture with
 * `history.yml` reads history from its replay.
 */
export const SETTINGS = 'fixture.yml';
interface FixtureSettings {
  /**
   * `none`: read history outside any git repository; `missing`: on a machine
   * without git (a PATH without it); `shallow`: from a clone of the replayed
   * history with `--depth 1`, as CI checks out.
   */
  git?: 'none' | 'missing' | 'shallow';
  /** `--base`. */
  base?: string;
  /** Paths made symbolic links to a file outside the repository. */
  outsideLinks?: string[];
  /** Paths deleted from the working tree after the history is replayed (a change that deletes a file). */
  remove?: string[];
  /** Symbolic links to make, path → target as written in the link. */
  links?: Record<string, string>;
  /** Named pipes (FIFOs) to make: reading one would block for ever. */
  fifos?: string[];
  /**
   * Files made larger, so that no large file is kept in the repository: YAML
   * comment lines added to the end of the front matter, or text lines to the
   * end of the file, until it holds `bytes`.
   */
  pad?: { path: string; bytes: number; where: 'frontMatter' | 'end' }[];
}
export const FIXTURE_ONLY = [HISTORY, SETTINGS, 'expected.txt', 'versions'];

type Step =
  | { commit: string; date: string; author?: string; files: (string | { path: string; from: string })[] }
  | { branch: string }
  | { checkout: string }
  | { merge: string; date: string };

/**
 * Replay `history.yml` into a new git repository in `work`: each `commit` step
 * copies the files it names (as they are in the fixture, or `from` another
 * version under `versions/`) and commits them at its committer `date` (the
 * author date is `author`, or the same); `branch`, `checkout` and `merge` move
 * between branches. Afterwards the fixture's files are copied over the result,
 * so that what differs from the last commit is an uncommitted change.
 */
async function replayHistory(dir: string, work: string): Promise<void> {
  const steps = parse(await readFile(join(dir, HISTORY), 'utf8')) as Step[];
  const git = (args: string[], env: Record<string, string> = gitEnv()) => execa('git', args, { cwd: work, env });
  await git(['init', '--quiet', '-b', 'main']);
  for (const step of steps) {
    if ('commit' in step) {
      for (const file of step.files) {
        const path = typeof file === 'string' ? file : file.path;
        const source = typeof file === 'string' ? (path === 'etat.yml' && !(await exists(join(dir, path))) ? join(RULE_FIXTURES, 'base', path) : join(dir, path)) : join(dir, file.from);
        await mkdir(dirname(join(work, path)), { recursive: true });
        await cp(source, join(work, path));
        await git(['add', '--', path]);
      }
      await git(['-c', 'commit.gpgsign=false', 'commit', '--quiet', '--allow-empty', '-m', step.commit], { ...gitEnv(step.date), GIT_AUTHOR_DATE: step.author ?? step.date });
    } else if ('branch' in step) {
      await git(['checkout', '--quiet', '-b', step.branch]);
    } else if ('checkout' in step) {
      await git(['checkout', '--quiet', step.checkout]);
    } else {
      await git(['-c', 'commit.gpgsign=false', 'merge', '--quiet', '--no-ff', '-m', `Merge ${step.merge}`, step.merge], gitEnv(step.date));
    }
  }
}

/** A finding as `file:line:column rule-id message-id`, the form `expected.txt` is written in. */
export function findingLine(f: { file: string; line: number; column: number; ruleId: string; messageId: string }): string {
  return `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.messageId}`;
}

/** The findings a fixture expects: `expected.txt` beside it, one per line. */
export async function expectedFindings(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, 'expected.txt'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
