import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { CheckResult } from '../../pipeline/run-rules.js';
import { UsageError } from '../../errors.js';
import { isInside, toPosix } from '../../model/paths.js';
import { summarise } from '../../findings.js';
import { repositoryPathFrom } from '../../git/worktree.js';
import { code, type Lang } from '../../i18n/lang.js';
import { checkFormats, type Format, type ReportOptions } from '../../report/index.js';
import { defineCommand, type OptionSpec, type OptionsOf } from '../define.js';
import { displayPath } from '../display.js';
import type { CommandContext } from '../io.js';
import { sharedOptions, wholeNumber } from '../options.js';
import { isProtectedOutput, writeReport } from '../report-file.js';

const words = {
  en: {
    check: 'check the repository, or the meetings under the given paths',
    checkPaths: 'meeting folders or files to check (default: the whole repository)',
    checkFormat: 'output format: pretty, json, sarif, github, gitlab or junit',
    checkOutput: 'write the report of the --format next to it to <file>; repeat --format and --output to write several reports in one run (pretty still goes to the terminal)',
    checkMaxWarnings: 'exit with 1 when there are more than <n> warnings',
    checkQuiet: 'report errors only, not warnings',
    checkBase: 'the revision approved minutes are compared with (default: the merge-base with the default branch)',
    checkChanged: 'check only the meetings the change since --base touched (for pull requests)',
    checkStaged: 'check the meetings staged for commit, as they are staged (what the pre-commit hook runs)',
    githubAnnotations: 'annotations in GitHub Actions',
  },
  nb: {
    check: 'sjekk repositoriet, eller møtene under de gitte stiene',
    checkPaths: 'møtemapper eller filer som skal sjekkes (standard: hele repositoriet)',
    checkFormat: 'format: pretty, json, sarif, github, gitlab eller junit',
    checkOutput: 'skriv rapporten for --format ved siden av til <fil>; gjenta --format og --output for å skrive flere rapporter i samme kjøring (pretty går fortsatt til terminalen)',
    checkMaxWarnings: 'avslutt med 1 når det er flere enn <n> advarsler',
    checkQuiet: 'rapporter bare feil, ikke advarsler',
    checkBase: 'revisjonen godkjente referater sammenlignes med (standard: merge-base med standardgrenen)',
    checkChanged: 'sjekk bare møtene endringen siden --base berører (for pull requests)',
    checkStaged: 'sjekk møtene som er lagt klar til commit, slik de er lagt klar (det pre-commit-kroken kjører)',
    githubAnnotations: 'merknader i GitHub Actions',
  },
  nn: {
    check: 'sjekk repositoriet, eller møta under dei gjevne stiane',
    checkPaths: 'møtemapper eller filer som skal sjekkast (standard: heile repositoriet)',
    checkFormat: 'format: pretty, json, sarif, github, gitlab eller junit',
    checkOutput: 'skriv rapporten for --format ved sida av til <fil>; gjenta --format og --output for å skrive fleire rapportar i same køyring (pretty går framleis til terminalen)',
    checkMaxWarnings: 'avslutt med 1 når det er fleire enn <n> åtvaringar',
    checkQuiet: 'rapporter berre feil, ikkje åtvaringar',
    checkBase: 'revisjonen godkjende referat vert samanlikna med (standard: merge-base med standardgreina)',
    checkChanged: 'sjekk berre møta endringa sidan --base rører ved (for pull requests)',
    checkStaged: 'sjekk møta som er lagde klare til commit, slik dei er lagde klare (det pre-commit-kroken køyrer)',
    githubAnnotations: 'merknader i GitHub Actions',
  },
};
const errorsEn = {
  unknownFormat: (d: { format: string; allowed: string }) => `Unknown format ${code(d.format)}: use ${d.allowed}.`,
  outputWithoutFormat: (d: { output: string }) => `${code(`--output ${d.output}`)} has no ${code('--format')} next to it: say which report to write, e.g. ${code(`--format sarif --output ${d.output}`)}.`,
  formatsToTerminal: (d: { formats: string }) => `Only one report can go to the terminal, and ${d.formats} have no ${code('--output')}: give all but one of them an ${code('--output <file>')}.`,
  badMaxWarnings: (d: { value: string }) => `${code(d.value)} is not a number of warnings: use a whole number, 0 or more.`,
  outputProtected: (d: { path: string }) => `${code(d.path)} is a Markdown or etat.yml file, and a report never overwrites those: choose another ${code('--output')}, e.g. \`etat-report.json\`.`,
  outputNotReport: (d: { path: string; format: string }) =>
    `${code(d.path)} exists and is not an earlier ${d.format} report of etat's, so it was left as it is: a report replaces only what etat wrote. Choose another ${code('--output')}, or remove the file first.`,
  outputInGit: (d: { path: string }) => `${code(d.path)} is inside a ${code('.git')} folder, where a report is never written: choose another ${code('--output')}.`,
  outputFailed: (d: { path: string; message: string }) => `The report could not be written to ${code(d.path)}: ${d.message}`,
  tooManyWarnings: (d: { warnings: number; max: number }) => `${d.warnings} warnings, more than ${code(`--max-warnings ${d.max}`)} allows.`,
};
const errors: Record<Lang, typeof errorsEn> = {
  en: errorsEn,
  nb: {
    unknownFormat: (d) => `Ukjent format ${code(d.format)}: bruk ${d.allowed}.`,
    outputWithoutFormat: (d) => `${code(`--output ${d.output}`)} har ingen ${code('--format')} ved siden av seg: si hvilken rapport som skal skrives, f.eks. ${code(`--format sarif --output ${d.output}`)}.`,
    formatsToTerminal: (d) => `Bare én rapport kan gå til terminalen, og ${d.formats} har ingen ${code('--output')}: gi alle unntatt én en ${code('--output <fil>')}.`,
    badMaxWarnings: (d) => `${code(d.value)} er ikke et antall advarsler: bruk et helt tall, 0 eller mer.`,
    outputProtected: (d) => `${code(d.path)} er en Markdown-fil eller etat.yml, og en rapport overskriver aldri slike: velg en annen ${code('--output')}, f.eks. \`etat-report.json\`.`,
    outputNotReport: (d) =>
      `${code(d.path)} finnes og er ikke en tidligere ${d.format}-rapport fra etat, så den ble latt være: en rapport erstatter bare det etat har skrevet. Velg en annen ${code('--output')}, eller fjern filen først.`,
    outputInGit: (d) => `${code(d.path)} ligger i en ${code('.git')}-mappe, der det aldri skrives rapporter: velg en annen ${code('--output')}.`,
    outputFailed: (d) => `Rapporten kunne ikke skrives til ${code(d.path)}: ${d.message}`,
    tooManyWarnings: (d) => `${d.warnings} advarsler, flere enn ${code(`--max-warnings ${d.max}`)} tillater.`,
  },
  nn: {
    unknownFormat: (d) => `Ukjent format ${code(d.format)}: bruk ${d.allowed}.`,
    outputWithoutFormat: (d) => `${code(`--output ${d.output}`)} har ingen ${code('--format')} ved sida av seg: sei kva rapport som skal skrivast, t.d. ${code(`--format sarif --output ${d.output}`)}.`,
    formatsToTerminal: (d) => `Berre éin rapport kan gå til terminalen, og ${d.formats} har ingen ${code('--output')}: gi alle unnateke éin ei ${code('--output <fil>')}.`,
    badMaxWarnings: (d) => `${code(d.value)} er ikkje eit tal på åtvaringar: bruk eit heilt tal, 0 eller meir.`,
    outputProtected: (d) => `${code(d.path)} er ei Markdown-fil eller etat.yml, og ein rapport skriv aldri over slike: vel ei anna ${code('--output')}, t.d. \`etat-report.json\`.`,
    outputNotReport: (d) =>
      `${code(d.path)} finst og er ikkje ein tidlegare ${d.format}-rapport frå etat, så han vart late vere: ein rapport erstattar berre det etat har skrive. Vel ein annan ${code('--output')}, eller fjern fila først.`,
    outputInGit: (d) => `${code(d.path)} ligg i ei ${code('.git')}-mappe, der det aldri vert skrive rapportar: vel ein annan ${code('--output')}.`,
    outputFailed: (d) => `Rapporten kunne ikkje skrivast til ${code(d.path)}: ${d.message}`,
    tooManyWarnings: (d) => `${d.warnings} åtvaringar, fleire enn ${code(`--max-warnings ${d.max}`)} tillèt.`,
  },
};

