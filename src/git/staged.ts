import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { check, type CheckResult } from '../check.js';
import { repositoryLanguage } from '../config/language.js';
import { CONFIG_FILE, findRoot, loadConfig } from '../config/load.js';
import { ConfigError, UsageError } from '../errors.js';
import { summarise } from '../findings.js';
import { hookTexts } from '../i18n/hook.js';
import type { Lang } from '../i18n/lang.js';
import { loadTree } from '../model/load.js';
import { rules } from '../rules/index.js';
import { touchedMeetings } from './changed.js';
import { Git, GitMissingError } from './git.js';
import { blobOf, parseRawDiff, readHistory, statusOf, type History } from './history.js';

export interface StagedCheckOptions {
  /** Where etat was asked to run (`--cwd`, resolved). */
  cwd: string;
  lang: Lang | undefined;
  fallbackLang: Lang;
  /** `--today`. */
  today?: string;
  /**
   * The environment, for `GIT_INDEX_FILE`: in a pre-commit hook of
   * `git commit -a` or `git commit <paths>` git names the index it is about to
   * commit there. `process.env` when not given.
   */
  env?: Record<string, string | undefined>;
}

export interface StagedCheck {
  /** The check of the staged meetings; `result.root` is the real repository root, so paths display as usual. */
  result: CheckResult;
  /** The language findings were put in (`--lang`, else `language` in etat.yml). */
  language: Lang;
  /** How many git processes the check started (the benchmark and the tests read it). */
  processes: number;
}

/** The files etat reads the text of; every other file only needs to exist. */
const READ = /\.(md|markdown)$/i;
/** The files a meeting is known by, as etat lists them: `meetings/<forum>/<folder>/agenda.md` and `minutes.md`. */
const AGENDA_FILE = /^meetings\/[^/]+\/[^/]+\/agenda\.md$/;
const MINUTES_FILE = /^meetings\/[^/]+\/[^/]+\/minutes\.md$/;
const CASE_FILE = /^cases\/[^/]+\.md$/;
const MODE_SYMLINK = '120000';
const MODE_GITLINK = '160000';

/**
 * Check the meetings staged for commit, as they are in the index — what
 * `git commit` is about to record — not as they are in the working tree
 * (`etat check --staged`, which the pre-commit hook runs).
 *
 * One `git diff --cached` lists what is staged; when none of it bears on a
 * meeting, the check ends there, clean. Otherwise the index is written to a
 * temporary folder — the text of etat.yml and of the Markdown files, and an
 * empty stand-in for every other file (a PDF paper only has to exist), so a
 * repository of scanned papers costs no copying; and only the files the check
 * reads (see `checkIndex`) — and that folder is loaded and checked, limited to
 * the meetings the staged change touches, as `--changed` does. When a rule
 * that needs history is on, history is read from the real repository (so a
 * staged paper, like an uncommitted one, is not yet available), with one more
 * `git diff --cached` against the base, so that approved minutes are compared
 * as staged. A constant number of git processes, whatever the repository's
 * size: `diff`, `ls-files`, two `cat-file`, and those of `readHistory` with
 * one `diff` and at most one `cat-file` more.
 */
