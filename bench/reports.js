// The reporters on many findings, in-process: how long each takes to format
// 20,000 findings over 2,000 files, against JSON.stringify of the same findings
// (the floor: any report has to walk them once). Medians of 7 runs after a warm-up.
// Run by `npm run bench` after the whole-process figures; alone: node bench/reports.js.
import { loadReporter } from '../dist/report/index.js';
import { stepSummary } from '../dist/report/github-summary.js';

const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 20000);
const RUNS = 7;
const rules = ['agenda/purpose-missing', 'minutes/added-item', 'agenda/paper-late', 'minutes/quorum'];
const findings = Array.from({ length: FINDINGS }, (_, i) => ({
  file: `meetings/forum-${i % 3}/2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}-${Math.floor(i / 10) % 2000}/agenda.md`,
  line: (i % 80) + 1,
  column: 5,
  endLine: (i % 80) + 1,
  endColumn: 20,
  ruleId: rules[i % rules.length],
  source: 'etat',
  severity: i % 3 === 0 ? 'warn' : 'error',
  fatal: i % 3 !== 0,
  reason: `Item \`${i}\` has a problem: 50% of "it", <b>, æøå, a | b.`,
  hint: 'Do something about it.',
  url: 'https://github.com/etat-project/etat/blob/main/docs/rules/x.md',
  fingerprint: i.toString(16).padStart(32, '0'),
}));
const errors = findings.filter((f) => f.severity === 'error').length;
const result = { root: '/repo', findings, summary: { errors, warnings: FINDINGS - errors, files: 2000 }, filesChecked: 4000 };
const options = { lang: 'en', color: false, displayPath: (f) => f, repositoryPath: (f) => f, env: {} };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

const floor = time(() => JSON.stringify(findings));
console.log(`${FINDINGS} findings over 2,000 files, in-process, medians of ${RUNS} runs:`);
console.log(`${'JSON.stringify of the findings (floor)'.padEnd(46)} ${floor.toFixed(1).padStart(7)} ms`);
for (const format of ['json', 'github', 'sarif', 'gitlab', 'junit', 'pretty']) {
  const reporter = await loadReporter(format);
  const ms = time(() => reporter(result, options));
  console.log(`${format.padEnd(46)} ${ms.toFixed(1).padStart(7)} ms   ratio ${(ms / floor).toFixed(1)}`);
}
const summary = time(() => stepSummary(result, options));
console.log(`${'github job summary (≤ 1 MiB)'.padEnd(46)} ${summary.toFixed(1).padStart(7)} ms   ratio ${(summary / floor).toFixed(1)}`);
