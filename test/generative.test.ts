import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execa } from 'execa';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { clockEnv } from './helpers/git.js';
import { runInProcess } from './helpers/repo.js';

/**
 * Generative tests of `etat check`: the files of the bundled example
 * repository, mutated by fast-check, checked in-process. Whatever a file
 * holds, the check ends with exit 0 or 1, its JSON parses, every finding has a
 * place, a broken file gets a finding of its own, and a finding planted in an
 * untouched file is still reported. Whether a file is broken is decided here,
 * without etat's code: `yaml` for the syntax, ajv with the published schemas,
 * and etat's documented limits.
 *
 * Each `npm test` runs, with a fixed seed (so that CI is repeatable), in
 * about 17 seconds on a 2-core machine:
 * - 120 repositories of 12–23 mutated agendas, minutes and cases each: 2,011
 *   mutated files (1,985 of them with a finding, 26 found clean by the
 *   oracle), and in each an untouched agenda whose finding must still appear;
 * - 40 repositories whose file and folder names are mutated (control
 *   characters, newlines, long names, folders 200 deep, symbolic links out, to
 *   pipes, folders, the parent, nowhere and in loops), each checked with
 *   `--format json` and `pretty`;
 * - 60 mutated `etat.yml`;
 * - one repository of the heaviest mutations (nesting 500–3,000 deep, front
 *   matter just under 256 KiB, thousands of items, aliases at the limit),
 *   checked by the built CLI in a process with 256 MB of heap.
 * More, locally: `ETAT_FUZZ_RUNS=20000 ETAT_FUZZ_SEED=7 npx vitest run --project etat test/generative.test.ts`
 * (the number of repositories of the first property; the names get an eighth
 * as many, etat.yml a quarter). `ETAT_FUZZ_VERBOSE=1` prints what was run.
 */

const RUNS = Number(process.env.ETAT_FUZZ_RUNS ?? 120);
const NAME_RUNS = Math.max(40, Math.ceil(RUNS / 8));
const CONFIG_RUNS = Math.max(60, Math.ceil(RUNS / 4));
const SEED = Number(process.env.ETAT_FUZZ_SEED ?? 20261124);
const VERBOSE = process.env.ETAT_FUZZ_VERBOSE === '1';
const TIMEOUT = Math.max(60_000, RUNS * 200);

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/etatssamarbeidet');
const BIN = join(ROOT, 'bin/etat.js');
const PEAK = fileURLToPath(new URL('./helpers/peak-memory.mjs', import.meta.url));
const TODAY = ['--today', '2026-11-24', '--lang', 'en'];

/** etat's documented limits (docs/security.md), restated rather than imported. */
const MAX_FRONT_MATTER_BYTES = 256 * 1024;
const MAX_DEPTH = 64;
const MAX_ALIASES = 1000;
const MAX_VALUES = 64 * 1024;

type Kind = 'agenda' | 'minutes' | 'case';
interface Seed {
  path: string;
  kind: Kind;
  text: string;
}

/** An untouched agenda with a placeholder purpose: its finding must survive whatever the other files hold. */
const SENTINEL = 'meetings/sekretariatet/2027-01-13/agenda.md';
const SENTINEL_FINDING = 'agenda/purpose-missing';

let seeds: Seed[] = [];
let config = '';
let sentinel = '';
let work = '';
const stats = { repositories: 0, files: 0, withFindings: 0, clean: 0, names: 0, configs: 0 };

beforeAll(async () => {
  config = await readFile(join(EXAMPLE, 'etat.yml'), 'utf8');
  const paths = (await readdir(EXAMPLE, { recursive: true }))
    .map((path) => path.split('\\').join('/'))
    .filter((path) => /^meetings\/[^/]+\/[^/]+\/(agenda|minutes)\.md$/.test(path) || /^cases\/[^/]+\.md$/.test(path))
    .sort();
  seeds = await Promise.all(
    paths.map(async (path) => ({
      path,
      kind: path.startsWith('cases/') ? ('case' as const) : path.endsWith('/minutes.md') ? ('minutes' as const) : ('agenda' as const),
      text: await readFile(join(EXAMPLE, path), 'utf8'),
    })),
  );
  const source = seeds.find((s) => s.path === 'meetings/sekretariatet/2026-08-26/agenda.md')!.text;
  sentinel = source.replaceAll('2026-08-26', '2027-01-13').replace(/^purpose: .*$/m, 'purpose: TBD');
  work = await mkdtemp(join(tmpdir(), 'etat-generative-'));
});

