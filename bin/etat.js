#!/usr/bin/env node
// The whole CLI is `run()` in src/cli/run.ts; this file only connects it to the process.
let run;
try {
  ({ run } = await import('../dist/cli/run.js'));
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
