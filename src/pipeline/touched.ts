import { posix } from 'node:path';
import { CONFIG_FILE } from '../config/load.js';
import { agendaPapers } from '../model/build-repository.js';
import { CASE_FILE, IN_MEETING } from '../model/ids.js';
import { resolveFromFile } from '../model/paths.js';
import type { RepositoryLoad } from '../model/repository-load.js';

/**
 * What a change touches (`etat check --changed`, `--staged`), as repository
 * paths: changed case files, and the meeting folders of the meetings whose
 * files changed; the meetings whose agenda names a changed case or lists a
 * changed paper kept elsewhere (found by a scan of the agenda text, without
 * parsing it) — the scope — and, as context to read but not check, each
 * touched meeting's predecessor in its forum, whose draft minutes a new
 * meeting can make overdue for approval.
 */
export interface Touched {
  /** The meeting folders and case files to check. */
  scope: Set<string>;
  /** Meeting folders to read but not check. */
  context: Set<string>;
  /** The papers the touched agendas list, wherever they are kept (a carried item's papers stay in the first meeting's folder). */
  papers: Set<string>;
}

/**
 * The scope of a change alone: what `touchedMeetings` checks, found without
 * parsing any file (a quick gate). `undefined` — everything — when etat.yml
 * changed, since it bears on every meeting.
 */
export async function touchedScope(load: RepositoryLoad, changed: ReadonlySet<string>): Promise<Set<string> | undefined> {
  if (changed.has(CONFIG_FILE)) return undefined;
  const touched = new Set<string>();
  const elsewhere: string[] = [];
  for (const path of changed) {
    const meeting = IN_MEETING.exec(path)?.[1];
    if (meeting) touched.add(meeting);
    else elsewhere.push(path);
    // A changed case file is checked itself, too.
    if (CASE_FILE.test(path)) touched.add(path);
  }
  if (elsewhere.length > 0) {
    // A case is named by its id, a paper by its file name.
    const needles = elsewhere.map((path) => (path.startsWith('cases/') ? posix.basename(path, '.md') : posix.basename(path)));
    for (const [agenda, text = ''] of await load.texts(await agendasOf(load))) {
      if (needles.some((needle) => text.includes(needle))) touched.add(posix.dirname(agenda));
    }
  }
  return touched;
}

/**
 * What a change touches, from the agendas of the load: they are read (and
 * the touched ones parsed) once, for this and for the repository built after.
 */
export async function touchedMeetings(load: RepositoryLoad, changed: ReadonlySet<string>): Promise<Touched | undefined> {
  const scope = await touchedScope(load, changed);
  if (!scope) return undefined;
  const touchedDirs = [...scope].filter((p) => p.startsWith('meetings/'));
  // Each touched meeting's predecessor in its forum is read too, but not checked: rules that look across meetings need it.
  const folders = [...new Set((await agendasOf(load)).map(posix.dirname))].sort();
  const context = new Set<string>();
  for (const dir of touchedDirs) {
    const forum = posix.dirname(dir);
    const earlier = folders.filter((f) => posix.dirname(f) === forum && f < dir);
    if (earlier.length > 0 && !scope.has(earlier.at(-1)!)) context.add(earlier.at(-1)!);
  }
  const papers = new Set<string>();
  await load.readRecords(touchedDirs.map((dir) => `${dir}/agenda.md`));
  for (const dir of touchedDirs) {
    const agenda = await load.record(`${dir}/agenda.md`);
    if (!agenda) continue;
    for (const { target } of agendaPapers(agenda)) {
      const resolved = resolveFromFile(agenda.path, target.target);
      if (resolved) papers.add(resolved);
    }
  }
  return { scope, context, papers };
}

async function agendasOf(load: RepositoryLoad): Promise<string[]> {
  return (await load.list()).meetingFiles.filter((path) => path.endsWith('/agenda.md'));
}
