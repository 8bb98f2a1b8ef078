import type { Lang } from '../../i18n/lang.js';
import { registerFormats, type RegisterFormat } from '../../registers/formats.js';
import type { StatsReport } from '../../registers/stats.js';
import { defineCommand } from '../define.js';
import type { CommandContext } from '../io.js';
import { calendarDate, sharedOptions, todayOf } from '../options.js';

const words = {
  en: {
    stats: 'governance health: how the fora prepare, decide, record and follow up, per forum and period',
    statsForum: 'only this forum',
    statsFrom: 'only meetings on or after this date, YYYY-MM-DD',
    statsTo: 'only meetings on or before this date, YYYY-MM-DD',
    registerFormat: 'output format: table, markdown, json or csv',
  },
  nb: {
    stats: 'styringshelse: hvordan foraene forbereder, vedtar, fører og følger opp, per forum og periode',
    statsForum: 'bare dette forumet',
    statsFrom: 'bare møter på eller etter denne datoen, ÅÅÅÅ-MM-DD',
    statsTo: 'bare møter på eller før denne datoen, ÅÅÅÅ-MM-DD',
    registerFormat: 'format: table, markdown, json eller csv',
  },
  nn: {
    stats: 'styringshelse: korleis fora førebur, vedtek, fører og følgjer opp, per forum og periode',
    statsForum: 'berre dette forumet',
    statsFrom: 'berre møte på eller etter denne datoen, ÅÅÅÅ-MM-DD',
    statsTo: 'berre møte på eller før denne datoen, ÅÅÅÅ-MM-DD',
    registerFormat: 'format: table, markdown, json eller csv',
  },
};

/** Why papers in time is unknown, by the reason `history.reason` gives. */
const noHistory: Record<Lang, Record<string, string>> = {
  en: {
    'rule-off': 'Papers in time is not counted: `agenda/paper-late` is off in etat.yml, so the history is not taken as a record of when papers came.',
    'no-git': 'Papers in time is unknown: git is not installed.',
    'not-a-repository': 'Papers in time is unknown: this is not a git repository.',
    'no-commits': 'Papers in time is unknown: the repository has no commits yet.',
    shallow: 'Papers in time is unknown: the clone is shallow (in CI, fetch the whole history: `fetch-depth: 0`).',
  },
  nb: {
    'rule-off': 'Saksfremlegg i tide telles ikke: `agenda/paper-late` er slått av i etat.yml, så historikken regnes ikke som bevis for når saksfremleggene kom.',
    'no-git': 'Saksfremlegg i tide er ukjent: git er ikke installert.',
    'not-a-repository': 'Saksfremlegg i tide er ukjent: dette er ikke et git-repositorium.',
    'no-commits': 'Saksfremlegg i tide er ukjent: repositoriet har ingen commits ennå.',
    shallow: 'Saksfremlegg i tide er ukjent: klonen er grunn (i CI, hent hele historikken: `fetch-depth: 0`).',
  },
  nn: {
    'rule-off': 'Saksframlegg i tide vert ikkje talde: `agenda/paper-late` er slått av i etat.yml, så historikken vert ikkje rekna som prov for når saksframlegga kom.',
    'no-git': 'Saksframlegg i tide er ukjent: git er ikkje installert.',
    'not-a-repository': 'Saksframlegg i tide er ukjent: dette er ikkje eit git-repositorium.',
    'no-commits': 'Saksframlegg i tide er ukjent: repositoriet har ingen commits enno.',
    shallow: 'Saksframlegg i tide er ukjent: klonen er grunn (i CI, hent heile historikken: `fetch-depth: 0`).',
  },
};

interface StatsResult {
  report: StatsReport;
  format: RegisterFormat;
  lang: Lang;
}

/** `etat stats`: governance health, the evaluation's document analysis. Reads only; exits 0 once it has run. */
export default defineCommand({
  name: 'stats',
  words,
  description: 'stats',
  examples: ['etat stats', 'etat stats --from 2026-01-01 --to 2026-12-31', 'etat stats --forum direktorgruppen --format markdown', 'etat stats --format json > helse.json'],
  options: {
    forum: { flags: '--forum <forum>', help: 'statsForum' },
    from: { flags: '--from <date>', help: 'statsFrom', parse: calendarDate },
    to: { flags: '--to <date>', help: 'statsTo', parse: calendarDate },
    today: sharedOptions.checkToday,
    format: { flags: '-f, --format <format>', help: 'registerFormat', choices: registerFormats.list, default: 'table' },
  },
  async run(context, { options }): Promise<StatsResult> {
    const [{ loadRepository }, { findForum }, { statsReport, arrivalProblem, countsPapersInTime }, { readHistory }] = await Promise.all([
      import('../../model/load.js'),
      import('../../scaffold/meeting.js'),
      import('../../registers/stats.js'),
      import('../../git/history.js'),
    ]);
    const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang, papers: false });
    const lang = context.lang ?? repo.config.language;
    if (options.forum !== undefined) findForum(repo.config, options.forum, lang);
    // When each paper reached git, as agenda/paper-late reads it (no agenda's old versions are asked for).
    const history = countsPapersInTime(repo.config) ? await readHistory({ root: repo.root, defaultBranch: repo.config.defaultBranch, agendas: [] }) : undefined;
    const problem = arrivalProblem(repo.config, history);
    const today = todayOf(context, options.today, repo.config.timezone);
    const report = statsReport(repo, {
      forum: options.forum,
      from: options.from,
      to: options.to,
      today,
      arrival: problem ? undefined : (path) => history!.availableAt(path),
      historyProblem: problem,
    });
    return { report, format: options.format, lang };
  },
  async print(context: CommandContext, { report, format, lang }: StatsResult) {
    const [{ writeRegister }, { statsTable }] = await Promise.all([import('../../registers/formats.js'), import('../../registers/stats-table.js')]);
    if (!report.history.read && format !== 'json') context.stderr.write(`${noHistory[lang][report.history.reason ?? ''] ?? report.history.reason}\n`);
    context.stdout.write(await writeRegister(format, () => report, () => statsTable(report, lang), context.stdout));
    return 0;
  },
});