/**
 * What `etat check` is asked to report, in the order asked: each `--format`
 * with the `--output` given next to it (before or after), if any.
 */
export interface ReportRequest {
  format?: string;
  output?: string;
}

/** The parse of --format and --output, pairing them as they come: both options end up holding the same list. */
function pairReports(slot: keyof ReportRequest) {
  return (value: string, _previous: unknown, state: Record<string, unknown>): ReportRequest[] => {
    const requests = (state.reports ??= []) as ReportRequest[];
    const last = requests.at(-1);
    if (last && last[slot] === undefined) last[slot] = value;
    else requests.push({ [slot]: value });
    return requests;
  };
}

const options = {
  // --format and --output are read in the order given, so that each --output belongs to its --format.
  format: { flags: '-f, --format <format>', help: 'checkFormat', parse: pairReports('format') },
  output: { flags: '-o, --output <file>', help: 'checkOutput', parse: pairReports('output') },
  maxWarnings: { flags: '--max-warnings <n>', help: 'checkMaxWarnings', parse: wholeNumber('badMaxWarnings') },
  quiet: { flags: '-q, --quiet', help: 'checkQuiet' },
  today: sharedOptions.checkToday,
  base: { flags: '--base <ref>', help: 'checkBase' },
  changed: { flags: '--changed', help: 'checkChanged' },
  staged: { flags: '--staged', help: 'checkStaged', conflicts: ['changed'] },
} as const satisfies Record<string, OptionSpec<(typeof words)['en']>>;
type CheckOptions = OptionsOf<typeof options>;

