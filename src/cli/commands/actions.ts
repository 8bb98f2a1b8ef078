import type { Lang } from '../../i18n/lang.js';
import { registerFormats, type RegisterFormat } from '../../registers/formats.js';
import type { ActionsReport } from '../../registers/actions.js';
import { defineCommand } from '../define.js';
import type { CommandContext } from '../io.js';
import { sharedOptions, todayOf } from '../options.js';

const words = {
  en: {
    actions: 'every action item, as the follow-ups of later minutes leave it',
    actionsOwner: 'only the actions this agency owns',
    actionsForum: 'only the actions agreed in this forum',
    actionsOpen: 'only the actions not done (overdue ones too)',
    actionsOverdue: 'only the actions past their due date and not done',
    actionsDone: 'only the actions done',
    registerFormat: 'output format: table, markdown, json or csv',
  },
  nb: {
    actions: 'alle oppfølgingspunkter, slik oppfølgingen i senere referater etterlater dem',
    actionsOwner: 'bare punktene denne etaten har ansvar for',
    actionsForum: 'bare punktene dette forumet ble enige om',
    actionsOpen: 'bare punktene som ikke er gjort (også de forfalte)',
    actionsOverdue: 'bare punktene som har passert fristen uten å være gjort',
    actionsDone: 'bare punktene som er gjort',
    registerFormat: 'format: table, markdown, json eller csv',
  },
  nn: {
    actions: 'alle oppfølgingspunkt, slik oppfølginga i seinare referat etterlèt dei',
    actionsOwner: 'berre punkta denne etaten har ansvar for',
    actionsForum: 'berre punkta dette forumet vart samde om',
    actionsOpen: 'berre punkta som ikkje er gjorde (også dei forfalne)',
    actionsOverdue: 'berre punkta som har passert fristen utan å vere gjorde',
    actionsDone: 'berre punkta som er gjorde',
    registerFormat: 'format: table, markdown, json eller csv',
  },
};

interface ActionsResult {
  report: ActionsReport;
  format: RegisterFormat;
  lang: Lang;
}

/** `etat actions`: the action register. Reads only; exits 0 once it has run. */
export default defineCommand({
  name: 'actions',
  words,
  description: 'actions',
  examples: ['etat actions', 'etat actions --overdue --today 2026-11-24', 'etat actions --owner bufdir --open', 'etat actions --forum direktorgruppen --format csv > tiltak.csv'],
  options: {
    owner: { flags: '--owner <agency>', help: 'actionsOwner' },
    forum: { flags: '--forum <forum>', help: 'actionsForum' },
    open: { flags: '--open', help: 'actionsOpen', conflicts: ['overdue', 'done'] },
    overdue: { flags: '--overdue', help: 'actionsOverdue', conflicts: ['open', 'done'] },
    done: { flags: '--done', help: 'actionsDone', conflicts: ['open', 'overdue'] },
    today: sharedOptions.checkToday,
    format: { flags: '-f, --format <format>', help: 'registerFormat', choices: registerFormats.list, default: 'table' },
  },
  async run(context, { options }): Promise<ActionsResult> {
    const [{ loadRepository }, { findAgency, findForum }, { actionsReport }] = await Promise.all([
      import('../../model/load.js'),
      import('../../scaffold/meeting.js'),
      import('../../registers/actions.js'),
    ]);
    // A register reads no paper's text: that a paper exists is all it asks.
    const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang, papers: false });
    const lang = context.lang ?? repo.config.language;
    if (options.forum !== undefined) findForum(repo.config, options.forum, lang);
    if (options.owner !== undefined) findAgency(repo.config, options.owner, lang);
    const state = options.open ? 'open' : options.overdue ? 'overdue' : options.done ? 'done' : undefined;
    const today = todayOf(context, options.today, repo.config.timezone);
    return { report: actionsReport(repo, { state, owner: options.owner, forum: options.forum, today }), format: options.format, lang };
  },
  async print(context: CommandContext, { report, format, lang }: ActionsResult) {
    const [{ writeRegister }, { actionsTable }] = await Promise.all([import('../../registers/formats.js'), import('../../registers/actions.js')]);
    context.stdout.write(await writeRegister(format, () => report, () => actionsTable(report, lang), context.stdout));
    return 0;
  },
});
