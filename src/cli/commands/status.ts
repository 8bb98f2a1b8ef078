import { UsageError } from '../../errors.js';
import { statusTexts } from '../../i18n/status.js';
import { isCalendarDate, todayInNorway } from '../../model/dates.js';
import { loadRepository } from '../../model/load.js';
import type { Repository } from '../../model/types.js';
import { suggest } from '../../rules/util.js';
import { isStatusFormat, json, pretty, STATUS_FORMATS, type StatusFormat, type StatusReporter } from '../../status/report.js';
import { computeStatus } from '../../status/status.js';
import { useColor, type CommandContext } from '../io.js';

const reporters: Record<StatusFormat, StatusReporter> = { pretty, json };

/** `etat status`: what the secretariat must do next, per forum. Reads only; always exits 0 once it has run. */
export default async function statusCommand(context: CommandContext, _args: unknown[], opts: Record<string, unknown>): Promise<number> {
  const format = String(opts.format ?? 'pretty');
  if (!isStatusFormat(format)) throw new UsageError('unknownFormat', { format, allowed: STATUS_FORMATS.join(', ') });
  const today = opts.today === undefined ? todayInNorway() : String(opts.today);
  if (!isCalendarDate(today)) throw new UsageError('badDate', { value: today });

  const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
  const lang = context.lang ?? repo.config.language;
  const forum = opts.forum === undefined ? undefined : String(opts.forum);
  if (forum !== undefined && !repo.config.fora.has(forum)) throw unknownForum(repo, forum, lang);

  const status = computeStatus(repo, { today, forum });
  context.stdout.write(
    reporters[format](status, {
      lang,
      color: useColor(context.stdout, context.env),
      agencyLabel: (id) => repo.config.agencies.get(id)?.short ?? id,
    }),
  );
  return 0;
}

/**
 * The message is rendered here, in the repository's language, and carried by
 * the generic `usage` message: the CLI's own catalogue has no forum message.
 */
function unknownForum(repo: Repository, forum: string, lang: keyof typeof statusTexts): UsageError {
  const known = [...repo.config.fora.keys()];
  return new UsageError('usage', { message: statusTexts[lang].unknownForum({ forum, suggestion: suggest(forum, known), known }) });
}
