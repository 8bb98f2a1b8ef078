// What every part of `npm run bench` measures with: wall times of whole processes,
// medians of alternating runs, peak resident memory of node processes, and the number
// of git processes a command starts.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WORK = join(ROOT, 'bench', '.work');
export const RUNS = Number(process.env.BENCH_RUNS ?? 7);
export const BIN = join(ROOT, 'bin', 'etat.js');
// The same preload the memory tests use: at exit, the process writes its peak resident memory.
const PEAK = join(ROOT, 'test', 'helpers', 'peak-memory.mjs');
const PEAK_FILE = join(WORK, 'peak-kb');

/** Wall time of one run (ms); a node process also reports its peak memory into `peaks`. */
export function time(command, args, env = process.env, peaks) {
  const node = command === 'node';
  const start = process.hrtime.bigint();
  const result = spawnSync(command, node ? ['--import', PEAK, ...args] : args, { cwd: ROOT, env: node ? { ...env, ETAT_PEAK_MEMORY: PEAK_FILE } : env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  if (node && peaks) peaks.push(Number(readFileSync(PEAK_FILE, 'utf8')) / 1024);
  return ms;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Alternate A and B after a warm-up of each; print the medians and their ratio, and return the ratio. */
export function compare(label, a, b) {
  return measure(label, a, b).ratio;
}

/** As `compare`, returning the ratio and the median peak memory of A (MB; undefined for a process that is not node). */
export function measure(label, a, b) {
  time(...a);
  time(...b);
  const ta = [];
  const tb = [];
  const pa = [];
  const pb = [];
  for (let i = 0; i < RUNS; i++) {
    ta.push(time(a[0], a[1], a[2], pa));
    tb.push(time(b[0], b[1], b[2], pb));
  }
  const [ma, mb] = [median(ta), median(tb)];
  const peak = (xs) => (xs.length ? `${median(xs).toFixed(0).padStart(4)} MB` : '   -   ');
  console.log(`${label.padEnd(46)} ${ma.toFixed(0).padStart(7)} ms  vs ${mb.toFixed(0).padStart(7)} ms   ratio ${(ma / mb).toFixed(2)}   peak ${peak(pa)} vs ${peak(pb)}`);
  return { ratio: ma / mb, peak: pa.length ? median(pa) : undefined };
}

/**
 * Time several commands round-robin (after a warm-up of each), so that all see the
 * same machine; print each one's median wall time and peak memory against the last
 * (the reference), and return them by label: { ms, ratio, peak }.
 */
export function measureAll(commands) {
  const entries = Object.entries(commands);
  for (const [, c] of entries) time(...c);
  const times = entries.map(() => []);
  const peaks = entries.map(() => []);
  for (let i = 0; i < RUNS; i++) entries.forEach(([, c], k) => times[k].push(time(c[0], c[1], c[2], peaks[k])));
  const reference = median(times.at(-1));
  const out = {};
  entries.forEach(([label], k) => {
    const ms = median(times[k]);
    const peak = peaks[k].length ? median(peaks[k]) : undefined;
    out[label] = { ms, ratio: ms / reference, peak };
    const memory = peak === undefined ? '' : `   peak ${peak.toFixed(0).padStart(4)} MB`;
    console.log(`${label.padEnd(46)} ${ms.toFixed(0).padStart(7)} ms   ${(ms / reference).toFixed(2).padStart(5)}×${memory}`);
  });
  return out;
}

/** The checkout BENCH_BASELINE names (built), whose bin/etat.js is timed against this one's; undefined without it. */
export const BASELINE = process.env.BENCH_BASELINE ? join(process.env.BENCH_BASELINE, 'bin', 'etat.js') : undefined;

/** The same command run by the baseline build instead of this one. */
export const onBaseline = (args) => args.map((arg) => (arg === BIN ? BASELINE : arg));

/** How many times a command runs git: a wrapper first on PATH counts the calls. */
export function gitProcesses(args) {
  const bin = join(WORK, 'bin');
  const count = join(WORK, 'git-calls');
  mkdirSync(bin, { recursive: true });
  const real = spawnSync('sh', ['-c', 'command -v git']).stdout.toString().trim();
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho x >> "${count}"\nexec "${real}" "$@"\n`);
  chmodSync(join(bin, 'git'), 0o755);
  rmSync(count, { force: true });
  time('node', args, { ...process.env, PATH: `${bin}:${process.env.PATH}` });
  return readFileSync(count, 'utf8').split('\n').filter(Boolean).length;
}

