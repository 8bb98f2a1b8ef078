import { UsageError } from '../../errors.js';
import { code, type Lang } from '../../i18n/lang.js';
import type { CaseReport } from '../../registers/cases/data.js';
import { defineFormats } from '../../report/formats.js';
import { defineCommand } from '../define.js';
import type { CommandContext } from '../io.js';

/** The formats of `etat case show`; the printers are loaded only when asked for. */
const caseFormats = defineFormats(['pretty', 'markdown', 'json'] as const, {
  pretty: async () => (await import('../../registers/cases/print.js')).casePretty,
  markdown: async () => (await import('../../registers/cases/print.js')).caseMarkdown,
  json: async () => (report: CaseReport) => `${JSON.stringify(report, null, 2)}\n`,
});
type CaseFormat = (typeof caseFormats.list)[number];

const words = {
  en: {
    caseShow: "show a case's path through meetings and fora (saksgang): each time it was on an agenda, and what became of it there",
    caseId: 'the case id: the name of its file in `cases/` without `.md`, or the `case:` an agenda item names',
    caseFormat: 'output format: pretty, markdown or json',
  },
  nb: {
    caseShow: 'vis saksgangen for en sak gjennom møter og fora: hver gang den sto på en saksliste, og hva som ble utfallet der',
    caseId: 'saks-id-en: navnet på saksfilen i `cases/` uten `.md`, eller `case:` som en sak på sakslisten viser til',
    caseFormat: 'format: pretty, markdown eller json',
  },
  nn: {
    caseShow: 'vis saksgangen for ei sak gjennom møte og fora: kvar gong ho stod på ei sakliste, og kva som vart utfallet der',
    caseId: 'saks-id-en: namnet på saksfila i `cases/` utan `.md`, eller `case:` som ei sak på saklista viser til',
    caseFormat: 'format: pretty, markdown eller json',
  },
};

const errorsEn = {
  unknownCase: (d: { id: string; suggestion?: string }) =>
    `There is no case ${code(d.id)}: no file \`cases/${d.id}.md\`, and no agenda item names it.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''} \`etat cases\` lists the cases there are.`,
  noCases: (d: { id: string }) => `There is no case ${code(d.id)}: the repository has no cases yet. Write \`case:\` on an agenda item, or add a file under \`cases/\`.`,
};
const errors: Record<Lang, typeof errorsEn> = {
  en: errorsEn,
  nb: {
    unknownCase: (d) =>
      `Det finnes ingen sak ${code(d.id)}: ingen fil \`cases/${d.id}.md\`, og ingen sak på en saksliste viser til den.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''} \`etat cases\` viser sakene som finnes.`,
    noCases: (d) => `Det finnes ingen sak ${code(d.id)}: repositoriet har ingen saker ennå. Skriv \`case:\` på en sak i sakslisten, eller legg en fil i \`cases/\`.`,
  },
  nn: {
    unknownCase: (d) =>
      `Det finst inga sak ${code(d.id)}: inga fil \`cases/${d.id}.md\`, og inga sak på ei sakliste viser til henne.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''} \`etat cases\` viser sakene som finst.`,
    noCases: (d) => `Det finst inga sak ${code(d.id)}: repositoriet har ingen saker enno. Skriv \`case:\` på ei sak i saklista, eller legg ei fil i \`cases/\`.`,
  },
};

interface CaseResult {
  report: CaseReport;
  format: CaseFormat;
  lang: Lang;
}

/** `etat case show <id>`: a case's path through meetings and fora. Reads only; exits 0 once it has run, 2 for a case there is not. */
export default defineCommand({
  name: 'case show',
  words,
  errors,
  description: 'caseShow',
  examples: ['etat case show ES-2025-007', 'etat case show ES-2025-007 --format markdown > saksgang.md', 'etat case show ES-2025-007 --format json'],
  arguments: [{ name: '<id>', help: 'caseId' }],
  options: {
    format: { flags: '-f, --format <format>', help: 'caseFormat', choices: caseFormats.list, default: 'pretty' },
  },
  async run(context, { args: [id], options }): Promise<CaseResult> {
    const [{ loadRepository }, { caseReport, knownCaseIds }, { suggest }] = await Promise.all([
      import('../../model/load.js'),
      import('../../registers/cases/data.js'),
      import('../../text/suggest.js'),
    ]);
    const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
    const lang = context.lang ?? repo.config.language;
    const wanted = id.trim().replace(/\.md$/, '').replace(/^cases\//, '');
    const report = caseReport(repo, wanted);
    if (!report) {
      const known = knownCaseIds(repo);
      if (known.length === 0) throw new UsageError('noCases', { id: wanted, lang });
      // Case ids are often written in another case (`es-2025-007`): that is the nearest id, whatever the distance.
      const sameLetters = known.find((k) => k.toLowerCase() === wanted.toLowerCase());
      throw new UsageError('unknownCase', { id: wanted, suggestion: sameLetters ?? suggest(wanted, known), lang });
    }
    return { report, format: options.format, lang };
  },
  async print(context: CommandContext, { report, format, lang }: CaseResult) {
    const write = (await caseFormats.load(format)) as (report: CaseReport, options: { lang: Lang; color: boolean }) => string;
    context.stdout.write(write(report, { lang, color: caseFormats.color(format, context.stdout, context.env) }));
    return 0;
  },
});
