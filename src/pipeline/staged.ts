import { repositoryLanguage } from '../config/language.js';
import { CONFIG_FILE, configFrom, findRoot } from '../config/load.js';
import { UsageError } from '../errors.js';
import { summarise } from '../findings.js';
import { Git, GitMissingError } from '../git/git.js';
import { readHistory, type History } from '../git/history.js';
import { stagedPaths, stagedSinceBase } from '../git/staged.js';
import { indexSource } from '../git/tree-source.js';
import { hookTexts } from '../i18n/hook.js';
import { DEFAULT_LANG, type Lang } from '../i18n/lang.js';
import { buildRepository } from '../model/build-repository.js';
import { MAX_FRONT_MATTER_BYTES, MAX_RECORD_BYTES } from '../model/limits.js';
import { RepositoryLoad } from '../model/repository-load.js';
import { worktreeSource } from '../model/worktree-source.js';
import type { PipelineOptions, PipelineResult } from './types.js';
import { check, type CheckResult } from './run-rules.js';
import { needsHistory, ruleSeverities } from './severities.js';
import { touchedMeetings, touchedScope } from './touched.js';

/**
 * Check the meetings staged for commit, as they are in the index — what
 * `git commit` is about to record — not as they are in the working tree
 * (`etat check --staged`, which the pre-commit hook runs).
 *
 * One `git diff --cached` lists what is staged; when none of it bears on a
 * meeting (as the working tree's agendas say: a quick gate), the check ends
 * there, clean. Otherwise the index is loaded as a source, limited to the
 * meetings the staged change touches, as `--changed` does: one `ls-files`,
 * one `cat-file` for etat.yml and every record (the selection reads the
 * agendas), one for the papers. When a rule that needs history is on, history
 * is read from the real repository (so a staged paper, like an uncommitted
 * one, is not yet available), with one more `git diff --cached` against the
 * base, so that approved minutes are compared as staged. A constant number
 * of git processes, whatever the repository's size.
 */
export async function checkIndex(options: PipelineOptions & { env?: Record<string, string | undefined> }): Promise<PipelineResult> {
  const root = options.root ?? (await findRoot(options.cwd));
  const env = options.env ?? process.env;
  // The index git is about to commit: in a hook of `git commit -a` or `git commit <paths>`, the one
  // GIT_INDEX_FILE names (the hook makes it absolute), else the repository's own.
  const git = new Git(root, env.GIT_INDEX_FILE || undefined);
  const fallbackLang = options.fallbackLang ?? DEFAULT_LANG;
  const words = async () => hookTexts[options.lang ?? (await repositoryLanguage([root])) ?? fallbackLang].staged;
  try {
    const changed = await stagedPaths(git);
    if (!changed) throw new UsageError('usage', { message: (await words()).notGitRepository({ dir: root }) });
    // Whether the change can bear on a meeting at all, from the working tree's agendas, unparsed.
    const gate = await touchedScope(new RepositoryLoad(worktreeSource(root)), changed);
    if (gate && gate.size === 0) {
      const language = options.lang ?? (await repositoryLanguage([root])) ?? fallbackLang;
      return { result: { root, findings: [], summary: summarise([]), filesChecked: 0, checkedFiles: [] }, language, processes: git.spawned };
    }
    return await checkStagedIndex(root, git, changed, options);
  } catch (error) {
    if (error instanceof GitMissingError) throw new UsageError('usage', { message: (await words()).gitMissing });
    throw error;
  }
}

async function checkStagedIndex(root: string, git: Git, changed: ReadonlySet<string>, options: PipelineOptions): Promise<PipelineResult> {
  const load = new RepositoryLoad(await indexSource(git, root));
  const { meetingFiles, caseFiles } = await load.list();
  // etat.yml and every record in one batch: the selection reads the agendas, the check the touched meetings' files.
  const first = await load.read(new Map([[CONFIG_FILE, MAX_FRONT_MATTER_BYTES], ...[...meetingFiles, ...caseFiles].map((path) => [path, MAX_RECORD_BYTES] as const)]));
  const config = configFrom(root, first.get(CONFIG_FILE)!, options);
  const touched = await touchedMeetings(load, changed);
  const repo = await buildRepository(load, config, { select: touched ? (meeting) => touched.scope.has(meeting) || touched.context.has(meeting) : undefined });
  const scope = touched ? [...touched.scope] : undefined;

  let history: History | undefined;
  if (needsHistory(ruleSeverities(config, root, options.lang ?? config.language))) {
    const meetings = touched ? [...touched.scope].filter((path) => path.startsWith('meetings/')) : repo.meetings.map((m) => m.dir);
    const agendas = repo.meetings.filter((m) => m.agenda && meetings.includes(m.dir)).map((m) => m.agenda!.file.path);
    const read = await readHistory({
      root,
      defaultBranch: config.defaultBranch,
      agendas: async () => ({ agendas, meetings: touched ? [...meetings, ...touched.context, ...touched.papers] : undefined }),
    });
    history = await stagedSinceBase(git, read);
  }

  const result = check(repo, { paths: scope, today: options.today, now: options.now, lang: options.lang, history });
  return { result, language: config.language, processes: git.spawned + (history?.processes ?? 0) };
}

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

/** `etat check --staged` as a function (the API's name for it): the pipeline with the staged selection. */
export async function checkStaged(options: StagedCheckOptions): Promise<StagedCheck> {
  return checkIndex({ cwd: options.cwd, lang: options.lang, fallbackLang: options.fallbackLang, today: options.today, env: options.env });
}
