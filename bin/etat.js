#!/usr/bin/env node
// The whole CLI is `run()` in src/cli/run.ts; this file only connects it to the process.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code of the bundle between runs (in the system's temporary folder;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off); Node 20 has no such cache.
module.enableCompileCache?.();

// The CLI bundled by `npm run build` (scripts/bundle.mjs) starts faster than the
// modules of dist/ one by one; those are the fallback when the bundle was not made.
const BUNDLE = new URL('../dist/bundle/run.js', import.meta.url);
// It is built without source maps, so its stack traces name lines of dist/bundle/;
// `node scripts/bundle.mjs --sourcemap` writes maps that NODE_OPTIONS=--enable-source-maps
// turns into lines of src/ (not on by default: reading them costs every run ~20 ms).
const bundled = existsSync(BUNDLE);
let run;
try {
  ({ run } = await import(bundled ? BUNDLE.href : '../dist/cli/run.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('etat is not built yet: run `npm run build` (npm ci does it for you).\n');
  process.exit(2);
}
// A reader that goes away (`etat rules | head -1`) is not an error: what is left
// to write is dropped, and the command ends as it would have, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}
process.exitCode = await run({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
