// npm run bench: time `etat check` on a synthetic repository against the parse-only
// floor (bench/floor.js), and `etat --version` against `node -e 0`, in the same run,
// alternating the two commands. Prints medians and the ratio of the medians.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildSynthetic } from './synthetic.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work', 'synthetic');
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function time(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function compare(label, a, b) {
  time(...a);
  time(...b); // warm-up: the file cache and Node's compile cache
  const ta = [];
  const tb = [];
  for (let i = 0; i < RUNS; i++) {
    ta.push(time(...a));
    tb.push(time(...b));
  }
  const ma = median(ta);
  const mb = median(tb);
  console.log(`${label.padEnd(34)} ${ma.toFixed(0).padStart(7)} ms  vs ${mb.toFixed(0).padStart(7)} ms   ratio ${(ma / mb).toFixed(2)}`);
  return ma / mb;
}

console.log(`Building a synthetic repository of ${MEETINGS} meetings…`);
await buildSynthetic(WORK, MEETINGS);
console.log(`${RUNS} runs each after a warm-up, alternating; medians of wall time.\n`);
const bin = join(ROOT, 'bin', 'etat.js');
const check = compare('etat check  vs  parse-only floor', ['node', [bin, 'check', '--cwd', WORK, '--format', 'json']], ['node', [join(ROOT, 'bench', 'floor.js'), WORK]]);
compare('etat --version  vs  node -e 0', ['node', [bin, '--version']], ['node', ['-e', '0']]);
if (check > 1.5) {
  console.error(`\netat check is ${check.toFixed(2)}× the parse-only floor: above the 1.5× budget.`);
  process.exitCode = 1;
}
