import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { paperTargets } from '../model/build.js';
import { CASE_FILE, IN_MEETING } from '../model/ids.js';
import { resolveFromFile } from '../model/paths.js';
import { parseMarkdownFile } from '../model/source.js';


/**
 * What a change touches (`etat check --changed`), as repository paths: changed
 * case files, and the meeting folders of the meetings
 * whose files changed; the meetings whose agenda names a changed case or
 * lists a changed paper kept elsewhere (found by a scan of the agenda text,
 * without parsing it) — the scope — and, as context to read but not check,
 * each touched meeting's predecessor in its forum, whose draft minutes a new
 * meeting can make overdue for approval. Returns
 * `undefined` — everything — when etat.yml changed, since it bears on every
 * meeting.
 */
export interface Touched {
  /** The meeting folders and case files to check. */
  scope: Set<string>;
  /** Meeting folders to read but not check. */
  context: Set<string>;
  /** The papers the touched agendas list, wherever they are kept (a carried item's papers stay in the first meeting's folder). */
  papers: Set<string>;
}

export async function touchedMeetings(root: string, changed: ReadonlySet<string>): Promise<Touched | undefined> {
  if (changed.has('etat.yml')) return undefined;
  const touched = new Set<string>();
  const elsewhere: string[] = [];
  for (const path of changed) {
    const meeting = IN_MEETING.exec(path)?.[1];
    if (meeting) touched.add(meeting);
    else elsewhere.push(path);
    // A changed case file is checked itself, too.
    if (CASE_FILE.test(path)) touched.add(path);
  }
  const entries = await readdir(join(root, 'meetings'), { recursive: true, withFileTypes: true }).catch(() => [] as Dirent[]);
  const agendas = entries
    .filter((e) => e.isFile() && e.name === 'agenda.md')
    .map((e) => posix.relative(root.split('\\').join('/'), join(e.parentPath, e.name).split('\\').join('/')));
  if (elsewhere.length > 0) {
    // A case is named by its id, a paper by its file name.
    const needles = elsewhere.map((path) => (path.startsWith('cases/') ? posix.basename(path, '.md') : posix.basename(path)));
    await Promise.all(
      agendas.map(async (agenda) => {
        const text = await readFile(join(root, agenda), 'utf8').catch(() => '');
        if (needles.some((needle) => text.includes(needle))) touched.add(posix.dirname(agenda));
      }),
    );
  }
  // Each touched meeting's predecessor in its forum is read too, but not checked: rules that look across meetings need it.
  const folders = [...new Set(agendas.map(posix.dirname))].sort();
  const context = new Set<string>();
  for (const dir of [...touched].filter((p) => p.startsWith('meetings/'))) {
    const forum = posix.dirname(dir);
    const earlier = folders.filter((f) => posix.dirname(f) === forum && f < dir);
    if (earlier.length > 0 && !touched.has(earlier.at(-1)!)) context.add(earlier.at(-1)!);
  }
  const papers = new Set<string>();
  await Promise.all(
    [...touched]
      .filter((p) => p.startsWith('meetings/'))
      .map(async (dir) => {
        const path = `${dir}/agenda.md`;
        const bytes = await readFile(join(root, path)).catch(() => undefined);
        if (!bytes) return;
        const items = (parseMarkdownFile(path, bytes).data as { items?: unknown } | undefined)?.items;
        (Array.isArray(items) ? items : []).forEach((item, index) => {
          for (const target of paperTargets(item, ['items', index])) {
            const resolved = resolveFromFile(path, target.target);
            if (resolved) papers.add(resolved);
          }
        });
      }),
  );
  return { scope: touched, context, papers };
}
