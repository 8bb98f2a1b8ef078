import { posix } from 'node:path';
import { findRoot, loadConfig } from '../config/load.js';
import { readHistory } from '../git/history.js';
import { buildRepository } from '../model/build-repository.js';
import { RepositoryLoad } from '../model/repository-load.js';
import { worktreeSource } from '../model/worktree-source.js';
import type { PipelineOptions, PipelineResult } from './types.js';
import { check } from './run-rules.js';
import { touchedMeetings, type Touched } from './touched.js';

/**
 * `--changed`: only what the change since the base touched is read and
 * checked, with one pass over the history, which also says what changed.
 * The agendas the selection reads are read (and parsed) once, for it and for
 * the repository.
 */
export async function checkChanged(options: PipelineOptions): Promise<PipelineResult> {
  const root = options.root ?? (await findRoot(options.cwd));
  const config = await loadConfig(root, options);
  const load = new RepositoryLoad(worktreeSource(root));
  let touched: Touched | undefined;
  const history = await readHistory({
    root,
    defaultBranch: config.defaultBranch,
    base: options.base,
    agendas: async (changed, foundBase) => {
      touched = foundBase ? await touchedMeetings(load, changed) : undefined;
      if (!touched) {
        const dirs = new Set((await load.list()).meetingFiles.map(posix.dirname));
        return { agendas: [...dirs].map((dir) => `${dir}/agenda.md`) };
      }
      const dirs = [...touched.scope].filter((p) => p.startsWith('meetings/'));
      return { agendas: dirs.map((dir) => `${dir}/agenda.md`), meetings: [...dirs, ...touched.context, ...touched.papers] };
    },
  });
  const selected = touched as Touched | undefined;
  const repo = await buildRepository(load, config, { select: selected ? (dir) => selected.scope.has(dir) || selected.context.has(dir) : undefined });
  const result = check(repo, { paths: selected ? [...selected.scope] : undefined, today: options.today, now: options.now, lang: options.lang, history });
  return { result, language: config.language, processes: history.processes };
}
