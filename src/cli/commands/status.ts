import { UsageError } from '../../errors.js';
import { uncommittedFiles } from '../../git/uncommitted.js';
import { loadRepository } from '../../model/load.js';
import { findForum } from '../../scaffold/meeting.js';
import { statusFormats } from '../../status/formats.js';
import { computeStatus } from '../../status/status.js';
import { displayPath } from '../display.js';
import type { CommandContext } from '../io.js';
import { todayOf, wholeNumber } from '../options.js';

/** `etat status`: what the secretariat must do next, per forum. Reads only; always exits 0 once it has run. */
export default async function statusCommand(context: CommandContext, _args: unknown[], opts: Record<string, unknown>): Promise<number> {
  const format = String(opts.format ?? 'pretty');
  if (!statusFormats.is(format)) throw new UsageError('unknownFormat', { format, allowed: statusFormats.list.join(', ') });
  const today = todayOf(context, opts.today);

  // Checked before the repository is read, as every other option is.
  const soonDays = opts.soon === undefined ? undefined : wholeNumber(opts.soon, 'badDays');
  const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
  const lang = context.lang ?? repo.config.language;
  const forum = opts.forum === undefined ? undefined : String(opts.forum);
  if (forum !== undefined) findForum(repo.config, forum, lang);

  // Whether a sent agenda is committed: one git process, and nothing said of commits outside git.
  const uncommitted = await uncommittedFiles(repo.root, 'meetings');
  const status = computeStatus(repo, { today, forum, soonDays, uncommitted });
  context.stdout.write(
    (await statusFormats.load(format))(status, {
      lang,
      color: statusFormats.color(format, context.stdout, context.env),
      agencyLabel: (id) => repo.config.agencies.get(id)?.short ?? id,
      displayPath: displayPath(context, repo.root),
    }),
  );
  return 0;
}

