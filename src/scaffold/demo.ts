import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { execa } from 'execa';
import { parseDocument } from 'yaml';
import { addDays } from '../model/dates.js';
import { packagePath } from '../package-root.js';

const example = () => packagePath('examples', 'etatssamarbeidet');

/** The paper the demo commits two days before its meeting, after the deadline. */
export const LATE_PAPER = 'meetings/direktorgruppen/2026-06-11/papers/04-felles-kunnskapsbase.md';
/** The minutes the demo commits forty days after their meeting, as real minutes too often are. */
export const LATE_MINUTES = 'meetings/tverrgaende-ledergruppe/2026-04-15/minutes.md';
/** The approved minutes the demo's branch changes. */
export const CHANGED_MINUTES = 'meetings/direktorgruppen/2026-06-11/minutes.md';
export const DEMO_BRANCH = 'endre-vedtak';

interface Step {
  date: string;
  message: string;
  files: { path: string; text: string }[];
}

/**
 * Build a throw-away git repository from the bundled example, committed in
 * the order a secretariat would have worked, at scripted committer dates: each
 * agenda as a draft three weeks before its meeting, papers nine days before,
 * the invitation eight days before, minutes five days after, approval the day
 * after the next meeting — except one paper, committed two days before its
 * meeting, and one set of minutes, committed forty days after. Then a branch
 * that edits an approved decision. So that `etat check`, `agenda/paper-late`,
 * `minutes/late`, `minutes/approved-changed` and `etat decisions diff` can be
 * seen at work on real history.
 */
export async function buildDemo(dir: string): Promise<{ commits: number }> {
  await mkdir(dir, { recursive: true });
  const files = await listFiles(example());
  const text = new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(example(), f), 'utf8')] as const)));
  const steps: Step[] = [];
  const put = (date: string, message: string, ...entries: [string, string][]) => steps.push({ date, message, files: entries.map(([path, t]) => ({ path, text: t })) });

  // The example turns the history rules off, because its history is etat's own; this one has its own.
  const config = parseDocument(text.get('etat.yml')!);
  config.delete('rules');
  put('2025-11-01', 'Oppsett av styringsrepositoriet', ['etat.yml', config.toString()], ...files.filter((f) => f.startsWith('cases/') || f === 'README.md').map((f) => [f, text.get(f)!] as [string, string]));

  const meetings = [...new Set(files.filter((f) => f.startsWith('meetings/')).map((f) => f.split('/').slice(0, 3).join('/')))];
  for (const dir of meetings) {
    const date = dir.split('/')[2]!.slice(0, 10);
    const agenda = text.get(`${dir}/agenda.md`);
    if (agenda) {
      put(addDays(date, -21), `Utkast til saksliste ${dir}`, [`${dir}/agenda.md`, agenda.replace(/^status: sent$/m, 'status: draft')]);
      if (/^status: sent$/m.test(agenda)) put(addDays(date, -8), `Innkalling ${dir}`, [`${dir}/agenda.md`, agenda]);
    }
    for (const paper of files.filter((f) => f.startsWith(`${dir}/papers/`))) {
      put(addDays(date, paper === LATE_PAPER ? -2 : -9), `Saksfremlegg ${posix.basename(paper)}`, [paper, text.get(paper)!]);
    }
    const minutes = text.get(`${dir}/minutes.md`);
    if (minutes) {
      put(addDays(date, `${dir}/minutes.md` === LATE_MINUTES ? 40 : 5), `Referat ${dir}`, [`${dir}/minutes.md`, minutes.replace(/^status: approved$/m, 'status: draft').replace(/^approved_at: .*\n/m, '')]);
      const approvedAt = /^approved_at: \S+\/(\d{4}-\d{2}-\d{2})/m.exec(minutes)?.[1];
      if (approvedAt) put(addDays(approvedAt, 1), `Referat ${dir} godkjent`, [`${dir}/minutes.md`, minutes]);
    }
  }
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const git = (args: string[], date = '2025-11-01') => execa('git', args, { cwd: dir, env: demoEnv(`${date}T10:00:00+01:00`) });
  await git(['init', '--quiet', '-b', 'main']);
  for (const step of steps) {
    for (const file of step.files) {
      await mkdir(dirname(join(dir, file.path)), { recursive: true });
      await writeFile(join(dir, file.path), file.text);
      await git(['add', '--', file.path]);
    }
    await git(['commit', '--quiet', '--allow-empty', '-m', step.message], step.date);
  }
  // The branch a reviewer would see: an approved decision edited in place.
  await git(['checkout', '--quiet', '-b', DEMO_BRANCH]);
  const minutes = text.get(CHANGED_MINUTES)!;
  await writeFile(join(dir, CHANGED_MINUTES), minutes.replace('fra 1. september 2026', 'fra 1. januar 2027'));
  await git(['commit', '--quiet', '-am', 'Endre vedtaket om prosjektstyring'], steps.at(-1)!.date);
  return { commits: steps.length + 1 };
}

/** Commits made by the demo: its own identity and dates, no signing, whatever the user's git config says. */
function demoEnv(date: string): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: 'Sekretariatet (demo)',
    GIT_AUTHOR_EMAIL: 'sekretariatet@example.org',
    GIT_COMMITTER_NAME: 'Sekretariatet (demo)',
    GIT_COMMITTER_EMAIL: 'sekretariatet@example.org',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => posix.relative(root.split('\\').join('/'), join(e.parentPath, e.name).split('\\').join('/')))
    .sort();
}

