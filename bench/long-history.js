// Long agenda histories (issue "Real meetings"): 50 meetings whose agendas were each
// revised 60 times, with a Markdown paper for every link (54 a meeting, 2,700 in all), as
// in the real repository of seven years of meetings the issue measured
// (BENCH_EXTRA_PAPERS=8 gives the 500 papers of earlier figures). Timed round-robin in one run, each against
// `git log --first-parent -p` over the same meetings (the cost of reading that
// history at all): the full check (which reads the history); the same check with the
// rules that need history off (what is not history: start-up, loading and parsing
// the files, the other rules); and with BENCH_BASELINE=<another built checkout>, that
// build's full check, for before/after figures. Then the git processes it starts.
//
// Budget (fails the run): peak memory under 150 MB. The aim of the check under 2× git
// log is printed; it is not reachable while loading the files alone costs more (see
// the history rules off line, and README "Performance").
//
// Run alone: `node bench/long-history.js` (BENCH_RUNS=5 for quicker figures).
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASELINE, BIN, gitProcesses, measureAll, onBaseline, WORK } from './measure.js';
import { buildSynthetic, commitEvents, listMeetingFiles } from './synthetic.js';

const REPO = join(WORK, 'long-history');
/** The same files without their history, with the rules that read history off. */
const NO_HISTORY = join(WORK, 'long-history-no-history');
const HISTORY_RULES = ['agenda/paper-late', 'agenda/late-notice', 'minutes/approved-changed', 'minutes/late'];
const MEETINGS = 50;
const REVISIONS = 60;
// 52 more papers linked one by one, with the two case papers 54 a meeting: the ~2,700 papers of the real repository the issue measured.
const EXTRA_PAPERS = Number(process.env.BENCH_EXTRA_PAPERS ?? 52);
const PEAK_TARGET_MB = 150;
const TIME_TARGET = 2;

/** The agenda at revision `k` of `REVISIONS`: papers linked one by one, a draft until near the end. */
function agendaAt(text, k, extra) {
  const linked = extra.slice(0, Math.min(extra.length, Math.floor((k * extra.length) / (REVISIONS - 10))));
  let out = text.replace('    kind: discuss\n', `    kind: discuss\n${linked.length ? `    papers: [${linked.join(', ')}]\n` : ''}`);
  if (k < REVISIONS - 5) out = out.replace('status: sent', 'status: draft');
  if (k < REVISIONS) out = out.replace(/^purpose: (.*)$/m, `purpose: $1 (utkast ${k})`);
  return out;
}

/** Build the repository: the files of bench/synthetic.js, and a history written by one `git fast-import`. */
export async function buildLongHistory(dir = REPO) {
  await buildSynthetic(dir, MEETINGS);
  const meetings = await listMeetingFiles(dir);
  const paperText = await readFile(join(dir, meetings[0].papers[0][0]), 'utf8');
  const events = [];
  for (const meeting of meetings) {
    const base = meeting.agenda.replace(/\/agenda\.md$/, '');
    const extra = Array.from({ length: EXTRA_PAPERS }, (_, i) => `papers/vedlegg-${String(i + 1).padStart(2, '0')}.md`);
    const day = Date.parse(meeting.date + 'T12:00:00Z') / 1000;
    const written = new Set();
    for (let k = 1; k <= REVISIONS; k++) {
      const text = agendaAt(meeting.agendaText, k, extra);
      const files = [[meeting.agenda, text]];
      // A paper is committed with the revision that first links it, and the case papers with the first.
      for (const paper of extra.filter((p) => text.includes(p) && !written.has(p))) {
        written.add(paper);
        files.push([`${base}/${paper}`, paperText]);
      }
      if (k === 1) files.push(...meeting.papers);
      // Sixty revisions over the 40 days before the meeting, the last one 8 days before.
      events.push({ time: day - 40 * 86400 + Math.floor(((k - 1) * 32 * 86400) / (REVISIONS - 1)), message: `Saksliste ${meeting.id} (${k})`, files });
    }
    events.push({ time: day + 3 * 86400, message: `Referat ${meeting.id}`, files: [[meeting.minutes, meeting.minutesText.replace('status: approved', 'status: draft').replace(/approved_at: .*\n/, '')]] });
    events.push({ time: day + 10 * 86400, message: `Godkjent ${meeting.id}`, files: [[meeting.minutes, meeting.minutesText]] });
    // The working tree holds the last version of every file.
    await writeFile(join(dir, meeting.agenda), agendaAt(meeting.agendaText, REVISIONS, extra));
    await mkdir(join(dir, base, 'papers'), { recursive: true });
    await Promise.all(extra.map((paper) => writeFile(join(dir, base, paper), paperText)));
  }
  events.sort((a, b) => a.time - b.time);
  const config = await readFile(join(dir, 'etat.yml'), 'utf8');
  events.unshift({ time: events[0].time - 60, message: 'Oppsett', files: [['etat.yml', config]] });
  const commits = commitEvents(dir, events);
  return { commits, papers: MEETINGS * (EXTRA_PAPERS + 2) };
}

/** The working tree of the repository without .git, its history rules off: a check of it reads no history. */
async function buildNoHistory() {
  await rm(NO_HISTORY, { recursive: true, force: true });
  await cp(REPO, NO_HISTORY, { recursive: true, filter: (path) => !path.endsWith('/.git') });
  const config = await readFile(join(NO_HISTORY, 'etat.yml'), 'utf8');
  await writeFile(join(NO_HISTORY, 'etat.yml'), `${config}rules:\n${HISTORY_RULES.map((id) => `  ${id}: off\n`).join('')}`);
}

/** Build the repository and measure; returns what it measured. */
export async function longHistoryBench() {
  const started = Date.now();
  const { commits, papers } = await buildLongHistory();
  await buildNoHistory();
  console.log(`\nLong agenda histories: ${MEETINGS} meetings × ${REVISIONS} revisions, ${papers} papers, ${commits} commits (built in ${((Date.now() - started) / 1000).toFixed(1)} s).\n`);
  const check = (root) => [BIN, 'check', '--cwd', root, '--format', 'json', '--today', '2026-11-24'];
  const gitLog = ['git', ['-C', REPO, 'log', '--first-parent', '-p', '--', 'meetings/']];
  const measured = measureAll({
    'etat check (long histories)': ['node', check(REPO)],
    ...(BASELINE ? { 'baseline: etat check (long histories)': ['node', onBaseline(check(REPO))] } : {}),
    'etat check, history rules off': ['node', check(NO_HISTORY)],
    'git log --first-parent -p (reference)': gitLog,
  });
  const { ratio, peak } = measured['etat check (long histories)'];
  console.log(`${'git processes for the full check'.padEnd(46)} ${gitProcesses(check(REPO))}`);
  const holds = (ok) => (ok ? 'holds' : 'not reached');
  console.log(`${`aim: under ${TIME_TARGET}× git log -p`.padEnd(46)} ${holds(ratio < TIME_TARGET)} (${ratio.toFixed(2)}×)`);
  if (peak !== undefined) {
    console.log(`${`budget: peak under ${PEAK_TARGET_MB} MB`.padEnd(46)} ${holds(peak < PEAK_TARGET_MB)} (${peak.toFixed(0)} MB)`);
    if (peak >= PEAK_TARGET_MB) process.exitCode = 1;
  }
  return { ratio, peak };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await longHistoryBench();
