import { code, type Lang } from '../../i18n/lang.js';
import { statusFormats, type StatusFormat } from '../../status/formats.js';
import type { Status } from '../../status/status.js';
import { defineCommand } from '../define.js';
import { displayPath } from '../display.js';
import type { CommandContext } from '../io.js';
import { sharedOptions, todayOf, wholeNumber } from '../options.js';

const words = {
  en: {
    status: 'what the secretariat must do next, per forum',
    statusForum: 'only this forum',
    statusSoon: 'list the action items due within <days> days (default: 14)',
    statusFormat: 'output format: pretty or json',
  },
  nb: {
    status: 'hva sekretariatet må gjøre nå, per forum',
    statusForum: 'bare dette forumet',
    statusSoon: 'vis oppfølgingspunktene med frist innen <days> dager (standard: 14)',
    statusFormat: 'format: pretty eller json',
  },
  nn: {
    status: 'kva sekretariatet må gjere no, per forum',
    statusForum: 'berre dette forumet',
    statusSoon: 'vis oppfølgingspunkta med frist innan <days> dagar (standard: 14)',
    statusFormat: 'format: pretty eller json',
  },
};
const errorsEn = {
  badDays: (d: { value: string }) => `${code(d.value)} is not a number of days: use a whole number, 0 or more.`,
};
const errors: Record<Lang, typeof errorsEn> = {
  en: errorsEn,
  nb: {
    badDays: (d) => `${code(d.value)} er ikke et antall dager: bruk et helt tall, 0 eller mer.`,
  },
  nn: {
    badDays: (d) => `${code(d.value)} er ikkje eit tal på dagar: bruk eit heilt tal, 0 eller meir.`,
  },
};

/** What `etat status` found, for its reporter. */
interface StatusResult {
  status: Status;
  format: StatusFormat;
  lang: Lang;
  agencyLabel: (id: string) => string;
  root: string;
}

/** `etat status`: what the secretariat must do next, per forum. Reads only; always exits 0 once it has run. */
export default defineCommand({
  name: 'status',
  words,
  errors,
  description: 'status',
  examples: ['etat status', 'etat status --forum direktorgruppen --today 2026-11-24', 'etat status --soon 30', 'etat status --format json'],
  options: {
    forum: { flags: '--forum <forum>', help: 'statusForum' },
    // Checked before the repository is read, as every other option is.
    soon: { flags: '--soon <days>', help: 'statusSoon', parse: wholeNumber('badDays') },
    today: sharedOptions.checkToday,
    format: { flags: '-f, --format <format>', help: 'statusFormat', choices: statusFormats.list, default: 'pretty' },
  },
  async run(context, { options }): Promise<StatusResult> {
    const [{ loadRepository }, { findForum }, { uncommittedFiles }, { computeStatus }] = await Promise.all([
      import('../../model/load.js'),
      import('../../scaffold/meeting.js'),
      import('../../git/uncommitted.js'),
      import('../../status/status.js'),
    ]);
    const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
    const lang = context.lang ?? repo.config.language;
    const today = todayOf(context, options.today, repo.config.timezone);
    if (options.forum !== undefined) findForum(repo.config, options.forum, lang);

    // Whether a sent agenda is committed: one git process, and nothing said of commits outside git.
    const uncommitted = await uncommittedFiles(repo.root, 'meetings');
    const status = computeStatus(repo, { today, forum: options.forum, soonDays: options.soon, uncommitted });
    return { status, format: options.format, lang, agencyLabel: (id) => repo.config.agencies.get(id)?.short ?? id, root: repo.root };
  },
  async print(context: CommandContext, { status, format, lang, agencyLabel, root }: StatusResult) {
    const report = await statusFormats.load(format);
    context.stdout.write(report(status, { lang, color: statusFormats.color(format, context.stdout, context.env), agencyLabel, displayPath: displayPath(context, root) }));
    return 0;
  },
});
