// npm run bench: whole-process wall times, medians of alternating runs in one go.
//
// 1. `etat check` on 2,000 meetings without git, against the parse-only floor
//    (bench/floor.js: read the same files, parse their YAML and Markdown, nothing else),
//    `etat --version` against `node -e 0`, and one check writing every CI report
//    (github, sarif, gitlab, junit, json) against one writing json only.
// 2. The same repository with a history of 10,000 commits: the full check (which
//    reads the history) against the floor, the number of git processes it spawns
//    (counted by a `git` wrapper first on PATH), and `etat check --changed` after a
//    one-meeting change against the full check.
//    With BENCH_BASELINE=<another etat checkout, built>, the full check, --changed
//    and start-up are also timed against that build in the same run (before/after a
//    refactoring: `git worktree add ../baseline <commit> && (cd ../baseline && npm run build)`).
// 3. bench/reports.js: each reporter on 20,000 findings, in-process, against
//    JSON.stringify of the same findings.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHistory, buildSynthetic } from './synthetic.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work');
const REPO = join(WORK, 'synthetic');
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BIN = join(ROOT, 'bin', 'etat.js');
const FLOOR = join(ROOT, 'bench', 'floor.js');
const BASELINE = process.env.BENCH_BASELINE ? join(process.env.BENCH_BASELINE, 'bin', 'etat.js') : undefined;
/** The same command run by the baseline build instead of this one. */
const onBaseline = (args) => args.map((arg) => (arg === BIN ? BASELINE : arg));
/** Time a command against the baseline build, when there is one. */
function againstBaseline(label, args) {
  if (BASELINE) compare(`${label}  vs  baseline`, ['node', args], ['node', onBaseline(args)]);
}
// The same preload the memory tests use: at exit, the process writes its peak resident memory.
const PEAK = join(ROOT, 'test', 'helpers', 'peak-memory.mjs');
const PEAK_FILE = join(WORK, 'peak-kb');

/** Wall time of one run (ms); a node process also reports its peak memory into `peaks`. */
function time(command, args, env = process.env, peaks) {
  const node = command === 'node';
  const start = process.hrtime.bigint();
  const result = spawnSync(command, node ? ['--import', PEAK, ...args] : args, { cwd: ROOT, env: node ? { ...env, ETAT_PEAK_MEMORY: PEAK_FILE } : env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  if (node && peaks) peaks.push(Number(readFileSync(PEAK_FILE, 'utf8')) / 1024);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Alternate A and B after a warm-up of each; print the medians and their ratio. */
function compare(label, a, b) {
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
  return ma / mb;
}

/** How many times a command runs git: a wrapper first on PATH counts the calls. */
function gitProcesses(args) {
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

console.log(`Building a synthetic repository of ${MEETINGS} meetings…`);
await buildSynthetic(REPO, MEETINGS);
console.log(`${RUNS} runs each after a warm-up, alternating; medians of wall time and of peak resident memory.\n`);
const check = compare('etat check (no git)  vs  parse-only floor', ['node', [BIN, 'check', '--cwd', REPO, '--format', 'json']], ['node', [FLOOR, REPO]]);
compare('etat --version  vs  node -e 0', ['node', [BIN, '--version']], ['node', ['-e', '0']]);
againstBaseline('etat check (no git)', [BIN, 'check', '--cwd', REPO, '--format', 'json']);
againstBaseline('etat --version', [BIN, '--version']);
// One check feeding every CI report (github to the terminal, the others to files) against one json report.
const reports = join(WORK, 'reports');
const everyReport = ['--format', 'github', ...['sarif', 'gitlab', 'junit', 'json'].flatMap((f) => ['--format', f, '--output', join(reports, `etat.${f}`)])];
compare('all five CI reports  vs  json only', ['node', [BIN, 'check', '--cwd', REPO, ...everyReport]], ['node', [BIN, 'check', '--cwd', REPO, '--format', 'json']]);

console.log(`\nGiving it a history (5 commits a meeting)…`);
const commits = await buildHistory(REPO);
console.log(`${commits} commits.\n`);
const full = ['node', [BIN, 'check', '--cwd', REPO, '--format', 'json', '--today', '2026-11-24']];
const withHistory = compare('etat check (with history)  vs  parse-only floor', full, ['node', [FLOOR, REPO]]);
console.log(`${'git processes for the full check'.padEnd(46)} ${gitProcesses(full[1])}`);
againstBaseline('etat check (with history)', full[1]);
spawnSync('git', ['checkout', '--quiet', '-b', 'endring'], { cwd: REPO });
const agenda = join(REPO, 'meetings', 'direktorgruppen', '2000-01-03', 'agenda.md');
writeFileSync(agenda, readFileSync(agenda, 'utf8').replace('purpose: Beslutte', 'purpose: Drøfte og beslutte'));
const changed = ['node', [BIN, 'check', '--cwd', REPO, '--format', 'json', '--today', '2026-11-24', '--changed']];
compare('etat check --changed (1 meeting)  vs  full', changed, full);
console.log(`${'git processes for --changed'.padEnd(46)} ${gitProcesses(changed[1])}`);
againstBaseline('etat check --changed', changed[1]);
spawnSync('git', ['checkout', '--quiet', '--', '.'], { cwd: REPO });

for (const [name, ratio] of [['etat check (no git)', check], ['etat check (with history)', withHistory]]) {
  if (ratio > 1.5) {
    console.error(`\n${name} is ${ratio.toFixed(2)}× the parse-only floor: above the 1.5× budget.`);
    process.exitCode = 1;
  }
}

console.log('');
spawnSync('node', [join(ROOT, 'bench', 'reports.js')], { cwd: ROOT, stdio: 'inherit' });
