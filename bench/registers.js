// The registers (issue "Registers and follow-up") on the synthetic repository of
// 2,000 meetings with its history: `etat decisions --format json`, `etat actions`,
// `etat stats` and `etat calendar` each timed round-robin against `etat check` on the
// same repository, in the same run. Budget (fails the run): decisions, actions and
// stats within 1.2× the check — a register reads the same model the check reads, and
// must not cost a second pass over the files or the history. The calendar (which
// reads every agenda's history since it was sent, for SEQUENCE) is shown, not budgeted.
//
// Run alone: `node bench/registers.js` (BENCH_MEETINGS=200 BENCH_RUNS=3 for a quick look).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, measureAll, WORK } from './measure.js';
import { buildHistory, buildSynthetic } from './synthetic.js';

const REPO = join(WORK, 'registers');
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 2000);
const BUDGET = 1.2;
const TODAY = ['--today', '2026-11-24'];

export async function registersBench() {
  if (!existsSync(join(REPO, '.git'))) {
    console.log(`\nBuilding a synthetic repository of ${MEETINGS} meetings with a history for the registers…`);
    await buildSynthetic(REPO, MEETINGS);
    await buildHistory(REPO);
  }
  console.log(`\nRegisters on ${MEETINGS} meetings, against etat check on the same repository:\n`);
  const etat = (...args) => ['node', [BIN, ...args, '--cwd', REPO]];
  const registers = {
    'etat decisions --format json': etat('decisions', '--format', 'json'),
    'etat actions': etat('actions', ...TODAY),
    'etat stats': etat('stats', ...TODAY),
  };
  const shown = { 'etat calendar': etat('calendar') };
  const measured = measureAll({ ...registers, ...shown, 'etat check (reference)': etat('check', '--format', 'json', ...TODAY) });
  for (const label of Object.keys(registers)) {
    const { ratio } = measured[label];
    if (ratio > BUDGET) {
      console.error(`${label} is ${ratio.toFixed(2)}× etat check: above the ${BUDGET}× budget.`);
      process.exitCode = 1;
    }
  }
  return measured;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await registersBench();
