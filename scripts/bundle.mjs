// Part of `npm run build`, after tsc: bundle the CLI into dist/bundle/ with esbuild.
//
// Why: Node resolves, reads and compiles every ES module on its own; a check loads
// some 180 of them (dist/ and node_modules), which cost it 100-150 ms of every run.
// Bundled, the same code is a handful of files. Code splitting keeps the lazy
// loading of src/cli/command-index.ts: every `import()` of a command or a reporter
// stays a separate chunk, so `etat --version` still loads no command.
//
// What is not bundled: ajv, which src/schema/index.ts loads through `createRequire`
// only when a schema changed since the build (it then resolves from the package's
// node_modules as before), and @touch4it/ical-timezones, which finds its files from
// its own folder. Files etat ships (schemas, templates, docs, the
// example) are found from the package root (src/package-root.ts), not beside a
// module, so the bundle reads them as dist/ does. The library export
// (dist/index.js) stays tsc's output. bin/etat.js runs the bundle when it is
// there, else dist/cli/run.js.
//
// Source maps: none by default. They would be read only with
// NODE_OPTIONS=--enable-source-maps (reading them costs every run ~20 ms, so
// bin/etat.js does not ask for it), and a package need not ship them. To debug
// with stack traces into src/, build the bundle with them:
//   node scripts/bundle.mjs --sourcemap     (then NODE_OPTIONS=--enable-source-maps etat …)
// `--outdir <dir>` writes the bundle elsewhere (test/startup.test.ts uses it).
//
// esbuild is called as the binary the installed package provides.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: { sourcemap: { type: 'boolean', default: false }, outdir: { type: 'string' } },
});
const OUT = options.outdir === undefined ? join(ROOT, 'dist', 'bundle') : resolve(options.outdir);
const ESBUILD = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'esbuild.cmd' : 'esbuild');

// CommonJS dependencies (commander, mustache, …) call `require` for Node's own
// modules; in an ES module bundle that needs a real `require`, made once per chunk.
const BANNER = "import { createRequire as __etatCreateRequire } from 'node:module'; const require = __etatCreateRequire(import.meta.url);";

rmSync(OUT, { recursive: true, force: true });
execFileSync(
  ESBUILD,
  [
    'src/cli/run.ts',
    '--bundle',
    '--platform=node',
    '--format=esm',
    '--target=node20',
    '--splitting',
    `--outdir=${OUT}`,
    '--entry-names=[name]',
    '--chunk-names=chunk-[hash]',
    '--tsconfig=tsconfig.build.json',
    // node_modules may be a link (a worktree's to another's); the bundle's maps and metafile name it as node_modules/ all the same.
    '--preserve-symlinks',
    // Only when asked (see above); the sources themselves are not copied into the maps.
    ...(options.sourcemap ? ['--sourcemap', '--sources-content=false'] : []),
    // ajv stays a runtime `require` (see above); its precompiled validators are not bundled either.
    '--external:ajv',
    // It reads its zone files from beside itself (`__dirname`), which a module of the bundle has not: it is loaded
    // from node_modules as it is.
    '--external:@touch4it/ical-timezones',
    // Which source files each output file holds: test/startup.test.ts reads it to hold the lazy loading
    // (left out of the package: `files` in package.json).
    `--metafile=${join(OUT, 'meta.json')}`,
    `--banner:js=${BANNER}`,
    '--log-level=warning',
  ],
  // On Windows the bin is a .cmd, which Node runs only through a shell.
  { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' },
);
