import { lstat, mkdir, open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { check, checkRepository, type CheckResult } from '../../check.js';
import { UsageError } from '../../errors.js';
import { findRoot, loadConfig } from '../../config/load.js';
import { touchedMeetings, type Touched } from '../../git/changed.js';
import { readHistory } from '../../git/history.js';
import { loadRepository } from '../../model/load.js';
import { isInside, toPosix } from '../../model/paths.js';
import { summarise } from '../../findings.js';
import { repositoryPathFrom } from '../../git/worktree.js';
import { cliTexts } from '../../i18n/cli.js';
import type { Lang } from '../../i18n/lang.js';
import { checkFormats, type Format, type ReportOptions } from '../../report/index.js';
import { folderInside, replaceAt } from '../../fs/write.js';
import { displayPath } from '../display.js';
import type { CommandContext } from '../io.js';
import { todayOf, wholeNumber } from '../options.js';
import type { ReportRequest } from '../run.js';

/**
 * `etat check [paths…]`: exit 0 when no error remains, 1 when one does. Never
 * writes a file it was not asked to. Every option is checked before the
 * repository is read, so that a mistake costs no wait and prints no report.
 */
export default async function checkCommand(context: CommandContext, [paths = []]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const requests = reportRequests(opts);
  const maxWarnings = opts.maxWarnings === undefined ? undefined : wholeNumber(opts.maxWarnings, 'badMaxWarnings');
  const today = todayOf(context, opts.today);

  const { result, language } = await runCheck(context, paths as string[], opts, today);
  const lang = context.lang ?? language;
  // --quiet leaves warnings out of every report, but --max-warnings still counts them, as in eslint.
  const reported = opts.quiet === true ? onlyErrors(result) : result;
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
    context.stderr.write(cliTexts[lang].error.tooManyWarnings({ warnings: result.summary.warnings, max: maxWarnings }) + '\n');
    return 1;
  }
  return 0;
}

/** Check what the options ask for: the staged meetings, the changed ones, or the paths given (everything by default). */
async function runCheck(
  context: CommandContext,
  paths: string[],
  opts: Record<string, unknown>,
  today: string,
): Promise<{ result: CheckResult; language: Lang }> {
  if (opts.staged === true) {
    const { checkStaged } = await import('../../git/staged.js');
    return checkStaged({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang, today, env: context.env });
  }
  const base = typeof opts.base === 'string' ? opts.base : undefined;
  const load = { cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang };
  if (opts.changed === true) {
    // Only what the change since the base touched is read and checked, with one pass over the history.
    const root = await findRoot(context.cwd);
    const config = await loadConfig(root, load);
    let touched: Touched | undefined;
    const history = await readHistory({
      root,
      defaultBranch: config.defaultBranch,
      base,
      agendas: async (changed, foundBase) => {
        touched = foundBase ? await touchedMeetings(root, changed) : undefined;
        if (!touched) return { agendas: (await meetingDirs(root)).map((dir) => `${dir}/agenda.md`) };
        const dirs = [...touched.scope].filter((p) => p.startsWith('meetings/'));
        return { agendas: dirs.map((dir) => `${dir}/agenda.md`), meetings: [...dirs, ...touched.context, ...touched.papers] };
      },
    });
    const selected = touched;
    const repo = await loadRepository({ ...load, select: selected ? (dir) => selected.scope.has(dir) || selected.context.has(dir) : undefined });
    const result = check(repo, { paths: selected ? [...selected.scope] : undefined, today, lang: context.lang, history });
    return { result, language: repo.config.language };
  }
  // The paths given need only the root to be checked: before the repository is read.
  const root = await findRoot(context.cwd);
  const given = await Promise.all(paths.map((path) => repositoryPath(root, context.cwd, path)));
  const repo = await loadRepository(load);
  const result = await checkRepository(repo, { paths: given.length > 0 ? given : undefined, today, lang: context.lang, base });
  return { result, language: repo.config.language };
}

