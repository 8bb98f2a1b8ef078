import type { Lang } from '../../i18n/lang.js';
import { code } from '../../i18n/lang.js';
import { registerFormats, type RegisterFormat } from '../../registers/formats.js';
import type { DecisionsReport } from '../../registers/decisions.js';
import { defineCommand } from '../define.js';
import type { CommandContext } from '../io.js';
import { calendarDate } from '../options.js';

const words = {
  en: {
    decisions: 'the decision register: every decision of every forum, newest first',
    decisionsForum: 'only the decisions of this forum',
    decisionsSince: 'only decisions of meetings on or after this date, YYYY-MM-DD',
    decisionsUntil: 'only decisions of meetings on or before this date, YYYY-MM-DD',
    decisionsCase: 'only decisions in this case (`case:` on the agenda)',
    decisionsAgency: 'only decisions on items this agency owns, or where it dissented or was recused',
    decisionsGrep: 'only decisions whose title or text contains this text (any case)',
    registerFormat: 'output format: table, markdown, json or csv',
  },
  nb: {
    decisions: 'vedtaksregisteret: alle vedtak i alle fora, de nyeste først',
    decisionsForum: 'bare vedtakene til dette forumet',
    decisionsSince: 'bare vedtak fra møter på eller etter denne datoen, ÅÅÅÅ-MM-DD',
    decisionsUntil: 'bare vedtak fra møter på eller før denne datoen, ÅÅÅÅ-MM-DD',
    decisionsCase: 'bare vedtak i denne saken (`case:` i sakslisten)',
    decisionsAgency: 'bare vedtak i saker denne etaten eier, eller der den hadde dissens eller var inhabil',
    decisionsGrep: 'bare vedtak der tittelen eller teksten inneholder denne teksten (store og små bokstaver likt)',
    registerFormat: 'format: table, markdown, json eller csv',
  },
  nn: {
    decisions: 'vedtaksregisteret: alle vedtak i alle fora, dei nyaste først',
    decisionsForum: 'berre vedtaka til dette forumet',
    decisionsSince: 'berre vedtak frå møte på eller etter denne datoen, ÅÅÅÅ-MM-DD',
    decisionsUntil: 'berre vedtak frå møte på eller før denne datoen, ÅÅÅÅ-MM-DD',
    decisionsCase: 'berre vedtak i denne saka (`case:` i saklista)',
    decisionsAgency: 'berre vedtak i saker denne etaten eig, eller der han hadde dissens eller var inhabil',
    decisionsGrep: 'berre vedtak der tittelen eller teksten inneheld denne teksten (store og små bokstavar likt)',
    registerFormat: 'format: table, markdown, json eller csv',
  },
};

const unreadable = {
  en: (path: string) => `The front matter of ${code(path)} cannot be read, so its decisions are not listed: \`etat check\` says why.`,
  nb: (path: string) => `Front matter i ${code(path)} kan ikke leses, så vedtakene der er ikke med: \`etat check\` sier hvorfor.`,
  nn: (path: string) => `Front matter i ${code(path)} kan ikkje lesast, så vedtaka der er ikkje med: \`etat check\` seier kvifor.`,
};

interface DecisionsResult {
  report: DecisionsReport;
  format: RegisterFormat;
  lang: Lang;
}

/** `etat decisions`: the decision register. Reads only; exits 0 once it has run. */
export default defineCommand({
  name: 'decisions',
  words,
  description: 'decisions',
  examples: [
    'etat decisions',
    'etat decisions --forum direktorgruppen --since 2026-01-01',
    'etat decisions --case ES-2025-007',
    'etat decisions --agency fhi --format markdown',
    'etat decisions --grep nettsted --format csv > vedtak.csv',
  ],
  options: {
    forum: { flags: '--forum <forum>', help: 'decisionsForum' },
    since: { flags: '--since <date>', help: 'decisionsSince', parse: calendarDate },
    until: { flags: '--until <date>', help: 'decisionsUntil', parse: calendarDate },
    case: { flags: '--case <id>', help: 'decisionsCase' },
    agency: { flags: '--agency <agency>', help: 'decisionsAgency' },
    grep: { flags: '--grep <text>', help: 'decisionsGrep' },
    format: { flags: '-f, --format <format>', help: 'registerFormat', choices: registerFormats.list, default: 'table' },
  },
  async run(context, { options }): Promise<DecisionsResult> {
    const [{ loadRepository }, { findAgency, findForum }, { decisionsReport }] = await Promise.all([
      import('../../model/load.js'),
      import('../../scaffold/meeting.js'),
      import('../../registers/decisions.js'),
    ]);
    // A register reads no paper's text: that a paper exists is all it asks.
    const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang, papers: false });
    const lang = context.lang ?? repo.config.language;
    if (options.forum !== undefined) findForum(repo.config, options.forum, lang);
    if (options.agency !== undefined) findAgency(repo.config, options.agency, lang);
    const { format, ...filter } = options;
    return { report: decisionsReport(repo, filter), format, lang };
  },
  async print(context: CommandContext, { report, format, lang }: DecisionsResult) {
    const [{ writeRegister }, { decisionsTable }] = await Promise.all([import('../../registers/formats.js'), import('../../registers/decisions.js')]);
    for (const path of report.unreadable) context.stderr.write(`${unreadable[lang](path)}\n`);
    context.stdout.write(await writeRegister(format, () => report, () => decisionsTable(report, lang), context.stdout));
    return 0;
  },
});
