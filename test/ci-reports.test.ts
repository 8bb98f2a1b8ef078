import { accessSync, constants } from 'node:fs';
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { check } from '../src/pipeline/run-rules.js';
import type { Finding } from '../src/findings.js';
import { reporters } from '../src/index.js';
import { loadRepository } from '../src/model/load.js';
import { stepSummary } from '../src/report/github-summary.js';
import { finding, resultOf } from './helpers/findings.js';
import { CONFIG, makeRepo, makeTempDir, runInProcess, snapshot } from './helpers/repo.js';

const EXAMPLE = fileURLToPath(new URL('../examples/etatssamarbeidet', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/rules/', import.meta.url));
const TODAY = '2026-11-24';
const require = createRequire(import.meta.url);
// ajv and ajv-formats are CommonJS; required as such, their default exports are the functions.
const Ajv2020 = require('ajv/dist/2020') as typeof import('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

/** Run `etat check` on the example in English, with the given extra arguments. */
async function checkExample(args: string[], env: Record<string, string> = {}) {
  return runInProcess(['check', '--today', TODAY, '--lang', 'en', ...args], { cwd: EXAMPLE, env });
}

/**
 * The example's findings, as `--format json` reports them: what every other
 * report of the same check must agree with (counted from here, not written
 * into the tests, so that a new rule edits no unrelated test).
 */
let exampleJson: Promise<Finding[]> | undefined;
const exampleFindings = () =>
  (exampleJson ??= checkExample(['--format', 'json']).then((ran) => (JSON.parse(ran.stdout) as { findings: Finding[] }).findings));
const exampleErrors = async () => (await exampleFindings()).filter((f) => f.severity === 'error');

const options = { lang: 'en' as const, color: false, displayPath: (file: string) => file, repositoryPath: (file: string) => file };

/** A path and a message with everything GitHub's runner and URIs treat specially. */
const TRICKY_FILE = 'meetings/styret/2026-01-08/papers/Årsrapport 2025, del 1: 100% ferdig.md';
const TRICKY_REASON = 'Line one: 50% done,\r\nline two, "quoted" <b>&</b> æøå ÆØÅ';

/** The official SARIF 2.1.0 schema, as Microsoft's SARIF SDK ships it with its multitool. */
function sarifSchemaPath(): string {
  for (const platform of ['linux', 'darwin', 'win32']) {
    try {
      return require.resolve(`@microsoft/sarif-multitool-${platform}/sarif-2.1.0.json`);
    } catch {
      // the package of another platform is not installed
    }
  }
  throw new Error('no @microsoft/sarif-multitool-<platform> package with sarif-2.1.0.json');
}

async function sarifValidator() {
  const schema = JSON.parse(await readFile(sarifSchemaPath(), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: Record<string, unknown>[] } };
    results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, with rules, help and fingerprints', async () => {
    const ran = await checkExample(['--format', 'sarif']);
    expect(ran).toExitWith(1);
    const log = JSON.parse(ran.stdout) as SarifLog;
    const validate = await sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'etat', version: expect.any(String) });
    for (const rule of run.tool.driver.rules) {
      expect(rule).toMatchObject({
        id: expect.any(String),
        shortDescription: { text: expect.any(String) },
        fullDescription: { text: expect.any(String) },
        help: { text: expect.any(String), markdown: expect.stringContaining('## Why') },
        defaultConfiguration: { level: expect.stringMatching(/^(error|warning)$/) },
      });
      // Relative links of the page would lead nowhere in a SARIF viewer.
      expect((rule.help as { markdown: string }).markdown).not.toMatch(/\]\(\.\.?\//);
    }
    expect(run.results).toHaveLength((await exampleFindings()).length);
    for (const result of run.results) {
      const uri = result.locations[0]!.physicalLocation.artifactLocation.uri;
      // Relative to the top of the repository: the example is a folder of etat's own repository.
      expect(uri).toMatch(/^examples\/etatssamarbeidet\/meetings\//);
      expect(result.partialFingerprints['etatFindingHash/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(new Set(run.results.map((r) => r.partialFingerprints['etatFindingHash/v1'])).size).toBe(run.results.length);
  });

  it('percent-encodes file names with spaces, commas, colons, % and æøå, and stays valid', async () => {
    const log = JSON.parse(reporters.sarif(resultOf([finding({ file: TRICKY_FILE, reason: TRICKY_REASON })]), options)) as SarifLog;
    const uri = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('meetings/styret/2026-01-08/papers/%C3%85rsrapport%202025%2C%20del%201%3A%20100%25%20ferdig.md');
    expect(decodeURIComponent(uri)).toBe(TRICKY_FILE);
    const validate = await sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  // Microsoft's validator is a native program for Linux x64 in its npm package (made executable by its install script).
  const multitool = (() => {
    try {
      const path = join(sarifSchemaPath(), '..', 'Sarif.Multitool');
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      return undefined;
    }
  })();
  it.runIf(process.platform === 'linux' && process.arch === 'x64' && multitool)(
    "passes Microsoft's SARIF validator with no error or warning (and the validator does catch a broken log)",
    async () => {
      const dir = await makeTempDir();
      const validate = async (log: unknown) => {
        await writeFile(join(dir, 'in.sarif'), JSON.stringify(log));
        await execa(multitool!, ['validate', join(dir, 'in.sarif'), '--output', join(dir, 'out.sarif'), '--log', 'ForceOverwrite', '--level', 'Error;Warning'], {
          reject: false,
          env: { DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        });
        const out = JSON.parse(await readFile(join(dir, 'out.sarif'), 'utf8')) as { runs: { results?: { ruleId: string }[] }[] };
        return (out.runs[0]!.results ?? []).map((r) => r.ruleId);
      };
      const log = JSON.parse((await checkExample(['--format', 'sarif'])).stdout) as SarifLog & { runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
      expect(await validate(log)).toEqual([]);
      log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
      expect(await validate(log)).toContain('JSON1008');
    },
    60_000,
  );
});

describe('junit', () => {
  /** Parse strictly: any XML error fails the test. */
  const parseXml = (xml: string) =>
    new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(`XML ${level}: ${message}`);
      },
    }).parseFromString(xml, 'text/xml');
  const elements = (node: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string) => Array.from(node.getElementsByTagName(name));

  it('has a testsuite per file, a testcase per file and rule, and a failure where a rule found errors', async () => {
    const ran = await checkExample(['--format', 'junit']);
    const json = JSON.parse((await checkExample(['--format', 'json'])).stdout) as { findings: Finding[]; summary: { filesChecked: number } };
    const doc = parseXml(ran.stdout);
    const suites = elements(doc, 'testsuite');
    const files = new Set(json.findings.map((f) => f.file));
    expect(suites.length).toBeGreaterThanOrEqual(json.summary.filesChecked);
    for (const file of files) expect(suites.map((s) => s.getAttribute('name'))).toContain(`examples/etatssamarbeidet/${file}`);

    const cases = elements(doc, 'testcase');
    for (const testcase of cases) {
      expect(testcase.getAttribute('classname')).toBeTruthy();
      expect(testcase.getAttribute('name')).toBeTruthy();
      expect(testcase.getAttribute('file')).toMatch(/^examples\/etatssamarbeidet\//);
    }
    const failing = new Set(json.findings.filter((f) => f.severity === 'error').map((f) => `examples/etatssamarbeidet/${f.file} ${f.ruleId}`));
    const failed = cases.filter((c) => elements(c, 'failure').length > 0).map((c) => `${c.getAttribute('classname')} ${c.getAttribute('name')}`);
    expect(new Set(failed)).toEqual(failing);
    const root = doc.documentElement!;
    expect(Number(root.getAttribute('failures'))).toBe(failing.size);
    expect(Number(root.getAttribute('tests'))).toBe(cases.length);
    // Every error is in its test case's failure, with its line.
    for (const f of json.findings.filter((f) => f.severity === 'error')) {
      const testcase = cases.find((c) => c.getAttribute('classname') === `examples/etatssamarbeidet/${f.file}` && c.getAttribute('name') === f.ruleId)!;
      expect(elements(testcase, 'failure')[0]!.textContent).toContain(`:${f.line}:${f.column} ${f.reason}`);
    }
  });

  it('escapes what XML cannot hold as it is, and drops what it cannot hold at all', () => {
    const reason = `a <b> & "c" 'd' ]]> \u0001\u001b end ${TRICKY_REASON}`;
    const doc = parseXml(reporters.junit(resultOf([finding({ file: TRICKY_FILE, reason })]), options));
    const failure = elements(doc, 'failure')[0]!;
    expect(failure.getAttribute('message')).toContain(`a <b> & "c" 'd' ]]>  end Line one: 50% done,`);
    expect(failure.textContent).toContain(`a <b> & "c" 'd' ]]>  end`);
    expect(elements(doc, 'testsuite')[0]!.getAttribute('name')).toBe(TRICKY_FILE);
  });

  it('shows a clean check as passing tests', () => {
    const doc = parseXml(reporters.junit({ ...resultOf([]), checkedFiles: ['meetings/a/2026-01-01/agenda.md'] }, options));
    expect(elements(doc, 'testcase')).toHaveLength(1);
    expect(elements(doc, 'failure')).toHaveLength(0);
    expect(doc.documentElement!.getAttribute('failures')).toBe('0');
  });
});

describe('gitlab', () => {
  it('is a code quality report in the shape GitLab documents', async () => {
    const ran = await checkExample(['--format', 'gitlab']);
    expect(ran.stdout.charCodeAt(0)).not.toBe(0xfeff);
    const issues = JSON.parse(ran.stdout) as Record<string, unknown>[];
    expect(Array.isArray(issues)).toBe(true);
    expect(issues).toHaveLength((await exampleFindings()).length);
    for (const issue of issues) {
      expect(issue).toMatchObject({
        description: expect.stringMatching(/\S/),
        check_name: expect.stringMatching(/^[a-z-]+\/[a-z-]+$/),
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
        location: { path: expect.stringMatching(/^examples\/etatssamarbeidet\/[^/]/), lines: { begin: expect.any(Number) } },
      });
      expect((issue.location as { lines: { begin: number } }).lines.begin).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.filter((i) => i.severity === 'major')).toHaveLength((await exampleErrors()).length);
  });
});

/** Read workflow commands back as GitHub's runner does: properties split on `,` and `=`, then unescaped. */
function parseWorkflowCommands(text: string) {
  const unescape = (value: string, property: boolean) => {
    let out = value.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
    return out.replace(/%25/g, '%');
  };
  return text
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line)!;
      const properties: Record<string, string> = {};
      for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
        const at = pair.indexOf('=');
        properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), true);
      }
      return { command: match[1]!, properties, message: unescape(match[3]!, false) };
    });
}