/**
 * The reports asked for, each with a known format. At most one may go to the
 * terminal; when every report goes to a file, pretty goes to the terminal too.
 */
function reportRequests(opts: Record<string, unknown>): { format: Format; output?: string }[] {
  const asked = ((opts.format ?? opts.output ?? []) as ReportRequest[]).map((request) => {
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

/** A report never replaces a Markdown file or etat.yml: a typo must not cost minutes. */
function isProtectedOutput(path: string): boolean {
  return /\.(md|markdown)$/i.test(path) || basename(path) === 'etat.yml';
}

function onlyErrors(result: CheckResult): CheckResult {
  const findings = result.findings.filter((f) => f.severity === 'error');
  return { ...result, findings, summary: summarise(findings) };
}

/**
 * Write a report where --output says. The path is the user's own choice on the
 * command line (it may be outside the repository, e.g. in $RUNNER_TEMP), but a
 * pull request may have committed something at it. So a report never follows
 * a link there, never goes inside a `.git` folder or through a link in the
 * repository that leads out of it, and never replaces a file it did not write:
 * a file is replaced only when it is empty or holds an earlier report of the
 * same format — never a record, whatever its name (`outputProtected`).
 */
async function writeReport(root: string, path: string, given: string, format: Format, text: string): Promise<void> {
  if (/\.(md|markdown)$/i.test(path) || basename(path) === 'etat.yml') throw new UsageError('outputProtected', { path: given });
  const folder = await reportFolder(root, dirname(path), given);
  const target = join(folder, basename(path));
  const found = await lstat(target).catch(() => undefined);
  if (found?.isSymbolicLink()) throw new UsageError('linkInTheWay', { path: given });
  if (found && (!found.isFile() || !(await isEarlierReport(target, format)))) throw new UsageError('outputNotReport', { path: given, format });
  try {
    await replaceAt(target, text);
  } catch (error) {
    throw new UsageError('outputFailed', { path: given, message: (error as Error).message });
  }
}

/** The real folder a report goes into, made if need be: never inside `.git`, never out of the repository through a link in it. */
async function reportFolder(root: string, folder: string, given: string): Promise<string> {
  // Inside the repository, folders are made one level at a time and a link out is refused before anything is made.
  const real = isInside(resolve(root), folder)
    ? await folderInside(root, folder, true, given)
    : await mkdir(folder, { recursive: true }).then(
        () => realpath(folder),
        (error: Error) => {
          throw new UsageError('outputFailed', { path: given, message: error.message });
        },
      );
  if (real.split(sep).includes('.git')) throw new UsageError('outputInGit', { path: given });
  return real;
}

/** How each format's report begins, as etat writes it: what tells an earlier report from a file etat did not write. */
const REPORT_START: Record<Format, RegExp> = {
  pretty: /^$/,
  github: /^(?:::|$)/,
  json: /^\{\s*"format": "etat-check"/,
  sarif: /^\{\s*"\$schema": "[^"]*sarif[^"]*",\s*"version": "2\.1\.0",\s*"runs": \[\s*\{\s*"tool": \{\s*"driver": \{\s*"name": "etat"/,
  gitlab: /^\[\s*(?:\]|\{\s*"type": "issue",\s*"description")/,
  junit: /^<\?xml[^>]*\?>\s*<testsuites name="etat check"/,
};

async function isEarlierReport(path: string, format: Format): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString('utf8');
    return text.trim() === '' || REPORT_START[format].test(text);
  } finally {
    await handle.close();
  }
}

/** Every meeting folder, for a --changed check that has to check everything. */
async function meetingDirs(root: string): Promise<string[]> {
  const forums = await readdir(join(root, 'meetings'), { withFileTypes: true }).catch(() => []);
  const dirs = await Promise.all(
    forums.filter((f) => f.isDirectory()).map(async (f) => (await readdir(join(root, 'meetings', f.name))).map((d) => `meetings/${f.name}/${d}`)),
  );
  return dirs.flat();
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
