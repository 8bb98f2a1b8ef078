// The website (issue "The governance website") on the synthetic repository of 2,000
// meetings with its history: `etat site build` against Eleventy 3 rendering the same
// Markdown files (agendas, minutes, papers) with its defaults, timed round-robin in
// the same run, with peak memory. Eleventy is given a folder holding only those .md
// files, in the same folders, and no configuration: `--input` and `--output` only.
// Budget (fails the run): under 1.0× Eleventy and under 1 GiB peak. Then what the
// build made: the search index, the largest page, the total; and how long
// `etat site serve` takes from a one-file change to the reload event a page waits for.
//
// Run alone: `node bench/site.js` (BENCH_MEETINGS=200 BENCH_RUNS=3 for a quick look).
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, measureAll, median, ROOT, WORK } from './measure.js';
import { buildHistory, buildSynthetic } from './synthetic.js';

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 2000);
// The registers' repository (bench/registers.js builds the same one): one synthetic history for both.
const REPO = join(WORK, 'registers');
// Outside this checkout: Eleventy ignores what the .gitignore of the folder it runs in names (bench/.work/ is).
const OUTSIDE = join(tmpdir(), 'etat-bench-site');
const ELEVENTY_IN = join(OUTSIDE, `markdown-${MEETINGS}`);
// Eleventy's command, found from the package it ships in (its exports do not name package.json).
const ELEVENTY = join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
const GIB = 1024;

/** Every file under `dir` with its size. */
function sizes(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
}

/** The meetings' Markdown, alone in a folder of its own, for Eleventy. */
function markdownOnly() {
  rmSync(ELEVENTY_IN, { recursive: true, force: true });
  cpSync(join(REPO, 'meetings'), join(ELEVENTY_IN, 'meetings'), { recursive: true, filter: (path) => statSync(path).isDirectory() || path.endsWith('.md') });
}

/** From a one-line change to one paper to the reload event of `etat site serve`, in ms: the median of a few edits. */
async function serveLatency(edits = 5) {
  const out = join(WORK, 'site-serve-out');
  rmSync(out, { recursive: true, force: true });
  const server = spawn('node', [BIN, 'site', 'serve', '--port', '0', '--out', out, '--today', '2026-11-24', '--cwd', REPO], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve) => server.stdout.once('data', (chunk) => resolve(String(chunk).split('\n')[0].trim())));
  const events = [];
  const stream = await new Promise((resolve) => get(`${url}_etat/reload`, resolve));
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    if (chunk.includes('event: reload')) events.push(performance.now());
  });
  const meeting = join(REPO, 'meetings', readdirSync(join(REPO, 'meetings'))[0]);
  const paper = join(meeting, readdirSync(meeting)[0], 'papers', '02-prosjektstyring.md');
  const original = readFileSync(paper);
  const times = [];
  for (let i = 0; i < edits; i++) {
    const seen = events.length;
    const start = performance.now();
    appendFileSync(paper, `\nEndring ${i}.\n`);
    while (events.length === seen) await sleep(10);
    times.push(events[seen] - start);
  }
  stream.destroy();
  server.kill('SIGINT');
  await new Promise((resolve) => server.once('exit', resolve));
  // The repository as it was: the next run's builds read the same files.
  writeFileSync(paper, original);
  return median(times);
}

export async function siteBench() {
  if (!existsSync(join(REPO, '.git'))) {
    console.log(`\nBuilding a synthetic repository of ${MEETINGS} meetings with a history for the site…`);
    await buildSynthetic(REPO, MEETINGS);
    await buildHistory(REPO);
  }
  markdownOnly();
  const etatOut = join(WORK, 'site-etat-out');
  const eleventyOut = join(OUTSIDE, 'eleventy-out');
  mkdirSync(WORK, { recursive: true });
  console.log(`\nThe website of ${MEETINGS} meetings, against Eleventy 3 rendering the same Markdown with its defaults:\n`);
  const measured = measureAll({
    'etat site build': ['node', [BIN, 'site', 'build', '--out', etatOut, '--today', '2026-11-24', '--cwd', REPO]],
    'eleventy (reference)': ['node', [ELEVENTY, `--input=${ELEVENTY_IN}`, `--output=${eleventyOut}`, '--quiet']],
  });
  const { ratio, peak } = measured['etat site build'];
  const files = sizes(etatOut);
  const pages = files.filter((f) => f.path.endsWith('.html'));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const index = files.find((f) => f.path === join('assets', 'search-index.js'));
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  const eleventyFiles = sizes(eleventyOut).length;
  console.log(`  ${files.length} files (${pages.length} pages), ${(total / 1e6).toFixed(1)} MB; Eleventy wrote ${eleventyFiles} pages`);
  if (eleventyFiles === 0) throw new Error('Eleventy wrote nothing: the comparison would be with its start-up alone.');
  console.log(`  search index ${(index.bytes / 1e6).toFixed(2)} MB; largest page ${largest.path} ${(largest.bytes / 1e3).toFixed(0)} kB`);
  const latency = await serveLatency();
  console.log(`  etat site serve: a one-file change shows (reload event) after ${latency.toFixed(0)} ms (median of 5 edits)`);
  if (ratio >= 1) {
    console.error(`etat site build is ${ratio.toFixed(2)}× Eleventy: the budget is under 1.0×.`);
    process.exitCode = 1;
  }
  if (peak !== undefined && peak >= GIB) {
    console.error(`etat site build peaked at ${peak.toFixed(0)} MB: the budget is under 1 GiB.`);
    process.exitCode = 1;
  }
  return { ...measured, indexBytes: index.bytes, largest, latency };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await siteBench();
