import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { check, checkRepository, type CheckResult } from '../../check.js';
import { UsageError } from '../../errors.js';
import { isCalendarDate } from '../../model/dates.js';
import { findRoot, loadConfig } from '../../config/load.js';
import { touchedMeetings, type Touched } from '../../git/changed.js';
import { readHistory } from '../../git/history.js';
import { loadRepository } from '../../model/load.js';
import type { Repository } from '../../model/types.js';
import { isInside, toPosix } from '../../model/paths.js';
import { FORMATS, isFormat, reporters } from '../../report/index.js';
import { displayPath } from '../display.js';
import { useColor, type CommandContext } from '../io.js';

/** `etat check [paths…]`: exit 0 when no error remains, 1 when one does. Never writes a file. */
export default async function checkCommand(context: CommandContext, [paths = []]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const format = String(opts.format ?? 'pretty');
  if (!isFormat(format)) throw new UsageError('unknownFormat', { format, allowed: FORMATS.join(', ') });
  const today = opts.today === undefined ? undefined : String(opts.today);
  if (today !== undefined && !isCalendarDate(today)) throw new UsageError('badDate', { value: today });

  const base = typeof opts.base === 'string' ? opts.base : undefined;
  const load = { cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang };
  let repo: Repository;
  let result: CheckResult;
  if (opts.changed === true) {
    // Only what the change since the base touched is read and checked, with one pass over the history.
    const root = await findRoot(context.cwd);
    const config = await loadConfig(root, load);
    let touched: Touched | undefined;
    const history = await readHistory({
      root,
      defaultBranch: config.defaultBranch,
      base,
      agendas: async (changed, foundBase) => {
        touched = foundBase ? await touchedMeetings(root, changed) : undefined;
        if (!touched) return { agendas: (await meetingDirs(root)).map((dir) => `${dir}/agenda.md`) };
        const dirs = [...touched.scope].filter((p) => p.startsWith('meetings/'));
        return { agendas: dirs.map((dir) => `${dir}/agenda.md`), meetings: [...dirs, ...touched.context, ...touched.papers] };
      },
    });
    const selected = touched;
    repo = await loadRepository({ ...load, select: selected ? (dir) => selected.scope.has(dir) || selected.context.has(dir) : undefined });
    result = check(repo, { paths: selected ? [...selected.scope] : undefined, today, lang: context.lang, history });
  } else {
    repo = await loadRepository(load);
    const given = await Promise.all((paths as string[]).map((path) => repositoryPath(repo.root, context.cwd, path)));
    result = await checkRepository(repo, { paths: given.length > 0 ? given : undefined, today, lang: context.lang, base });
  }

  const lang = context.lang ?? repo.config.language;
  context.stdout.write(
    reporters[format](result, {
      lang,
      color: useColor(context.stdout, context.env),
      displayPath: displayPath(context, repo.root),
    }),
  );
  return result.summary.errors > 0 ? 1 : 0;
}

/** Every meeting folder, for a --changed check that has to check everything. */
async function meetingDirs(root: string): Promise<string[]> {
  const forums = await readdir(join(root, 'meetings'), { withFileTypes: true }).catch(() => []);
  const dirs = await Promise.all(
    forums.filter((f) => f.isDirectory()).map(async (f) => (await readdir(join(root, 'meetings', f.name))).map((d) => `meetings/${f.name}/${d}`)),
  );
  return dirs.flat();
}

/** A path given on the command line, as a repository path; it must exist and stay inside. */
async function repositoryPath(root: string, cwd: string, path: string): Promise<string> {
  const absolute = resolve(cwd, path);
  if (!isInside(root, absolute)) throw new UsageError('pathOutside', { path });
  const exists = await stat(absolute).then(
    () => true,
    () => false,
  );
  if (!exists) throw new UsageError('pathMissing', { path });
  return toPosix(relative(root, absolute));
}