afterAll(async () => {
  if (VERBOSE) console.log(`generative: seed ${SEED}`, stats); // eslint-disable-line no-console
  if (work) await rm(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// Mutations

const YAML_CHARS = [...':{}[],&*!|>\'"%@`#-?', '\t', '\r', '\n', ' ', '\r\n', '---', '...', ': ', '- ', '? '];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u001b[2K', '\u001b]0;x\u0007', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\u200b', '\u202e'];
const UNICODE = ['ø', 'Å', 'é', 'e\u0301', '😀', '\ud800', '\udc00', '中', 'ﬀ', '\u00a0', '𝕏'];
const char = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...YAML_CHARS) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const chars = fc.array(char, { minLength: 0, maxLength: 4 }).map((list) => list.join(''));

/** Values that a scalar may become: huge, infinite, null, nested, tagged, aliased, hostile to a terminal or a prototype. */
const VALUES = [
  '99999999999999999999999999',
  '-99999999999999999999',
  '1e999',
  '-1e999',
  '.inf',
  '-.inf',
  '.nan',
  '0x7FFFFFFFFFFFFFFF',
  '0o17',
  '-0',
  '~',
  'null',
  '',
  'true',
  'no',
  '2026-02-30',
  '10:00',
  '"10:00"',
  '{ a: 1 }',
  '{}',
  '[]',
  '[1, [2, [3, { a: [4] }]]]',
  '&self [*self]',
  '&selfmap { a: *selfmap }',
  '*nowhere',
  '&anchor bufdir',
  '*anchor',
  '!!binary aGVp',
  '!!str 12',
  '!!int "x"',
  '!!map [1]',
  '!custom x',
  '!!js/function "function () {}"',
  '"\\0"',
  '"\\e]0;pwned\\x07TBD\\e[2K"',
  "'it''s'",
  '"unclosed',
  "'unclosed",
  '[unclosed',
  '{ unclosed: 1',
  '|\n  block\n  text',
  '>-\n  folded',
  '{ toString: 1, valueOf: 2 }',
  '{ __proto__: { polluted: 1 } }',
  '[__proto__, constructor]',
  'https://evil.example/x',
  '"@org/team #1 <script>"',
  'ok # a comment',
  'x'.repeat(5000),
  '12345678901',
  '"01017012345"',
];
const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '<<', '? [a, b]', '"type"', 'x-eget', '"\\0"', '&k key', '*k', '!!binary a2V5', 'type', 'items', 'id', 'status', '"a\\nb"', '-', '? ', ''];

/** Nesting past etat's depth limit (64) and, for block maps, past the front matter limit. */
const nesting = fc.record({
  depth: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 80 }) }, { weight: 1, arbitrary: fc.integer({ min: 60, max: 3000 }) }),
  shape: fc.constantFrom('flowSeq', 'flowMap', 'unclosed', 'dashes', 'block', 'mixed'),
});
function nested({ depth, shape }: { depth: number; shape: string }, indent: string): string {
  switch (shape) {
    case 'flowSeq':
      return '['.repeat(depth) + ']'.repeat(depth);
    case 'flowMap':
      return '{a: '.repeat(depth) + '1' + '}'.repeat(depth);
    case 'unclosed':
      return '['.repeat(depth);
    case 'dashes':
      return '\n' + indent + '  ' + '- '.repeat(depth) + 'v';
    case 'mixed':
      return '[{a: '.repeat(depth) + '1' + '}]'.repeat(depth);
    default: {
      // Block maps: each level indented one more; beyond ~700 levels the text outgrows the front matter limit.
      const levels = Math.min(depth, 900);
      return '\n' + Array.from({ length: levels }, (_, i) => `${indent}${' '.repeat(i + 1)}k:`).join('\n') + ' v';
    }
  }
}

