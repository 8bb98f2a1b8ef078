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
// ical-generator 10 folds every line of a calendar by encoding each character
// with a new TextEncoder to count its bytes: 1.7 s of `etat calendar` on 2,000
// meetings, and 4 s of the website's calendars. Its version 11 counts from the
// character code instead (upstream's fix), but needs Node 22. The bundle takes
// that fix: the plugin below puts upstream 11's fold in place of version 10's,
// in the bundle only, and fails the build unless it finds version 10's exactly.
// The output is byte for byte the same (test/startup.test.ts compares the
// bundle's calendar with the modules'). Drop it with the move to ical-generator 11.
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: { sourcemap: { type: 'boolean', default: false }, outdir: { type: 'string' } },
});
const OUT = options.outdir === undefined ? join(ROOT, 'dist', 'bundle') : resolve(options.outdir);

// CommonJS dependencies (commander, mustache, …) call `require` for Node's own
// modules; in an ES module bundle that needs a real `require`, made once per chunk.
const BANNER = "import { createRequire as __etatCreateRequire } from 'node:module'; const require = __etatCreateRequire(import.meta.url);";

/** ical-generator 10.2's line folding, as its dist/index.mjs has it. */
const SLOW_FOLD =
  'function l(e){return e.split(`\\r\n`).map(function(e){let t=``,n=0;for(let r=0;r<e.length;r++){let i=e.charAt(r);i>=`\\ud800`&&i<=`\\udbff`&&(i+=e.charAt(++r));let a=new TextEncoder().encode(i).length;n+=a,n>74&&(t+=`\\r\n `,n=a),t+=i}return t}).join(`\\r\n`)}';
/** ical-generator 11's: a short ASCII line as it is, else the UTF-8 length of each character from its code. */
const FAST_FOLD =
  'function l(e){return e.split(`\\r\n`).map(function(e){if(e.length<=74&&!/[^\\x00-\\x7f]/.test(e))return e;let t=``,n=0;for(let r=0;r<e.length;r++){let i=e.charAt(r),c=e.charCodeAt(r),a;c<128?a=1:c<2048?a=2:c>=55296&&c<=56319?(i+=e.charAt(++r),a=4):a=3;n+=a,n>74&&(t+=`\\r\n `,n=a),t+=i}return t}).join(`\\r\n`)}';

/** The fold of ical-generator 11 in the bundle's copy of ical-generator 10 (see above). */
const icalGeneratorFold = {
  name: 'ical-generator-fold',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]ical-generator[\\/]dist[\\/]index\.mjs$/ }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      const at = code.indexOf(SLOW_FOLD);
      if (at < 0 || code.indexOf(SLOW_FOLD, at + 1) >= 0) {
        throw new Error('ical-generator: its line folding is not the one of version 10.2 this build replaces; see scripts/bundle.mjs.');
      }
      return { contents: code.slice(0, at) + FAST_FOLD + code.slice(at + SLOW_FOLD.length), loader: 'js' };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/cli/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: OUT,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  tsconfig: 'tsconfig.build.json',
  // node_modules may be a link (a worktree's to another's); the bundle's maps and metafile name it as node_modules/ all the same.
  preserveSymlinks: true,
  // Only when asked (see above); the sources themselves are not copied into the maps.
  ...(options.sourcemap ? { sourcemap: true, sourcesContent: false } : {}),
  external: [
    // ajv stays a runtime `require` (see above); its precompiled validators are not bundled either.
    'ajv',
    // It reads its zone files from beside itself (`__dirname`), which a module of the bundle has not: it is loaded
    // from node_modules as it is.
    '@touch4it/ical-timezones',
  ],
  banner: { js: BANNER },
  plugins: [icalGeneratorFold],
  // Which source files each output file holds: test/startup.test.ts reads it to hold the lazy loading
  // (left out of the package: `files` in package.json).
  metafile: true,
  logLevel: 'warning',
}).then(({ metafile }) => writeFile(join(OUT, 'meta.json'), JSON.stringify(metafile)));