export async function checkStaged(options: StagedCheckOptions): Promise<StagedCheck> {
  const root = await findRoot(options.cwd);
  const env = options.env ?? process.env;
  // The index git is about to commit: in a hook of `git commit -a` or `git commit <paths>`, the one
  // GIT_INDEX_FILE names (the hook makes it absolute), else the repository's own.
  const git = new Git(root, env.GIT_INDEX_FILE || undefined);
  const words = async () => hookTexts[options.lang ?? (await repositoryLanguage([root])) ?? options.fallbackLang].staged;
  try {
    const staged = await git.run(['diff', '--cached', '--name-only', '-z', '--no-renames', '--relative']);
    if (staged.exitCode !== 0) throw new UsageError('usage', { message: (await words()).notGitRepository({ dir: root }) });
    // Renames are listed as the old path and the new one: a meeting a file left is touched too.
    const changed = new Set(staged.stdout.split('\0').filter(Boolean));
    // Whether the change can bear on a meeting at all, as `--changed` finds it (from the working tree's agendas: a quick gate).
    const touched = await touchedMeetings(root, changed);
    if (touched && touched.scope.size === 0) {
      const language = options.lang ?? (await repositoryLanguage([root])) ?? options.fallbackLang;
      return { result: { root, findings: [], summary: summarise([]), filesChecked: 0, checkedFiles: [] }, language, processes: git.spawned };
    }

    const tmp = await mkdtemp(join(tmpdir(), 'etat-staged-'));
    try {
      return await checkIndex(root, tmp, git, changed, options);
    } catch (error) {
      // A broken etat.yml is shown where the user has it, not in the temporary folder.
      if (error instanceof ConfigError) throw new ConfigError(error.messageId, { ...error.data, root }, error.findings);
      throw error;
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  } catch (error) {
    if (error instanceof GitMissingError) throw new UsageError('usage', { message: (await words()).gitMissing });
    throw error;
  }
}

/** A file of the index: its path under the etat root, its mode and its object. */
interface IndexEntry {
  path: string;
  mode: string;
  object: string;
}

/** The index's files under the etat root (its stage 0: a conflict's stages 1–3 are not what will be committed). */
async function listIndex(git: Git): Promise<IndexEntry[]> {
  const listed = await git.run(['ls-files', '--stage', '-z', '--', '.']);
  const entries: IndexEntry[] = [];
  for (const line of listed.stdout.split('\0')) {
    // <mode> <object> <stage>\t<path>
    const match = /^(\d+) ([0-9a-f]+) 0\t(.+)$/s.exec(line);
    if (match && match[1] !== MODE_GITLINK) entries.push({ mode: match[1]!, object: match[2]!, path: match[3]! });
  }
  return entries;
}

/**
 * Write index entries to `dir`, at their paths: etat.yml and Markdown with
 * their staged bytes (one `cat-file --batch`), symbolic links as links, and
 * every other file empty, since a PDF or Word paper only has to exist.
 */
async function writeEntries(git: Git, dir: string, entries: readonly IndexEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const read = entries.filter((f) => f.mode === MODE_SYMLINK || f.path === CONFIG_FILE || READ.test(f.path));
  const contents = await git.objects([...new Set(read.map((f) => f.object))]);
  const folders = new Set(entries.map((f) => dirname(join(dir, f.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(
    entries.map(async (file) => {
      const path = join(dir, file.path);
      const bytes = contents.get(file.object);
      if (file.mode === MODE_SYMLINK) {
        // Where links cannot be made (Windows without the right), the file is missing, as a dangling link is.
        if (bytes) await symlink(bytes.toString('utf8'), path).catch(() => undefined);
      } else await writeFile(path, bytes ?? '');
    }),
  );
}

/**
 * Write the index to `dir` and check the meetings the staged change touched,
 * with history from the real repository. The index is written in two steps,
 * so that a repository of many meetings and papers costs few files: first
 * etat.yml, the cases and every agenda (or the minutes of a meeting without
 * one), from which the touched meetings are found and by which the others are
 * known; then every file of the touched meetings and of their predecessors,
 * and the papers their agendas list wherever they are kept.
 * When etat.yml is staged, every meeting is touched, and everything is written.
 */
async function checkIndex(root: string, dir: string, git: Git, changed: ReadonlySet<string>, options: StagedCheckOptions): Promise<StagedCheck> {
  const entries = await listIndex(git);
  // A meeting is known by its folder: by its agenda, or by its minutes when it has no agenda.
  const withAgenda = new Set(entries.filter((e) => AGENDA_FILE.test(e.path)).map((e) => posix.dirname(e.path)));
  const first = entries.filter(
    (e) => e.path === CONFIG_FILE || CASE_FILE.test(e.path) || AGENDA_FILE.test(e.path) || (MINUTES_FILE.test(e.path) && !withAgenda.has(posix.dirname(e.path))),
  );
  await writeEntries(git, dir, first);
  const config = await loadConfig(dir, options);
  const touched = await touchedMeetings(dir, changed);
  const written = new Set(first);
  const folders = touched ? [...touched.scope, ...touched.context].filter((path) => path.startsWith('meetings/')).map((path) => path + '/') : [];
  const wanted = (path: string) => !touched || folders.some((folder) => path.startsWith(folder)) || touched.papers.has(path);
  await writeEntries(git, dir, entries.filter((e) => !written.has(e) && wanted(e.path)));
  const repo = await loadTree(config, touched ? (meeting) => touched.scope.has(meeting) || touched.context.has(meeting) : undefined);
  const scope = touched ? [...touched.scope] : undefined;

  let history: History | undefined;
  const wantsHistory = rules.some((rule) => rule.needsHistory && repo.config.rules[rule.id] !== 'off');
  if (wantsHistory) {
    const meetings = touched ? [...touched.scope].filter((path) => path.startsWith('meetings/')) : repo.meetings.map((m) => m.dir);
    const agendas = repo.meetings.filter((m) => m.agenda && meetings.includes(m.dir)).map((m) => m.agenda!.file.path);
    const read = await readHistory({
      root,
      defaultBranch: config.defaultBranch,
      agendas: async () => ({ agendas, meetings: touched ? [...meetings, ...touched.context, ...touched.papers] : undefined }),
    });
    history = await stagedSinceBase(git, read);
  }

  const result = check(repo, { paths: scope, today: options.today, lang: options.lang, history });
  return { result: { ...result, root }, language: config.language, processes: git.spawned + (history?.processes ?? 0) };
}

/**
 * History whose changes since the base are those of the index, not of the
 * working tree: approved minutes changed in the working tree but not staged
 * do not stop a commit, and approved minutes staged changed do, whatever the
 * working tree says. One `git diff --cached`, and one `cat-file` for the files
 * `readHistory` did not read at the base.
 */
async function stagedSinceBase(git: Git, history: History): Promise<History> {
  const base = history.base;
  if (!base) return history;
  const diff = await git.run(['diff', '--cached', '--raw', '--no-abbrev', '-z', '--no-renames', '--relative', base]);
  if (diff.exitCode !== 0) return history;
  const changes = parseRawDiff(diff.stdout);
  const changed = new Set(changes.map((change) => change.path));
  // Read by object id, never by a name that could hold a newline.
  const unread = new Map(
    changes
      .filter((change) => READ.test(change.path) && !history.changedSinceBase.has(change.path) && blobOf(change.before))
      .map((change) => [change.path, change.before]),
  );
  const blobs = await git.objects([...new Set(unread.values())]);
  const atBase = (path: string) => (history.changedSinceBase.has(path) ? history.atBase(path) : blobs.get(unread.get(path) ?? '')?.toString('utf8'));
  return {
    ...history,
    changedSinceBase: changed,
    atBase,
    statusAtBase: (path) => statusOf(path, atBase(path)),
    processes: history.processes,
  };
}