/** What a check found, and the reports to write of it. */
interface CheckRun {
  result: CheckResult;
  lang: Lang;
  requests: { format: Format; output?: string }[];
  maxWarnings: number | undefined;
  quiet: boolean;
}

/**
 * `etat check [paths…]`: exit 0 when no error remains, 1 when one does. Never
 * writes a file it was not asked to. Every option is checked before the
 * repository is read, so that a mistake costs no wait and prints no report.
 */
export default defineCommand({
  name: 'check',
  words,
  errors,
  description: 'check',
  examples: [
    'etat check',
    'etat check meetings/direktorgruppen',
    'etat check --format json > etat-report.json',
    ['etat check --format github', 'githubAnnotations'],
    'etat check --changed --format github --format sarif --output etat.sarif',
    'etat check --format gitlab --output gl-code-quality.json --format junit --output etat-junit.xml',
    'etat check --max-warnings 0',
    'etat check --cwd examples/etatssamarbeidet --today 2026-11-24',
  ],
  arguments: [{ name: '[paths...]', help: 'checkPaths' }],
  options,
  async run(context, { args: [paths], options: opts }): Promise<CheckRun> {
    const requests = reportRequests(opts.format ?? opts.output ?? []);
    const { result, language } = await runCheck(context, paths, opts);
    return { result, lang: context.lang ?? language, requests, maxWarnings: opts.maxWarnings, quiet: opts.quiet === true };
  },
  print: printCheck,
});

