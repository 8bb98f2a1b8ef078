import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { commitAll, gitEnv } from './helpers/git.js';
import { makeTempDir } from './helpers/repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOOK = join(ROOT, 'test', 'helpers', 'record-imports.mjs');
const EXAMPLE = join(ROOT, 'examples', 'etatssamarbeidet');
const BUNDLE = pathToFileURL(join(ROOT, 'dist', 'bundle')).href + '/';

/** The bundle's metafile (scripts/bundle.mjs): the source files each file of dist/bundle/ holds. */
const META = JSON.parse(await readFile(join(ROOT, 'dist', 'bundle', 'meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };

/** The URLs of the modules a run of a bin script imports. */
async function urlsOf(bin: string, args: string[]): Promise<string[]> {
  const result = await execa('node', ['--import', HOOK, bin, ...args], { reject: false, cwd: EXAMPLE });
  return result.stderr
    .split('\n')
    .filter((line) => line.startsWith('IMPORT file:'))
    .map((line) => line.slice('IMPORT '.length));
}

/**
 * The source files a run of the built CLI loads (`src/cli/run.ts`,
 * `node_modules/yaml/…`): a file of the bundle stands for the sources esbuild
 * put in it, so that what is loaded lazily is held for the bundle as for dist/.
 */
async function importsOf(args: string[]): Promise<string[]> {
  const sources = new Set<string>();
  for (const url of await urlsOf(join(ROOT, 'bin', 'etat.js'), args)) {
    if (url.startsWith(BUNDLE)) {
      const output = META.outputs[`dist/bundle/${url.slice(BUNDLE.length)}`];
      expect(output, url).toBeDefined();
      for (const input of Object.keys(output!.inputs)) sources.add(input);
    } else sources.add(url);
  }
  return [...sources];
}

/** A script that runs the CLI from tsc's modules in dist/, not the bundle (argv after it). */
const MODULES_RUN = `const { run } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'cli', 'run.js')).href)}); process.exitCode = await run({ argv: process.argv.slice(1), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });`;

/** What only `check` may load: the command, the model, the rules and the heavy parsers. */
const HEAVY = ['src/cli/commands/', 'src/model/', 'src/rules/', 'src/report/', 'node_modules/yaml/', 'node_modules/ajv/', 'node_modules/unified/', 'node_modules/chalk/', 'node_modules/micromark'];

describe('start-up', () => {
  it('etat runs the bundle, and --version loads no command code and no heavy module', async () => {
    const urls = await urlsOf(join(ROOT, 'bin', 'etat.js'), ['--version']);
    expect(urls).toContain(`${BUNDLE}run.js`);
    // Nothing of tsc's dist/ beside the bundle, and no package from node_modules: the bundle holds them.
    expect(urls.filter((url) => !url.startsWith(BUNDLE) && !url.endsWith('/bin/etat.js'))).toEqual([]);
    const imports = await importsOf(['--version']);
    expect(imports).toContain('src/cli/run.ts');
    expect(imports.filter((path) => HEAVY.some((part) => path.includes(part)))).toEqual([]);
  });

  it('etat check loads the Markdown parser only when there are Markdown papers to read', async () => {
    const imports = await importsOf(['check', '--format', 'json']);
    expect(imports).toContain('src/cli/commands/check.ts');
    expect(imports.some((path) => path.startsWith('node_modules/yaml/'))).toBe(true);
    expect(imports.some((path) => path.startsWith('node_modules/remark-parse/'))).toBe(true);
    const rulesOnly = await importsOf(['rules']);
    expect(rulesOnly).toContain('src/cli/commands/rules.ts');
    expect(rulesOnly.filter((path) => ['node_modules/yaml/', 'node_modules/unified/', 'node_modules/ajv/'].some((p) => path.startsWith(p)))).toEqual([]);
  });

  it('the bundle is built without source maps; `--sourcemap` writes maps into src/ for debugging', async () => {
    const files = await readdir(join(ROOT, 'dist', 'bundle'));
    expect(files).toContain('run.js');
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    const text = await readFile(join(ROOT, 'dist', 'bundle', 'run.js'), 'utf8');
    expect(text).not.toContain('sourceMappingURL');

    const out = join(await makeTempDir(), 'bundle');
    await execa('node', [join(ROOT, 'scripts', 'bundle.mjs'), '--sourcemap', '--outdir', out], { cwd: ROOT });
    const map = JSON.parse(await readFile(join(out, 'run.js.map'), 'utf8')) as { sources: string[]; sourcesContent?: unknown };
    expect(map.sources.map((source) => resolve(out, source))).toContain(join(ROOT, 'src', 'cli', 'run.ts'));
    expect(map.sourcesContent).toBeUndefined();
    const mapped = await readFile(join(out, 'run.js'), 'utf8');
    expect(mapped.trimEnd().endsWith('//# sourceMappingURL=run.js.map')).toBe(true);
  });

  it('no module of the bundle asks for __dirname or __filename, which an ES module has not (a package that does is left outside)', async () => {
    const files = (await readdir(join(ROOT, 'dist', 'bundle'))).filter((file) => file.endsWith('.js'));
    const users: string[] = [];
    for (const file of files) {
      const code = (await readFile(join(ROOT, 'dist', 'bundle', file), 'utf8')).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/\b__(?:dirname|filename)\b/.test(code)) users.push(file);
    }
    expect(files.length).toBeGreaterThan(10);
    expect(users).toEqual([]);
  });

  it('every import() of a CommonJS package takes its `default`: in the bundle, that is all such an import() gives', async () => {
    const files = (await readdir(join(ROOT, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts'));
    const imports: { file: string; specifier: string; usesDefault: boolean }[] = [];
    for (const file of files) {
      const text = await readFile(join(ROOT, 'src', file), 'utf8');
      for (const match of text.matchAll(/(\(?)await import\('([^.'][^']*)'\)(\)\.default)?/g)) {
        imports.push({ file, specifier: match[2]!, usesDefault: match[1] === '(' && match[3] !== undefined });
      }
    }
    expect(imports.map((i) => i.specifier)).toContain('yaml');
    const commonJs = (specifier: string): boolean => {
      const path = fileURLToPath(import.meta.resolve(specifier));
      if (path.endsWith('.cjs')) return true;
      if (path.endsWith('.mjs')) return false;
      for (let dir = dirname(path); ; dir = dirname(dir)) {
        try {
          return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { type?: string }).type !== 'module';
        } catch {
          if (dirname(dir) === dir) throw new Error(`no package.json above ${path}`);
        }
      }
    };
    expect(imports.filter((i) => commonJs(i.specifier) && !i.usesDefault)).toEqual([]);
  });

  it("the bundle's calendars are byte for byte those of the modules, with ical-generator 11's line folding in place of 10's", async () => {
    // scripts/bundle.mjs puts upstream's faster fold into the bundle's copy of ical-generator 10: it must fold exactly as 10 does,
    // here at every width of character (ASCII, æøå in two bytes, € in three, an emoji as a surrogate pair in four) across the fold.
    const dir = await makeTempDir();
    await cp(EXAMPLE, dir, { recursive: true });
    const agenda = join(dir, 'meetings', 'direktorgruppen', '2026-12-03', 'agenda.md');
    const text = await readFile(agenda, 'utf8');
    const purpose = 'Beslutte årsrapporten – 2 000 € å fordele 📅 ' + 'æøå€📅x'.repeat(40);
    await writeFile(agenda, text.replace(/^purpose: .*$/m, `purpose: ${purpose}`));
    // Committed, so that DTSTAMP comes from the history, not from the clock of each run.
    await execa('git', ['init', '--quiet', '--initial-branch=main'], { cwd: dir, env: gitEnv() });
    await commitAll(dir, 'Møteplan');
    const bundled = await execa('node', [join(ROOT, 'bin', 'etat.js'), 'calendar'], { cwd: dir, stripFinalNewline: false });
    const modules = await execa('node', ['--input-type=module', '-e', MODULES_RUN, 'calendar'], { cwd: dir, stripFinalNewline: false });
    expect(bundled.stdout).toContain('📅');
    expect(bundled.stdout.split('\r\n').some((line) => line.startsWith(' ') && /[æ€📅]/u.test(line))).toBe(true);
    expect(bundled.stdout).toBe(modules.stdout);
    const chunks = (await readdir(join(ROOT, 'dist', 'bundle'))).filter((file) => file.endsWith('.js'));
    const code = (await Promise.all(chunks.map((file) => readFile(join(ROOT, 'dist', 'bundle', file), 'utf8')))).join('\n');
    expect(code).not.toContain('new TextEncoder().encode(i)');
  });

  it('without the bundle, bin/etat.js runs the modules of dist/', async () => {
    // A copy of bin/ beside a dist/ that has tsc's modules and no bundle.
    const dir = await makeTempDir();
    await mkdir(join(dir, 'bin'));
    await mkdir(join(dir, 'dist'));
    await cp(join(ROOT, 'bin', 'etat.js'), join(dir, 'bin', 'etat.js'));
    await symlink(join(ROOT, 'dist', 'cli'), join(dir, 'dist', 'cli'));
    const version = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await execa('node', ['--import', HOOK, join(dir, 'bin', 'etat.js'), '--version'], { cwd: EXAMPLE });
    expect(result.stdout).toBe(version.version);
    const urls = result.stderr.split('\n').filter((line) => line.startsWith('IMPORT file:'));
    expect(urls.some((line) => line.endsWith('/dist/cli/run.js'))).toBe(true);
    expect(urls.filter((line) => line.includes('/dist/bundle/'))).toEqual([]);
  });
});
