import { resolve } from 'node:path';
import { findRoot } from '../config/load.js';
import { agendaVersions } from '../git/agenda-versions.js';
import { readHistory } from '../git/history.js';
import type { Lang } from '../i18n/lang.js';
import { calendarContent } from '../model/calendar.js';
import { todayIn } from '../model/dates.js';
import { loadRepository } from '../model/load.js';
import { findNationalIds, publishedFiles } from '../model/publishing.js';
import { renderSite } from './build.js';
import { siteData } from './data.js';
import { siteOf } from './site.js';
import { outProblem, writeSite, type OutProblem } from './write.js';

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
}

/** An identity number the public build would publish: where it is, and the number masked. */
export interface Exposure {
  path: string;
  line: number;
  column: number;
  masked: string;
}

export type GenerateResult =
  | { kind: 'built'; root: string; out: string; files: number; bytes: number; largest: { path: string; bytes: number }; searchIndexBytes: number; lang: Lang; isPublic: boolean }
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
  const versions = agendaVersions(root, { forum: undefined }, calendarContent);
  versions.catch(() => undefined);
  const repo = await loadRepository({ cwd: options.cwd, lang: options.lang, fallbackLang: options.fallbackLang });
  const lang = options.lang ?? repo.config.language;
  const out = options.out === undefined ? resolve(repo.root, '_site') : resolve(options.cwd, options.out);
  const problem = await outProblem(repo.root, out);
  if (problem) return { kind: 'out', problem, lang };
  if (options.isPublic) {
    const exposures: Exposure[] = [];
    for (const file of [...publishedFiles(repo.meetings), ...[...repo.cases.values()].map((c) => c.file)]) {
      for (const found of findNationalIds(file.text)) {
        const place = file.placeOf(found.start, found.end);
        exposures.push({ path: file.path, line: place.line, column: place.column, masked: found.masked });
      }
    }
    if (exposures.length > 0) return { kind: 'refused', exposures, lang };
  }
  const today = options.today ?? todayIn(repo.config.timezone, options.now);
  const history = repo.config.rules['agenda/paper-late'] === 'off' ? undefined : await readHistory({ root: repo.root, defaultBranch: repo.config.defaultBranch, agendas: [] });
  const data = await siteData(repo, today, options.now, history, versions);
  const site = siteOf(repo, data, { lang, isPublic: options.isPublic, today, basePath: normaliseBasePath(options.basePath), serving: options.serving });
  const files = await renderSite(site);
  const index = files.get('assets/search-index.js');
  const written = await writeSite(out, files);
  return { kind: 'built', root: repo.root, out, ...written, searchIndexBytes: typeof index === 'string' ? Buffer.byteLength(index) : 0, lang, isPublic: options.isPublic };
}
