import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { run } from '../../src/cli/run.js';
import { commitAll, gitEnv } from './git.js';

/**
 * The bundled example as a website, for the browser tests and for
 * `scripts/screenshots.mjs` (so no test runner here): a copy of
 * `examples/etatssamarbeidet` committed at a fixed date, built as of the day
 * the example is written for.
 */

export const EXAMPLE = fileURLToPath(new URL('../../examples/etatssamarbeidet/', import.meta.url));
export const EXAMPLE_TODAY = '2026-11-24';
/** The moment of the in-process runs; the site's dates come from --today. */
const NOW = new Date(`${EXAMPLE_TODAY}T09:00:00Z`);

/** One page of each type in the example's site, by a name that the screenshots carry too. */
export const PAGE_TYPES = {
  home: 'index.html',
  forum: 'forums/direktorgruppen/index.html',
  meeting: 'meetings/direktorgruppen/2026-10-29/index.html',
  paper: 'meetings/direktorgruppen/2026-06-11/papers/04-felles-kunnskapsbase.html',
  decisions: 'decisions/index.html',
  cases: 'cases/index.html',
  case: 'cases/ES-2025-007/index.html',
  actions: 'actions/index.html',
  agencies: 'agencies/index.html',
  agency: 'agencies/bufdir/index.html',
  stats: 'stats/index.html',
  search: 'search/index.html',
  publishing: 'publishing/index.html',
  accessibility: 'accessibility/index.html',
} as const;
export type PageType = keyof typeof PAGE_TYPES;

/**
 * A copy of a repository in a new temporary folder, as a git repository with
 * one commit at a fixed date; `prepare` may change the copy before the commit.
 */
export async function committedCopy(source: string, prepare?: (repo: string) => Promise<void>): Promise<{ dir: string; repo: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'etat-site-'));
  const repo = join(dir, 'etatssamarbeidet');
  await cp(source, repo, { recursive: true });
  await prepare?.(repo);
  await execa('git', ['init', '--quiet', '--initial-branch=main'], { cwd: repo, env: gitEnv() });
  await commitAll(repo, 'Eksempelet', '2026-11-01T10:00:00+01:00');
  return { dir, repo };
}

/** `etat <argv>` in-process in `cwd`; what it printed and its exit code. */
export async function etat(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv,
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    now: NOW,
  });
  return { code, stdout, stderr };
}

/** `etat site build` of `repo` into `out` as of the example's day; throws with etat's words when it does not build. */
/**
 * The example without its deliberate identity number (defect 14 of its
 * README), which stops a public build: for tests of the public site.
 */
export async function withoutIdentityNumber(repo: string): Promise<void> {
  const paper = join(repo, 'meetings/sekretariatet/2026-05-20/papers/04-avtale-om-datadeling.md');
  const text = await readFile(paper, 'utf8');
  if (!text.includes('15038712486')) throw new Error(`the example's identity number is no longer in ${paper}`);
  await writeFile(paper, text.replace('15038712486', 'sladdet'));
}

export async function buildSite(repo: string, out: string, ...extra: string[]): Promise<void> {
  const ran = await etat(repo, 'site', 'build', '--out', out, '--today', EXAMPLE_TODAY, ...extra);
  if (ran.code !== 0) throw new Error(`etat site build exited with ${ran.code}:\n${ran.stderr}${ran.stdout}`);
}
