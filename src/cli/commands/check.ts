import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { check } from '../../check.js';
import { UsageError } from '../../errors.js';
import { isCalendarDate } from '../../model/dates.js';
import { loadRepository } from '../../model/load.js';
import { isInside, toPosix } from '../../model/paths.js';
import { FORMATS, isFormat, reporters } from '../../report/index.js';
import { useColor, type CommandContext } from '../io.js';

/** `etat check [paths…]`: exit 0 when no error remains, 1 when one does. Never writes a file. */
export default async function checkCommand(context: CommandContext, [paths = []]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const format = String(opts.format ?? 'pretty');
  if (!isFormat(format)) throw new UsageError('unknownFormat', { format, allowed: FORMATS.join(', ') });
  const today = opts.today === undefined ? undefined : String(opts.today);
  if (today !== undefined && !isCalendarDate(today)) throw new UsageError('badDate', { value: today });

  const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
  const scope = await Promise.all((paths as string[]).map((path) => repositoryPath(repo.root, context.cwd, path)));
  const result = check(repo, { paths: scope, today, lang: context.lang });

  const lang = context.lang ?? repo.config.language;
  context.stdout.write(
    reporters[format](result, {
      lang,
      color: useColor(context.stdout, context.env),
      displayPath: (file) => toPosix(relative(context.startDir, resolve(repo.root, file))) || file,
    }),
  );
  return result.summary.errors > 0 ? 1 : 0;
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