/** Write each report asked for, and say the exit code: 1 when an error remains or more warnings than --max-warnings allows. */
async function printCheck(context: CommandContext, { result, lang, requests, maxWarnings, quiet }: CheckRun): Promise<number> {
  // --quiet leaves warnings out of every report, but --max-warnings still counts them, as in eslint.
  const reported = quiet ? onlyErrors(result) : result;
  const options: Omit<ReportOptions, 'color'> = {
    lang,
    displayPath: displayPath(context, result.root),
    repositoryPath: repositoryPathFrom(result.root),
    env: context.env,
  };
  for (const request of requests) {
    const text = (await checkFormats.load(request.format))(reported, { ...options, color: checkFormats.color(request.format, context.stdout, context.env) });
    if (request.output === undefined) context.stdout.write(text);
    else await writeReport(result.root, resolve(context.startDir, request.output), request.output, request.format, text);
  }
  if (requests.some((r) => r.format === 'github') && context.env.GITHUB_STEP_SUMMARY) {
    const { appendStepSummary } = await import('../../report/github-summary.js');
    await appendStepSummary(context.env.GITHUB_STEP_SUMMARY, reported, { ...options, color: false });
  }

  if (result.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && result.summary.warnings > maxWarnings) {
    context.stderr.write(errors[lang].tooManyWarnings({ warnings: result.summary.warnings, max: maxWarnings }) + '\n');
    return 1;
  }
  return 0;
}

/** Check what the options ask for: the staged meetings, the changed ones, or the paths given (everything by default). */
async function runCheck(
  context: CommandContext,
  paths: string[],
  opts: CheckOptions,
): Promise<{ result: CheckResult; language: Lang }> {
  // The pipeline (and with it the YAML parser, ajv and the rules) loads only when a check runs, not for `--help`.
  const [{ runCheck: runPipeline }, { findRoot }] = await Promise.all([import('../../pipeline/check.js'), import('../../config/load.js')]);
  // Today is the date of the run's moment in the repository's time zone, which only the pipeline reads.
  const common = { cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang, today: opts.today, now: context.now };
  if (opts.staged === true) return runPipeline({ ...common, select: { kind: 'staged', env: context.env } });
  const base = typeof opts.base === 'string' ? opts.base : undefined;
  if (opts.changed === true) return runPipeline({ ...common, base, select: { kind: 'changed' } });
  // The paths given need only the root to be checked: before the repository is read.
  const root = await findRoot(context.cwd);
  const given = await Promise.all(paths.map((path) => repositoryPath(root, context.cwd, path)));
  return runPipeline({ ...common, root, base, select: given.length > 0 ? { kind: 'paths', paths: given } : { kind: 'all' } });
}

/**
 * The reports asked for, each with a known format. At most one may go to the
 * terminal; when every report goes to a file, pretty goes to the terminal too.
 */
function reportRequests(given: readonly ReportRequest[]): { format: Format; output?: string }[] {
  const asked = given.map((request) => {
    if (request.format === undefined) throw new UsageError('outputWithoutFormat', { output: request.output });
    if (!checkFormats.is(request.format)) throw new UsageError('unknownFormat', { format: request.format, allowed: checkFormats.list.join(', ') });
    return { format: request.format, output: request.output };
  });
  for (const { output } of asked) {
    if (output !== undefined && isProtectedOutput(output)) throw new UsageError('outputProtected', { path: output });
  }
  const toTerminal = asked.filter((r) => r.output === undefined);
  if (toTerminal.length > 1) throw new UsageError('formatsToTerminal', { formats: toTerminal.map((r) => r.format).join(', ') });
  if (toTerminal.length === 0) asked.unshift({ format: 'pretty', output: undefined });
  return asked;
}

function onlyErrors(result: CheckResult): CheckResult {
  const findings = result.findings.filter((f) => f.severity === 'error');
  return { ...result, findings, summary: summarise(findings) };
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