type Op =
  | { op: 'char'; at: number; remove: number; insert: string }
  | { op: 'line'; how: 'duplicate' | 'delete' | 'swap' | 'indent' | 'dedent' | 'tab'; a: number; b: number; n: number }
  | { op: 'value'; line: number; value: string }
  | { op: 'key'; line: number; key: string }
  | { op: 'alias'; a: number; b: number; merge: boolean }
  | { op: 'nest'; line: number; nesting: { depth: number; shape: string }; replace: boolean }
  | { op: 'pad'; bytes: number }
  | { op: 'items'; copies: number }
  | { op: 'truncate'; at: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ op: fc.constant('char' as const), at: fc.nat(), remove: fc.nat({ max: 3 }), insert: chars }) },
  {
    weight: 6,
    arbitrary: fc.record({ op: fc.constant('line' as const), how: fc.constantFrom('duplicate', 'delete', 'swap', 'indent', 'dedent', 'tab'), a: fc.nat(), b: fc.nat(), n: fc.integer({ min: 1, max: 6 }) }),
  },
  { weight: 8, arbitrary: fc.record({ op: fc.constant('value' as const), line: fc.nat(), value: fc.constantFrom(...VALUES) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('key' as const), line: fc.nat(), key: fc.constantFrom(...KEYS) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('alias' as const), a: fc.nat(), b: fc.nat(), merge: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('nest' as const), line: fc.nat(), nesting, replace: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({
      op: fc.constant('pad' as const),
      // Past the limit, with room for the edits after it: a file just under it (a parse of 256 KiB) is for the memory test.
      bytes: fc.integer({ min: MAX_FRONT_MATTER_BYTES + 2048, max: MAX_FRONT_MATTER_BYTES + 8192 }),
    }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('items' as const), copies: fc.integer({ min: 2, max: 100 }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
);
const opsArb = fc.array(opArb, { minLength: 1, maxLength: 5 });

/** The end of the front matter (the newline before the closing `---`), or of the text when there is none. */
function frontMatterEnd(text: string): number {
  const end = text.indexOf('\n---', 3);
  return end === -1 ? text.length : end;
}

const KEY_LINE = /^(\s*(?:- )?)([^\s:#][^:]*):(?: (.*))?$/;

/** Apply one mutation to the front matter (a truncation, to the whole file). */
function apply(text: string, op: Op): string {
  const end = frontMatterEnd(text);
  const head = text.slice(0, end);
  const tail = text.slice(end);
  const lines = head.split('\n');
  // Line 0 is the opening `---`: most edits leave it alone; character edits may hit it.
  const pick = (n: number) => (lines.length <= 1 ? 0 : 1 + (n % (lines.length - 1)));
  const keyLines = lines.map((line, i) => (i > 0 && KEY_LINE.test(line) ? i : -1)).filter((i) => i >= 0);
  const pickKey = (n: number) => (keyLines.length === 0 ? undefined : keyLines[n % keyLines.length]!);
  switch (op.op) {
    case 'char': {
      const at = op.at % (end + 5);
      return text.slice(0, at) + op.insert + text.slice(Math.min(text.length, at + op.remove));
    }
    case 'line': {
      const a = pick(op.a);
      const b = pick(op.b);
      const line = lines[a] ?? '';
      if (op.how === 'duplicate') lines.splice(a, 0, ...Array<string>(op.n).fill(line));
      else if (op.how === 'delete') lines.splice(a, op.n);
      else if (op.how === 'swap') [lines[a], lines[b]] = [lines[b] ?? '', line];
      else if (op.how === 'indent') lines[a] = ' '.repeat(op.n) + line;
      else if (op.how === 'dedent') lines[a] = line.slice(Math.min(op.n, /^ */.exec(line)![0].length));
      else lines[a] = '\t' + line;
      return lines.join('\n') + tail;
    }
    case 'value': {
      const i = pickKey(op.line);
      if (i === undefined) return text;
      const [, indent = '', key = ''] = KEY_LINE.exec(lines[i]!)!;
      lines[i] = `${indent}${key}: ${op.value.replaceAll('\n', '\n' + ' '.repeat(indent.length + 2))}`;
      return lines.join('\n') + tail;
    }
    case 'key': {
      const i = pickKey(op.line);
      if (i === undefined) return text;
      const [, indent = '', , value = ''] = KEY_LINE.exec(lines[i]!)!;
      lines[i] = `${indent}${op.key}: ${value}`;
      return lines.join('\n') + tail;
    }
    case 'alias': {
      const a = pickKey(op.a);
      const b = pickKey(op.b);
      if (a === undefined || b === undefined) return text;
      const [, indentA = '', keyA = '', valueA = ''] = KEY_LINE.exec(lines[a]!)!;
      lines[a] = `${indentA}${keyA}: &fc ${valueA}`;
      const [, indentB = '', keyB = ''] = KEY_LINE.exec(lines[b]!)!;
      lines[b] = op.merge ? `${indentB}<<: *fc` : `${indentB}${keyB}: *fc`;
      return lines.join('\n') + tail;
    }
    case 'nest': {
      const i = pickKey(op.line);
      if (op.replace && i !== undefined) {
        const [, indent = '', key = ''] = KEY_LINE.exec(lines[i]!)!;
        lines[i] = `${indent}${key}: ${nested(op.nesting, indent)}`;
      } else {
        lines.splice(pick(op.line), 0, `x-dypt: ${nested(op.nesting, '')}`);
      }
      return lines.join('\n') + tail;
    }
    case 'pad': {
      const missing = Math.max(0, op.bytes - Buffer.byteLength(head));
      return head + '\n' + '# fyll\n'.repeat(Math.ceil(missing / 7)).slice(0, -1) + tail;
    }
    case 'items': {
      const start = lines.findIndex((line) => /^(items|recused|actions|present):/.test(line));
      if (start === -1) return text;
      const entry = lines.slice(start + 1, start + 6).filter((line) => line.startsWith('  '));
      if (entry.length === 0) return text;
      lines.splice(start + 1, 0, ...Array<string[]>(op.copies).fill(entry).flat());
      return lines.join('\n') + tail;
    }
    case 'truncate':
      return text.slice(0, op.at % (text.length + 1));
  }
}

const mutate = (text: string, ops: Op[]) => ops.reduce(apply, text);

// ---------------------------------------------------------------------------
// The oracle: is a file broken? Decided without etat's code.

const ajv = new Ajv2020({ allErrors: false, strict: false });
const schemas = new Map<Kind | 'etat', ReturnType<typeof ajv.compile>>();
async function compileSchemas(): Promise<void> {
  for (const kind of ['agenda', 'minutes', 'case', 'etat'] as const) {
    if (!schemas.has(kind)) schemas.set(kind, ajv.compile(JSON.parse(await readFile(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')) as object));
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Why a file is broken, or undefined. `yamlOnly` for etat.yml, which is YAML without front matter. */
function brokenBecause(bytes: Uint8Array, kind: Kind | 'etat'): string | undefined {
  if (bytes.includes(0)) return 'binary';
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return 'not UTF-8';
  }
  if (text.startsWith('\ufeff')) text = text.slice(1);
  let yaml = text;
  if (kind !== 'etat') {
    // Front matter: a first line `---`, up to the next line that is `---` or `...`.
    const lines = text.split('\n');
    if (lines.length < 2 || !/^---[ \t]*\r?$/.test(lines[0]!)) return 'no front matter';
    const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*\r?$/.test(line));
    if (close === -1) return 'front matter not closed';
    yaml = lines.slice(1, close).join('\n') + (close > 1 ? '\n' : '');
  }
  if (Buffer.byteLength(yaml) > MAX_FRONT_MATTER_BYTES) return 'too large';
  let doc;
  try {
    doc = parseDocument(yaml, { uniqueKeys: true, merge: true, logLevel: 'error' });
  } catch {
    return 'the YAML parser gave up';
  }
  if (doc.errors.length > 0) return `YAML: ${doc.errors[0]!.code}`;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return 'aliases';
  }
  const shape = measure(data);
  if (shape.cyclic) return 'contains itself';
  if (shape.depth > MAX_DEPTH + 1) return 'too deep';
  if (shape.values > 2 * MAX_VALUES && /[*]/.test(yaml)) return 'too many values';
  if (shape.nonFinite) return 'not finite';
  if (!schemas.get(kind)!(data)) return 'schema';
  return undefined;
}

/** Depth, values written out, cycles and non-finite numbers of parsed data. */
function measure(data: unknown): { depth: number; values: number; cyclic: boolean; nonFinite: boolean } {
  const memo = new Map<object, { depth: number; values: number }>();
  const open = new Set<object>();
  let cyclic = false;
  let nonFinite = false;
  const visit = (node: unknown): { depth: number; values: number } => {
    if (typeof node === 'number' && !Number.isFinite(node)) nonFinite = true;
    if (node === null || typeof node !== 'object') return { depth: 0, values: 1 };
    const known = memo.get(node);
    if (known) return known;
    if (open.has(node)) {
      cyclic = true;
      return { depth: 0, values: 1 };
    }
    open.add(node);
    let depth = 0;
    let values = 1;
    for (const value of Object.values(node)) {
      const child = visit(value);
      depth = Math.max(depth, child.depth);
      values += child.values + (Array.isArray(node) ? 0 : 1);
    }
    open.delete(node);
    const result = { depth: depth + 1, values };
    memo.set(node, result);
    return result;
  };
  const { depth, values } = visit(data);
  return { depth, values, cyclic, nonFinite };
}

// ---------------------------------------------------------------------------
// Checking

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  messageId: string;
  reason: string;
  hint: string;
}

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Run `etat check --format json` in-process, and what must hold of any run. */
async function checkJson(cwd: string, extra: string[] = []): Promise<{ code: number; findings: JsonFinding[]; stdout: string; stderr: string }> {
  const ran = await runInProcess(['check', '--format', 'json', ...TODAY, ...extra], { cwd });
  expect(ran.stderr, ran.stderr).not.toMatch(/\n\s+at |did not expect/);
  expect([0, 1], ran.stderr).toContain(ran.code);
  const report = JSON.parse(ran.stdout) as { findings: JsonFinding[]; summary: { filesChecked: number } };
  for (const f of report.findings) {
    expect(typeof f.file).toBe('string');
    expect(f.file.length).toBeGreaterThan(0);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    expect(f.reason, f.reason).not.toMatch(RAW_CONTROLS);
    expect(f.hint, f.hint).not.toMatch(RAW_CONTROLS);
  }
  return { code: ran.code, findings: report.findings, stdout: ran.stdout, stderr: ran.stderr };
}

/** Lines of a file as any reader could count them: an upper bound for a finding's line. */
function lineCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('utf8').match(/\r\n|\r|\n|\u2028|\u2029/g)?.length ?? 0) + 1;
}

/**
 * Make `dir` hold exactly these meeting and case files: the files of the last
 * case that are not in this one are deleted (their folders stay, and hold
 * nothing etat reads), the others written over. Cheaper than a new folder.
 */
const written = new Map<string, Set<string>>();
async function writeRepo(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  const before = written.get(dir) ?? new Set<string>();
  for (const path of before) if (!(path in files)) await rm(join(dir, path), { force: true });
  for (const [path, content] of Object.entries(files)) {
    if (!before.has(path)) await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  written.set(dir, new Set(Object.keys(files)));
}

// ---------------------------------------------------------------------------

describe('mutated front matter', () => {
  it(
    'every broken file gets a finding with a place, the untouched one is still checked, and the JSON parses',
    async () => {
      await compileSchemas();
      const repo = join(work, 'front-matter');
      await mkdir(repo, { recursive: true });
      await writeFile(join(repo, 'etat.yml'), config);
      const caseArb = fc.uniqueArray(fc.record({ seed: fc.nat({ max: seeds.length - 1 }), ops: opsArb }), { minLength: 12, maxLength: 23, size: 'max', selector: (c) => c.seed });
      await fc.assert(
        fc.asyncProperty(caseArb, async (cases) => {
          const files: Record<string, Uint8Array> = {};
          for (const { seed, ops } of cases) files[seeds[seed]!.path] = Buffer.from(mutate(seeds[seed]!.text, ops));
          files[SENTINEL] = Buffer.from(sentinel);
          await writeRepo(repo, files);
          const checked = await checkJson(repo);
          stats.repositories++;
          const checkedFiles = new Set(checked.findings.map((f) => f.file));
          for (const { seed } of cases) {
            const { path, kind } = seeds[seed]!;
            stats.files++;
            const bytes = files[path]!;
            // A file with a finding passes whatever it holds: the oracle is asked only of the others (it costs a parse).
            if (checkedFiles.has(path)) stats.withFindings++;
            else {
              const broken = brokenBecause(bytes, kind);
              expect(broken, `${path} is broken (${broken}) yet has no finding:\n${Buffer.from(bytes).toString('utf8').slice(0, 2000)}`).toBeUndefined();
              stats.clean++;
            }
            const lines = lineCount(bytes);
            for (const f of checked.findings.filter((f) => f.file === path)) expect(f.line, `${f.ruleId} ${f.messageId} past the end of ${path}`).toBeLessThanOrEqual(lines);
          }
          expect(checked.findings.filter((f) => f.file === SENTINEL).map((f) => f.ruleId)).toContain(SENTINEL_FINDING);
          expect(checked.code).toBe(1);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------
// Names and links

/** What no output may ever show: it is only in files outside the repository. */
const SECRET = 'HEMMELIG-7f3a9c';
const NAME_CHARS = ['\n', '\r', '\t', ' ', '\u001b', '\u001b[2K', '\u001b]0;x\u0007', '\u0007', '\u007f', '\u0085', '\u2028', '\u202e', '\ufeff', '-', '.', ':', '\\', '"', "'", '`', '$', '*', '?', '[', ']', '#', '%', '&', '|', '<', '>', '~', 'ø', '😀', 'e\u0301', '::error ', '@', 'a', '2026-03-12'];
const nameArb = fc
  .oneof(
    { weight: 6, arbitrary: fc.array(fc.oneof(fc.constantFrom(...NAME_CHARS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), { minLength: 1, maxLength: 10 }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 255 }).map((n) => 'x'.repeat(n)) },
    { weight: 1, arbitrary: fc.constant('ø'.repeat(127)) },
    { weight: 2, arbitrary: fc.constantFrom('-rf', '--help', '-', '--format=github', '..x', '.hidden', 'agenda.md', 'minutes.md', '2026-03-12', 'direktorgruppen', ' agenda.md', 'agenda.md ') },
  )
  .filter((name) => name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\0') && Buffer.byteLength(name) <= 255);

const TARGETS = ['file', 'file', 'outsideFile', 'outsideDir', 'fifo', 'outsideFifo', 'insideDir', 'dangling', 'loop', 'self', 'root', 'chainOut', 'parent'] as const;
const entryArb = fc.record({
  forum: fc.oneof(fc.constantFrom('direktorgruppen', 'sekretariatet'), nameArb),
  folder: fc.oneof(fc.constantFrom('2026-03-12', '2026-05-20'), nameArb, nameArb.map((name) => cut('2026-03-12' + name))),
  file: fc.oneof(fc.constantFrom('agenda.md', 'minutes.md'), nameArb, nameArb.map((name) => cut(name, 252) + '.md')),
  where: fc.constantFrom('meeting', 'meeting', 'case', 'forumLink', 'folderLink', 'deep'),
  /** Folders below a meeting folder, for `deep`. */
  depth: fc.integer({ min: 1, max: 200 }),
  what: fc.constantFrom(...TARGETS),
  seed: fc.nat(),
});

let hasFifo = false;

/** A name cut to what a file system takes (255 bytes), without splitting a character. */
function cut(name: string, bytes = 255): string {
  let out = '';
  for (const ch of name) {
    if (Buffer.byteLength(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

/** Whether any folder on the way to `path` (inside `root`) is a link, or the path itself exists. */
async function blocked(root: string, path: string): Promise<boolean> {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const info = await lstat(join(root, ...parts.slice(0, i))).catch(() => undefined);
    if (!info) return false;
    if (i === parts.length || info.isSymbolicLink() || !info.isDirectory()) return true;
  }
  return false;
}

describe('mutated names and links', () => {
  it(
    'file and folder names of any kind, and links anywhere: exit 0 or 1, JSON that parses, no control character in pretty, nothing read from outside',
    async () => {
      const base = join(work, 'names');
      const repo = join(base, 'repo');
      const out = join(base, 'outside');
      await mkdir(join(out, 'dir', '2026-01-01'), { recursive: true });
      await mkdir(join(repo, 'innsiden'), { recursive: true });
      const planted = `---\ntype: agenda\nforum: ${SECRET}\ndate: 2026-01-01\npurpose: ${SECRET}\nstatus: sent\nitems:\n  - { id: "${SECRET}", title: ${SECRET}, kind: inform, owner: ${SECRET} }\n---\n${SECRET}\n`;
      await writeFile(join(out, 'secret.md'), planted);
      await writeFile(join(out, 'dir', 'secret.md'), planted);
      await writeFile(join(out, 'dir', '2026-01-01', 'agenda.md'), planted);
      await writeFile(join(repo, 'etat.yml'), config);
      await symlink(join(out, 'secret.md'), join(repo, 'kjede'));
      hasFifo = await execa('mkfifo', [join(repo, 'rør'), join(out, 'pipe')]).then(
        () => true,
        () => false,
      );
      await fc.assert(
        fc.asyncProperty(fc.array(entryArb, { minLength: 1, maxLength: 8 }), async (entries) => {
          await rm(join(repo, 'meetings'), { recursive: true, force: true });
          await rm(join(repo, 'cases'), { recursive: true, force: true });
          await mkdir(dirname(join(repo, SENTINEL)), { recursive: true });
          await writeFile(join(repo, SENTINEL), sentinel);
          for (const entry of entries) {
            const path =
              entry.where === 'case'
                ? `cases/${entry.file.endsWith('.md') ? entry.file : cut(entry.file, 252) + '.md'}`
                : entry.where === 'forumLink'
                  ? `meetings/${entry.forum}`
                  : entry.where === 'folderLink'
                    ? `meetings/${entry.forum}/${entry.folder}`
                    : entry.where === 'deep'
                      ? `meetings/${entry.forum}/${'d/'.repeat(entry.depth)}${entry.file}`
                      : `meetings/${entry.forum}/${entry.folder}/${entry.file}`;
            if (Buffer.byteLength(join(repo, path)) > 4000) continue;
            if (await blocked(repo, path)) continue;
            const at = join(repo, path);
            await mkdir(dirname(at), { recursive: true });
            const here = (target: string) => relative(dirname(at), join(repo, target));
            const isFolder = entry.where === 'forumLink' || entry.where === 'folderLink';
            let what: string = entry.what;
            if (what === 'fifo' || what === 'outsideFifo') what = hasFifo ? what : 'dangling';
            if (what === 'file') {
              if (isFolder) await mkdir(at, { recursive: true });
              else await writeFile(at, seeds[entry.seed % seeds.length]!.text);
            } else if (what === 'outsideFile') await symlink(join(out, 'secret.md'), at);
            else if (what === 'outsideDir') await symlink(join(out, 'dir'), at);
            else if (what === 'fifo') await symlink(here('rør'), at);
            else if (what === 'outsideFifo') await symlink(join(out, 'pipe'), at);
            else if (what === 'insideDir') await symlink(here('innsiden'), at);
            else if (what === 'dangling') await symlink(here('finnes-ikke'), at);
            else if (what === 'loop') {
              const other = `${cut(basename(at), 240)}.sløyfe`;
              await symlink(other, at);
              await symlink(basename(at), join(dirname(at), other)).catch(() => undefined);
            } else if (what === 'self') await symlink(basename(at), at);
            else if (what === 'root') await symlink('/', at);
            else if (what === 'parent') await symlink('..', at);
            else await symlink(here('kjede'), at);
          }
          stats.names++;
          const checked = await checkJson(repo);
          expect(checked.findings.filter((f) => f.file === SENTINEL).map((f) => f.ruleId)).toContain(SENTINEL_FINDING);
          const pretty = await runInProcess(['check', ...TODAY], { cwd: repo });
          expect(pretty.code).toBe(checked.code);
          // eslint-disable-next-line no-control-regex -- control characters are what is looked for
          expect(pretty.stdout + pretty.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
          for (const output of [checked.stdout, checked.stderr, pretty.stdout, pretty.stderr]) expect(output).not.toContain(SECRET);
        }),
        { numRuns: NAME_RUNS, seed: SEED, endOnFailure: true },
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------
// etat.yml

describe('mutated etat.yml', () => {
  it(
    'a broken etat.yml is exit 2 with its findings, never a crash; any other is checked',
    async () => {
      await compileSchemas();
      const repo = join(work, 'config');
      await mkdir(repo, { recursive: true });
      await writeRepo(repo, { [SENTINEL]: sentinel });
      await fc.assert(
        fc.asyncProperty(opsArb, async (ops) => {
          const bytes = Buffer.from(mutate(config, ops));
          await writeFile(join(repo, 'etat.yml'), bytes);
          stats.configs++;
          const ran = await runInProcess(['check', '--format', 'json', ...TODAY], { cwd: repo });
          expect(ran.stderr, ran.stderr).not.toMatch(/\n\s+at |did not expect/);
          expect([0, 1, 2]).toContain(ran.code);
          if (ran.code === 2) {
            expect(ran.stdout).toBe('');
            expect(ran.stderr).toContain('etat.yml');
            // eslint-disable-next-line no-control-regex -- control characters are what is looked for
            expect(ran.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
          } else {
            const broken = brokenBecause(bytes, 'etat');
            expect(broken, `etat.yml is broken (${broken}), yet it was used:\n${bytes.toString('utf8').slice(0, 3000)}`).toBeUndefined();
            const report = JSON.parse(ran.stdout) as { findings: JsonFinding[] };
            expect(report.findings.filter((f) => f.file === SENTINEL).map((f) => f.ruleId)).toContain(SENTINEL_FINDING);
          }
        }),
        { numRuns: CONFIG_RUNS, seed: SEED, endOnFailure: true },
      );
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------
// Memory

/** The heaviest mutations: deep nesting, front matter at the limit, many items, aliases. */
const heavyOpArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('nest' as const), line: fc.nat(), nesting: fc.record({ depth: fc.integer({ min: 500, max: 3000 }), shape: fc.constantFrom('flowSeq', 'flowMap', 'unclosed', 'dashes', 'block', 'mixed') }), replace: fc.boolean() }),
  fc.record({ op: fc.constant('pad' as const), bytes: fc.integer({ min: MAX_FRONT_MATTER_BYTES - 4096, max: MAX_FRONT_MATTER_BYTES - 16 }) }),
  fc.record({ op: fc.constant('items' as const), copies: fc.integer({ min: 1000, max: 12_000 }) }),
  fc.record({ op: fc.constant('alias' as const), a: fc.nat(), b: fc.nat(), merge: fc.boolean() }),
);

describe('the heaviest mutations, in a process with 256 MB of heap', () => {
  it(
    'ends with exit 0 or 1 under 256 MB, and every broken file has a finding',
    async () => {
      await compileSchemas();
      const repo = join(work, 'memory');
      await mkdir(repo, { recursive: true });
      await writeFile(join(repo, 'etat.yml'), config);
      const heavy = fc.sample(fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(heavyOpArb, { minLength: 1, maxLength: 3 })), { numRuns: 16, seed: SEED });
      const files: Record<string, Uint8Array> = { [SENTINEL]: Buffer.from(sentinel) };
      for (const [seed, ops] of heavy) files[seeds[seed]!.path] = Buffer.from(mutate(seeds[seed]!.text, ops));
      // Aliases just under the limit of values, and a map merged a thousand times.
      const recused = Array.from({ length: 20 }, (_, i) => `  - { by: ukjent${i} }`).join('\n');
      files['meetings/direktorgruppen/2027-02-11/minutes.md'] = Buffer.from(
        `---\ntype: minutes\nforum: direktorgruppen\ndate: 2027-02-11\nstatus: draft\npresent: [bufdir, hdir]\nx-r: &r\n${recused}\nitems:\n${Array.from({ length: 900 }, (_, i) => `  - { id: "${i + 1}", outcome: noted, recused: *r }`).join('\n')}\n---\n`,
      );
      files['meetings/direktorgruppen/2027-03-11/agenda.md'] = Buffer.from(
        `---\nx-a: &a {${Array.from({ length: 9000 }, (_, i) => `k${i}: 1`).join(', ')}}\n${Array.from({ length: 990 }, (_, i) => `x-m${i}: { <<: *a }`).join('\n')}\ntype: agenda\n---\n`,
      );
      await writeRepo(repo, files);
      const peakFile = join(work, 'peak');
      const ran = await execa(process.execPath, ['--max-old-space-size=256', `--import=${PEAK}`, BIN, 'check', '--format', 'json', ...TODAY], {
        cwd: repo,
        reject: false,
        timeout: 120_000,
        env: { ...clockEnv(), LANG: 'C.UTF-8', ETAT_PEAK_MEMORY: peakFile },
        extendEnv: false,
      });
      expect(ran.stderr).not.toMatch(/\n\s+at |FATAL ERROR|heap out of memory/);
      expect(ran.exitCode).toBe(1);
      const peakMB = Number(await readFile(peakFile, 'utf8')) / 1024;
      expect(peakMB).toBeLessThan(256);
      const report = JSON.parse(ran.stdout) as { findings: JsonFinding[] };
      const withFindings = new Set(report.findings.map((f) => f.file));
      for (const [path, bytes] of Object.entries(files)) {
        if (withFindings.has(path)) continue;
        const kind: Kind = path.startsWith('cases/') ? 'case' : path.endsWith('/minutes.md') ? 'minutes' : 'agenda';
        expect(brokenBecause(bytes, kind), path).toBeUndefined();
      }
      expect(withFindings.has(SENTINEL)).toBe(true);
      if (VERBOSE) console.log(`memory: ${Object.keys(files).length} files, ${(Object.values(files).reduce((n, b) => n + b.length, 0) / 1024 / 1024).toFixed(1)} MB, peak ${peakMB.toFixed(0)} MB`); // eslint-disable-line no-console
    },
    180_000,
  );
});
