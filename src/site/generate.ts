import { resolve } from 'node:path';
import { findRoot, loadConfig } from '../config/load.js';
import { agendaVersions } from '../git/agenda-versions.js';
import { readHistory } from '../git/history.js';
import type { Lang } from '../i18n/lang.js';
import { calendarContent } from '../model/calendar.js';
import { todayIn } from '../model/dates.js';
import { loadFrom } from '../model/load.js';
import { worktreeSource } from '../model/worktree-source.js';
import { nationalIdsIn, publishedFiles } from '../model/publishing.js';
import { countsPapersInTime } from '../registers/stats.js';
import { renderSite, type SiteFile } from './build.js';
import { SEARCH_INDEX } from './search-index.js';
import { siteData } from './data.js';
import { siteBaseOf } from './site.js';
import { outProblem, SiteWriter, updateSite, type OutProblem } from './write.js';

export interface GenerateOptions {
  cwd: string;
  /** Where to write, relative to `cwd`; default `_site` in the repository root. */
  out?: string;
  isPublic: boolean;
  basePath?: string;
  today?: string;
  lang?: Lang;
  fallbackLang?: Lang;
  now: Date;
  serving?: boolean;
  /** While serving: the files of the last build in `out`, so that only what changed is written. */
  previous?: ReadonlyMap<string, SiteFile>;
}

/** An identity number the public build would publish: where it is, and the number masked. */
export interface Exposure {
  path: string;
  line: number;
  column: number;
  masked: string;
}

export type GenerateResult =
  | { kind: 'built'; root: string; out: string; files: number; bytes: number; largest: { path: string; bytes: number }; searchIndexBytes: number; lang: Lang; isPublic: boolean; /** Every file, while serving (empty otherwise: a build lets each file go once written). */
      written: ReadonlyMap<string, SiteFile> }
  | { kind: 'refused'; exposures: Exposure[]; lang: Lang }
  | { kind: 'out'; problem: OutProblem; lang: Lang };

/** A base path as a folder URL: `/x/`, `/` by default. */
export function normaliseBasePath(given: string | undefined): string {
  const trimmed = (given ?? '/').trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

/**
 * `etat site build`, and every rebuild of `etat site serve`: load the one
 * model, read the history it needs while loading, refuse a public build that
 * would publish an identity number (what `privacy/national-id` finds, in the
 * files `publishedFiles` names), render and write.
 */
export async function generateSite(options: GenerateOptions): Promise<GenerateResult> {
  const root = await findRoot(options.cwd);
  const config = await loadConfig(root, { lang: options.lang, fallbackLang: options.fallbackLang });
  // git reads while the files are parsed, as the check does: where agenda/paper-late is on, when each paper
  // came; and the agendas' versions (for SEQUENCE), from the same log when HEAD is the default branch's tip
  // (one `git log` of the whole history, not two). Both are waited for only after the load.
  let started: () => void = () => undefined;
  const gitStarted = new Promise<void>((resolve) => (started = resolve));
  const reading = !countsPapersInTime(config) ? undefined : readHistory({ root, defaultBranch: config.defaultBranch, agendas: [], onStarted: () => started() });
  reading?.catch(() => undefined);
  const versions = reading
    ? reading.then((history) => agendaVersions(root, { forum: undefined }, calendarContent, history.headLog), () => agendaVersions(root, { forum: undefined }, calendarContent))
    : agendaVersions(root, { forum: undefined }, calendarContent);
  versions.catch(() => undefined);
  // The load keeps this thread busy for seconds: git's logs are started first (a few ms), so that git reads the history meanwhile.
  if (reading) await Promise.race([gitStarted, reading.then(() => undefined, () => undefined)]);
  const repo = await loadFrom(worktreeSource(root), config);
  const lang = options.lang ?? repo.config.language;
  const out = options.out === undefined ? resolve(repo.root, '_site') : resolve(options.cwd, options.out);
  const problem = await outProblem(repo.root, out);
  if (problem) return { kind: 'out', problem, lang };
  if (options.isPublic) {
    const exposures: Exposure[] = [];
    for (const { file, found } of nationalIdsIn([...publishedFiles(repo.meetings), ...[...repo.cases.values()].map((c) => c.file)])) {
      const place = file.placeOf(found.start, found.end);
      exposures.push({ path: file.path, line: place.line, column: place.column, masked: found.masked });
    }
    if (exposures.length > 0) return { kind: 'refused', exposures, lang };
  }
  const today = options.today ?? todayIn(repo.config.timezone, options.now);
  // The registers once git's history is read; the papers' pages are rendered meanwhile (renderSite).
  const data = (async () => siteData(repo, today, options.now, await reading, versions))();
  data.catch(() => undefined);
  const site = siteBaseOf(repo, { lang, isPublic: options.isPublic, today, basePath: normaliseBasePath(options.basePath), serving: options.serving });
  let searchIndexBytes = 0;
  const measure = (path: string, content: SiteFile) => {
    if (path === SEARCH_INDEX && typeof content === 'string') searchIndexBytes = Buffer.byteLength(content);
  };
  // While serving, every file is kept, so that the next build writes only what changed.
  const kept = options.serving ? new Map<string, SiteFile>() : undefined;
  if (options.previous) {
    const files = new Map<string, SiteFile>();
    await renderSite(site, data, (path, content) => {
      measure(path, content);
      files.set(path, content);
    });
    await updateSite(out, files, options.previous);
    return { kind: 'built', root: repo.root, out, files: files.size, bytes: 0, largest: { path: '', bytes: 0 }, searchIndexBytes, lang, isPublic: options.isPublic, written: files };
  }
  const writer = await SiteWriter.start(out, options.isPublic ? 'public' : 'internal');
  let written;
  try {
    await renderSite(site, data, (path, content) => {
      measure(path, content);
      kept?.set(path, content);
      return writer.put(path, content);
    });
    written = await writer.finish();
  } catch (error) {
    // The writer thread stops; what stays of the old site and the new is `abandon`'s to say.
    await writer.abandon();
    throw error;
  }
  return { kind: 'built', root: repo.root, out, ...written, searchIndexBytes, lang, isPublic: options.isPublic, written: kept ?? new Map() };
}
