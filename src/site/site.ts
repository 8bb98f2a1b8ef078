import { basename } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import type { Repository } from '../model/types.js';
import type { ActionsReport } from '../registers/actions.js';
import type { CalendarEvent } from '../registers/calendar/ics.js';
import type { CaseReport, CasesReport } from '../registers/cases/data.js';
import { caseWords, type CaseWords } from '../registers/cases/words.js';
import type { DecisionsReport } from '../registers/decisions.js';
import type { PaperArrival, StatsReport } from '../registers/stats.js';
import { Redaction } from './redact.js';
import { siteWords, type SiteWords } from './words/index.js';

/** What the site renders: the registers' data, asked once, never computed a second time. */
export interface SiteData {
  decisions: DecisionsReport;
  actions: ActionsReport;
  /** The same actions by key (`<forum>/<date>#<item>.<n>`), for a meeting page to find its own. */
  actionsByKey: ReadonlyMap<string, ActionsReport['actions'][number]>;
  cases: CasesReport;
  caseReports: ReadonlyMap<string, CaseReport>;
  stats: StatsReport;
  /** The calendars' events: the agendas' versions (for SEQUENCE) may still be read from git while pages render. */
  events: Promise<readonly CalendarEvent[]>;
  /** When each paper reached git; undefined when the history cannot be read. */
  arrival: PaperArrival | undefined;
}

export interface SiteOptions {
  lang?: Lang;
  isPublic: boolean;
  today: string;
  /** `--base-path`: where the site is served from, for the feed's absolute links. */
  basePath: string;
  /** Set by `etat site serve`: pages load the reload script. */
  serving?: boolean;
}

/** Everything a page reads but the registers: the model, the words, and what the public build may show. */
export interface SiteBase {
  repo: Repository;
  lang: Lang;
  words: SiteWords;
  caseWords: CaseWords;
  isPublic: boolean;
  today: string;
  basePath: string;
  serving: boolean;
  title: string;
  accessibilityUrl: string | undefined;
  redaction: Redaction;
}

/** Everything a page reads: with the registers' data. */
export interface Site extends SiteBase {
  data: SiteData;
}

/** The site without its registers: enough for the papers' pages, which need no history. */
export function siteBaseOf(repo: Repository, options: SiteOptions): SiteBase {
  const lang = options.lang ?? repo.config.language;
  return {
    repo,
    lang,
    words: siteWords[lang],
    caseWords: caseWords[lang],
    isPublic: options.isPublic,
    today: options.today,
    basePath: options.basePath,
    serving: options.serving ?? false,
    title: repo.config.site.title ?? basename(repo.root),
    accessibilityUrl: repo.config.site.accessibilityStatement,
    redaction: new Redaction(repo, options.isPublic),
  };
}

/** An agency's short name, or its id when etat.yml does not know it. */
export function agencyName(site: SiteBase, id: string | null | undefined): string {
  if (!id) return '';
  return site.repo.config.agencies.get(id)?.short ?? id;
}

/** A forum's name, or its id. */
export function forumName(site: SiteBase, id: string): string {
  return site.repo.config.fora.get(id)?.name ?? id;
}
