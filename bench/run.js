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
// 3. bench/long-history.js: 50 meetings whose agendas were revised 60 times each, the
//    full check against `git log --first-parent -p` over them, with peak memory.
// 4. bench/registers.js: decisions, actions, stats and the calendar on 2,000 meetings
//    with a history, against etat check on the same repository.
// 5. bench/reports.js: each reporter on 20,000 findings, in-process, against
//    JSON.stringify of the same findings.
// 6. bench/site.js: `etat site build` on the registers' 2,000 meetings against
//    Eleventy rendering the same Markdown, with peak memory; the search index, the
//    largest page, and how long `etat site serve` takes to show a one-file change.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { longHistoryBench } from './long-history.js';
import { registersBench } from './registers.js';
import { siteBench } from './site.js';
import { BASELINE, BIN, compare, gitProcesses, onBaseline, ROOT, RUNS, WORK } from './measure.js';
import { buildHistory, buildSynthetic } from './synthetic.js';

const REPO = join(WORK, 'synthetic');
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 2000);
const FLOOR = join(ROOT, 'bench', 'floor.js');
/** Time a command against the baseline build, when there is one. */
function againstBaseline(label, args) {
  if (BASELINE) compare(`${label}  vs  baseline`, ['node', args], ['node', onBaseline(args)]);
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

await longHistoryBench();

await registersBench();

console.log('');
spawnSync('node', [join(ROOT, 'bench', 'reports.js')], { cwd: ROOT, stdio: 'inherit' });

await siteBench();