describe('github', () => {
  it('escapes messages and paths as the runner reads them', () => {
    const tricky = finding({ file: TRICKY_FILE, reason: TRICKY_REASON, hint: 'Fix: a, b; 5% more.' });
    const text = reporters.github(resultOf([tricky]), options);
    expect(text.split('\n').filter(Boolean)).toHaveLength(1);
    const [command] = parseWorkflowCommands(text);
    expect(command).toEqual({
      command: 'error',
      properties: { file: TRICKY_FILE, line: '5', col: '10', endLine: '5', endColumn: '13', title: 'agenda/purpose-missing' },
      message: `${TRICKY_REASON} Fix: a, b; 5% more.`,
    });
  });

  it('annotates no more than GitHub shows, lists the rest in the log and says so in one last notice', () => {
    const many = [
      ...Array.from({ length: 25 }, (_, i) => finding({ line: i + 1 })),
      ...Array.from({ length: 15 }, (_, i) => finding({ line: i + 1, ruleId: 'minutes/added-item', severity: 'warn', fatal: false })),
    ];
    const text = reporters.github(resultOf(many), { ...options, env: { GITHUB_STEP_SUMMARY: '/tmp/summary.md' } });
    const commands = parseWorkflowCommands(text);
    expect(commands.filter((c) => c.command === 'error')).toHaveLength(10);
    expect(commands.filter((c) => c.command === 'warning')).toHaveLength(10);
    const notices = commands.filter((c) => c.command === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^20 more findings are not shown as annotations.*job summary/);
    expect(commands.at(-1)!.command).toBe('notice');
    const logLines = text.split('\n').filter((line) => line && !line.startsWith('::'));
    expect(logLines).toHaveLength(20);
    expect(logLines[0]).toMatch(/^meetings\/direktorgruppen\/2026-12-03\/agenda.md:11:10: error agenda\/purpose-missing: /);
  });

  it('writes a job summary when GITHUB_STEP_SUMMARY is set, keeping what is there', async () => {
    const dir = await makeTempDir();
    const summary = join(dir, 'summary.md');
    await writeFile(summary, '## Earlier step\n');
    const ran = await checkExample(['--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(ran).toExitWith(1);
    const text = await readFile(summary, 'utf8');
    expect(text.startsWith('## Earlier step\n### etat check\n')).toBe(true);
    const all = await exampleFindings();
    const errors = (await exampleErrors()).length;
    expect(text).toContain(`${errors} errors and ${all.length - errors} warnings in`);
    expect(text).toContain('| [`agenda/paper-missing`](https://github.com/etat-project/etat/blob/main/docs/rules/agenda/paper-missing.md) | 1 | 0 |');
    expect(text.match(/^\| examples\/etatssamarbeidet\//gm)).toHaveLength(all.length);
  });

  it('keeps the summary under 1 MiB, errors first, and escapes what a pull request wrote', () => {
    const long = 'x'.repeat(300);
    const many = [
      ...Array.from({ length: 4000 }, (_, i) => finding({ line: i + 1, ruleId: 'minutes/added-item', severity: 'warn', fatal: false, reason: `warn ${long}` })),
      ...Array.from({ length: 4000 }, (_, i) => finding({ line: i + 1, reason: `err ${long}` })),
    ];
    const text = stepSummary(resultOf(many), options);
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toMatch(/\d+ more findings are not listed here/);
    // The errors fill the table before any warning does.
    expect(text).toContain('| error |');
    expect(text).not.toContain('| warning |');

    const hostile = stepSummary(resultOf([finding({ reason: 'Item | <script>alert(1)</script> [click](https://evil.example) @someone #1 GH-2 www.evil.example `code | x`' })]), options);
    const row = hostile.split('\n').find((line) => line.includes('script'))!;
    expect(row).toContain(
      'Item \\| &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](https:&#8203;//evil.example) @&#8203;someone #&#8203;1 GH&#8203;-2 www&#8203;.evil.example `code \\| x`',
    );
  });
});

describe('fingerprints', () => {
  const agenda = (before: string) => `---
type: agenda
forum: direktorgruppen
date: 2026-03-12
purpose: Beslutte arbeidsplanen
status: draft
items:
${before}  - id: "2"
    title: Arbeidsplan 2026
    kind: decide
    owner: bufdir
    papers: [papers/plan.md]
---
`;
  const paper = '# Arbeidsplan\n\n## Bakgrunn\n\nTekst.\n';
  const fingerprintOf = async (dir: string) => {
    const result = check(await loadRepository({ cwd: dir }), { today: TODAY });
    const found = result.findings.find((f) => f.ruleId === 'agenda/decide-without-proposal')!;
    return { line: found.line, fingerprint: found.fingerprint!, all: result.findings };
  };

  it('stay the same when lines, and items, are inserted above a finding', async () => {
    const dir = await makeRepo({ 'etat.yml': CONFIG, 'meetings/direktorgruppen/2026-03-12/agenda.md': agenda(''), 'meetings/direktorgruppen/2026-03-12/papers/plan.md': paper });
    const before = await fingerprintOf(dir);
    await writeFile(
      join(dir, 'meetings/direktorgruppen/2026-03-12/agenda.md'),
      agenda('  # A comment, and an item before the one with the finding\n  - id: "1"\n    title: Orientering\n    kind: inform\n    owner: hdir\n'),
    );
    const after = await fingerprintOf(dir);
    expect(after.line).toBe(before.line + 5);
    expect(after.fingerprint).toBe(before.fingerprint);
    // …while different findings have different fingerprints.
    expect(new Set(after.all.map((f) => f.fingerprint)).size).toBe(after.all.length);
  });
});

describe('check options for CI', () => {
  it('writes several reports in one run while pretty still goes to the terminal', async () => {
    const dir = await makeTempDir();
    const ran = await checkExample([
      '--format', 'sarif', '--output', join(dir, 'reports/etat.sarif'),
      '--output', join(dir, 'gl.json'), '--format', 'gitlab',
      '--format', 'junit', '--output', join(dir, 'junit.xml'),
      '--format', 'json', '--output', join(dir, 'etat.json'),
    ]);
    expect(ran).toExitWith(1);
    expect(ran.stdout).toContain('✖ 11 errors, 5 warnings');
    const json = JSON.parse(await readFile(join(dir, 'etat.json'), 'utf8')) as { findings: Finding[] };
    expect(JSON.parse(await readFile(join(dir, 'reports/etat.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(JSON.parse(await readFile(join(dir, 'gl.json'), 'utf8'))).toHaveLength(json.findings.length);
    expect(await readFile(join(dir, 'junit.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('sends the one report without --output to the terminal instead of pretty', async () => {
    const dir = await makeTempDir();
    const ran = await checkExample(['--format', 'github', '--format', 'sarif', '--output', join(dir, 'etat.sarif')]);
    expect(ran.stdout.split('\n')[0]).toMatch(/^::error file=examples\/etatssamarbeidet\//);
    expect((await stat(join(dir, 'etat.sarif'))).size).toBeGreaterThan(0);
  });

  it('refuses what it cannot do, and never writes over Markdown', async () => {
    const dir = await makeRepo({ 'notes.md': 'Mine notater.\n' });
    const before = await snapshot(dir);
    const protectedFile = await checkExample(['--format', 'json', '--output', join(dir, 'notes.md')]);
    expect(protectedFile).toExitWith(2);
    expect(protectedFile.stderr).toContain('a report never overwrites those');
    // Refused before the check ran: no report was printed first.
    expect(protectedFile.stdout).toBe('');
    expect(await snapshot(dir)).toEqual(before);

    const noFormat = await checkExample(['--output', join(dir, 'x.json')]);
    expect(noFormat).toExitWith(2);
    expect(noFormat.stderr).toContain('has no `--format` next to it');
    const twoToTerminal = await checkExample(['--format', 'github', '--format', 'json']);
    expect(twoToTerminal).toExitWith(2);
    expect(twoToTerminal.stderr).toContain('Only one report can go to the terminal');
    const badLimit = await checkExample(['--max-warnings', 'some']);
    expect(badLimit).toExitWith(2);
    expect(badLimit.stderr).toContain('is not a number of warnings');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('checks its options and paths before it reads the repository', async () => {
    // etat.yml is broken: an option refused before it is read is refused for itself, not for etat.yml.
    const cwd = await makeRepo({ 'etat.yml': 'language: [\n', 'notes.md': 'Mine notater.\n' });
    for (const [args, message] of [
      [['--format', 'json', '--output', 'notes.md'], '`notes.md` is a Markdown or etat.yml file'],
      [['--format', 'sarif', '--output', 'etat.yml'], '`etat.yml` is a Markdown or etat.yml file'],
      [['meetings/direktorgruppen/2026-13-01'], '`meetings/direktorgruppen/2026-13-01` does not exist.'],
      [['../elsewhere'], '`../elsewhere` is outside the repository'],
    ] as const) {
      const ran = await runInProcess(['check', '--lang', 'en', ...args], { cwd });
      expect(ran).toExitWith(2);
      expect(ran.stdout).toBe('');
      expect(ran.stderr).toContain(message);
      expect(ran.stderr).not.toContain('etat.yml` has problems');
    }
  });

  it('--max-warnings fails a check with only warnings, and --quiet reports errors only', async () => {
    const dir = await makeTempDir();
    await cp(join(FIXTURES, 'minutes/dissent-not-recorded/fires'), dir, { recursive: true });
    await cp(join(FIXTURES, 'base/etat.yml'), join(dir, 'etat.yml'));
    const run = (args: string[]) => runInProcess(['check', '--today', TODAY, '--lang', 'en', ...args], { cwd: dir });
    expect((await run([]))).toExitWith(0);
    const { warnings, errors } = (JSON.parse((await run(['--format', 'json'])).stdout) as { summary: { warnings: number; errors: number } }).summary;
    expect(errors).toBe(0);
    expect(warnings).toBeGreaterThanOrEqual(2); // the two of the fixture (and, outside git, the notice that history is unavailable)
    expect((await run(['--max-warnings', String(warnings)]))).toExitWith(0);
    const over = await run(['--max-warnings', String(warnings - 1)]);
    expect(over).toExitWith(1);
    expect(over.stderr).toContain(`${warnings} warnings, more than \`--max-warnings ${warnings - 1}\` allows.`);
    const quiet = await run(['--quiet', '--format', 'json']);
    expect((JSON.parse(quiet.stdout) as { findings: unknown[] }).findings).toEqual([]);
    // --quiet hides warnings, but --max-warnings still counts them, as in eslint.
    expect((await run(['--quiet', '--max-warnings', '0']))).toExitWith(1);

    const example = await checkExample(['--quiet', '--format', 'json']);
    const findings = (JSON.parse(example.stdout) as { findings: Finding[] }).findings;
    expect(findings).toEqual(await exampleErrors());
  });
});

describe('the demo repository in CI', () => {
  it('check --changed reports the same findings as json, github and gitlab, and the same as a full check of the meeting', async () => {
    const parent = await makeTempDir();
    expect((await runInProcess(['demo', 'demo', '--lang', 'en'], { cwd: parent }))).toExitWith(0);
    const dir = join(parent, 'demo');
    const run = (args: string[]) => runInProcess(['check', '--changed', '--today', TODAY, '--lang', 'en', ...args], { cwd: dir });
    const key = (file: string, line: number, column: number, ruleId: string) => `${file}:${line}:${column} ${ruleId}`;

    const json = (JSON.parse((await run(['--format', 'json'])).stdout) as { findings: Finding[] }).findings;
    expect(json.length).toBeGreaterThan(0);
    const fromJson = json.map((f) => key(f.file, f.line, f.column, f.ruleId)).sort();

    const github = await run(['--format', 'github']);
    expect(github).toExitWith(1);
    const annotations = parseWorkflowCommands(github.stdout).filter((c) => c.command !== 'notice');
    expect(annotations.map((c) => key(c.properties.file!, Number(c.properties.line), Number(c.properties.col), c.properties.title!)).sort()).toEqual(fromJson);
    expect(annotations.map((c) => c.message).sort()).toEqual(json.map((f) => `${f.reason} ${f.hint}`).sort());

    const gitlab = JSON.parse((await run(['--format', 'gitlab'])).stdout) as { check_name: string; fingerprint: string; location: { path: string; lines: { begin: number } } }[];
    expect(gitlab.map((i) => `${i.location.path}:${i.location.lines.begin} ${i.check_name}`).sort()).toEqual(json.map((f) => `${f.file}:${f.line} ${f.ruleId}`).sort());
    expect(gitlab.map((i) => i.fingerprint).sort()).toEqual(json.map((f) => f.fingerprint).sort());

    // --changed reads the touched meeting's history as a full check does: only the paper that was late is late.
    const touched = 'meetings/direktorgruppen/2026-06-11/';
    const full = (JSON.parse((await runInProcess(['check', '--today', TODAY, '--lang', 'en', '--format', 'json'], { cwd: dir })).stdout) as { findings: Finding[] }).findings;
    expect(fromJson).toEqual(full.filter((f) => f.file.startsWith(touched)).map((f) => key(f.file, f.line, f.column, f.ruleId)).sort());
    expect(json.filter((f) => f.ruleId === 'agenda/paper-late')).toHaveLength(1);
  }, 60_000);
});

describe('where reports are written', () => {
  it('creates the folders of --output', async () => {
    const dir = await makeTempDir();
    await mkdir(join(dir, 'a'), { recursive: true });
    const ran = await checkExample(['--format', 'gitlab', '--output', join(dir, 'a/b/c/gl.json')]);
    expect(ran).toExitWith(1);
    expect(JSON.parse(await readFile(join(dir, 'a/b/c/gl.json'), 'utf8'))).toHaveLength((await exampleFindings()).length);
  });
});
