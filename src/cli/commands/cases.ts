import type { Lang } from '../../i18n/lang.js';
import { registerFormats, type RegisterFormat } from '../../registers/formats.js';
import type { CasesReport } from '../../registers/cases/data.js';
import { defineCommand } from '../define.js';
import type { CommandContext } from '../io.js';

const words = {
  en: {
    cases: 'every case with its owner, status and last movement (use `etat case show <id>` for its path through meetings and fora)',
    casesStatus: 'only the open or only the closed cases',
    casesForum: 'only the cases that were on an agenda of this forum',
    registerFormat: 'output format: table, markdown, json or csv',
  },
  nb: {
    cases: 'alle saker med ansvarlig, status og siste behandling (`etat case show <id>` viser saksgangen gjennom møter og fora)',
    casesStatus: 'bare de åpne eller bare de lukkede sakene',
    casesForum: 'bare sakene som har stått på en saksliste i dette forumet',
    registerFormat: 'format: table, markdown, json eller csv',
  },
  nn: {
    cases: 'alle saker med ansvarleg, status og siste handsaming (`etat case show <id>` viser saksgangen gjennom møte og fora)',
    casesStatus: 'berre dei opne eller berre dei lukka sakene',
    casesForum: 'berre sakene som har stått på ei sakliste i dette forumet',
    registerFormat: 'format: table, markdown, json eller csv',
  },
};

interface CasesResult {
  report: CasesReport;
  format: RegisterFormat;
  lang: Lang;
}

/** `etat cases`: the case register. Reads only; exits 0 once it has run. */
export default defineCommand({
  name: 'cases',
  words,
  description: 'cases',
  examples: ['etat cases', 'etat cases --status open', 'etat cases --forum direktorgruppen --format markdown', 'etat cases --format csv > saker.csv'],
  options: {
    status: { flags: '--status <status>', help: 'casesStatus', choices: ['open', 'closed'] as const },
    forum: { flags: '--forum <forum>', help: 'casesForum' },
    format: { flags: '-f, --format <format>', help: 'registerFormat', choices: registerFormats.list, default: 'table' },
  },
  async run(context, { options }): Promise<CasesResult> {
    const [{ loadRepository }, { findForum }, { casesReport }] = await Promise.all([
      import('../../model/load.js'),
      import('../../scaffold/meeting.js'),
      import('../../registers/cases/data.js'),
    ]);
    const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
    const lang = context.lang ?? repo.config.language;
    if (options.forum !== undefined) findForum(repo.config, options.forum, lang);
    return { report: casesReport(repo, { status: options.status, forum: options.forum }), format: options.format, lang };
  },
  async print(context: CommandContext, { report, format, lang }: CasesResult) {
    const [{ writeRegister }, { casesTable }] = await Promise.all([import('../../registers/formats.js'), import('../../registers/cases/print.js')]);
    context.stdout.write(await writeRegister(format, () => report, () => casesTable(report, lang), context.stdout));
    return 0;
  },
});
