import { caseRegister, type CasePath, type CaseStop } from '../../model/cases.js';
import type { ItemKind, Outcome, Repository } from '../../model/types.js';
import { suggest } from '../../text/suggest.js';

/** The version of the JSON shapes (docs/cases-format.md): raised only when a field is removed or changes meaning. */
export const CASES_FORMAT_VERSION = 1;

/** Which cases `etat cases` lists. */
export interface CaseFilter {
  status?: 'open' | 'closed';
  forum?: string;
}

/** Where a case last was: a meeting and item, and what became of it there. */
export interface MovementEntry {
  meeting: string;
  forum: string;
  date: string | null;
  item: string | null;
  outcome: Outcome | null;
}

/** A case as `etat cases --format json` lists it. */
export interface CaseEntry {
  id: string;
  title: string | null;
  owner: string | null;
  status: 'open' | 'closed' | null;
  file: string | null;
  fora: string[];
  meetings: number;
  lastMovement: MovementEntry | null;
  referrals: number;
}

/** `etat cases --format json`. */
export interface CasesReport {
  format: 'etat-cases';
  version: 1;
  maxReferrals: number;
  summary: { cases: number; open: number; closed: number; withoutFile: number };
  cases: CaseEntry[];
  unknown: { case: string; meeting: string; item: string | null; path: string; suggestion: string | null }[];
  unused: { case: string; path: string }[];
}

/** One stop of a case's path, as `etat case show --format json` prints it. */
export interface StopEntry {
  meeting: string;
  forum: string;
  forumName: string;
  date: string | null;
  item: string | null;
  title: string | null;
  kind: ItemKind | null;
  owner: string | null;
  papers: string[];
  proposal: string | null;
  cancelled: boolean;
  minutes: 'none' | 'draft' | 'approved';
  recorded: boolean;
  outcome: Outcome | null;
  decision: string | null;
  referredTo: string | null;
  referrals: number;
}

/** `etat case show --format json`. */
export interface CaseReport {
  format: 'etat-case';
  version: 1;
  maxReferrals: number;
  case: { id: string; title: string | null; owner: string | null; status: 'open' | 'closed' | null; origin: string | null; file: string | null };
  referrals: number;
  lastMovement: MovementEntry | null;
  path: StopEntry[];
}

const movement = (stop: CaseStop | undefined): MovementEntry | null =>
  stop
    ? { meeting: stop.meeting.id, forum: stop.meeting.forum, date: stop.meeting.date ?? null, item: stop.item.id ?? null, outcome: stop.minutesItem?.outcome ?? null }
    : null;

function entryOf(path: CasePath): CaseEntry {
  // A cancelled meeting moved nothing: it counts for none of the facts of the list.
  const held = path.stops.filter((s) => !s.cancelled);
  const fora: string[] = [];
  for (const stop of held) if (!fora.includes(stop.meeting.forum)) fora.push(stop.meeting.forum);
  return {
    id: path.id,
    title: path.file?.title ?? null,
    owner: path.file?.owner ?? null,
    status: path.file?.status ?? null,
    file: path.file?.file.path ?? null,
    fora,
    meetings: new Set(held.map((s) => s.meeting.id)).size,
    lastMovement: movement(path.lastMovement),
    referrals: path.referrals,
  };
}

/**
 * Every case with a file or named on an agenda, by id: `--forum` keeps those
 * that were on an agenda of the forum (at a meeting that was not cancelled), `--status` those whose file says so
 * (a case with no file has no status). The summary counts the cases `--forum`
 * keeps, whatever `--status` says; `unknown` and `unused` are the whole
 * repository's.
 */
export function casesReport(repo: Repository, filter: CaseFilter = {}): CasesReport {
  const register = caseRegister(repo);
  const summary = { cases: 0, open: 0, closed: 0, withoutFile: 0 };
  const cases: CaseEntry[] = [];
  for (const path of register.cases.values()) {
    if (filter.forum !== undefined && !path.stops.some((s) => !s.cancelled && s.meeting.forum === filter.forum)) continue;
    const entry = entryOf(path);
    summary.cases++;
    if (entry.status) summary[entry.status]++;
    if (!entry.file) summary.withoutFile++;
    if (filter.status !== undefined && entry.status !== filter.status) continue;
    cases.push(entry);
  }
  const withFile = [...repo.cases.keys()];
  return {
    format: 'etat-cases',
    version: CASES_FORMAT_VERSION,
    maxReferrals: repo.config.maxReferrals,
    summary,
    cases,
    unknown: register.unknown.map(({ id, stop }) => ({
      case: id,
      meeting: stop.meeting.id,
      item: stop.item.id ?? null,
      path: stop.item.file.path,
      suggestion: suggest(id, withFile) ?? null,
    })),
    unused: register.unused.map((c) => ({ case: c.id, path: c.file.path })),
  };
}

function stopEntry(stop: CaseStop, repo: Repository): StopEntry {
  const { meeting, item, minutesItem } = stop;
  const minutes = meeting.minutes && !meeting.minutes.file.problem ? meeting.minutes : undefined;
  return {
    meeting: meeting.id,
    forum: meeting.forum,
    forumName: repo.config.fora.get(meeting.forum)?.name ?? meeting.forum,
    date: meeting.date ?? null,
    item: item.id ?? null,
    title: item.title ?? null,
    kind: item.kind ?? null,
    owner: item.owner ?? null,
    papers: item.papers.map((p) => p.resolved ?? p.target),
    proposal: item.proposal?.replace(/\s+$/, '') ?? null,
    cancelled: stop.cancelled,
    minutes: minutes ? (minutes.status === 'approved' ? 'approved' : 'draft') : 'none',
    recorded: minutesItem !== undefined,
    outcome: minutesItem?.outcome ?? null,
    decision: minutesItem?.decision?.replace(/\s+$/, '') ?? null,
    referredTo: minutesItem?.referredTo ?? null,
    referrals: stop.referrals,
  };
}

/** The ids `etat case show` knows: every case file and every case an agenda names. */
export function knownCaseIds(repo: Repository): string[] {
  return [...caseRegister(repo).cases.keys()];
}

/** A case's path through meetings and fora, or undefined when neither a file nor an agenda knows the id. */
export function caseReport(repo: Repository, id: string): CaseReport | undefined {
  const path = caseRegister(repo).cases.get(id);
  if (!path) return undefined;
  const file = path.file;
  return {
    format: 'etat-case',
    version: CASES_FORMAT_VERSION,
    maxReferrals: repo.config.maxReferrals,
    case: { id, title: file?.title ?? null, owner: file?.owner ?? null, status: file?.status ?? null, origin: file?.origin ?? null, file: file?.file.path ?? null },
    referrals: path.referrals,
    lastMovement: movement(path.lastMovement),
    path: path.stops.map((stop) => stopEntry(stop, repo)),
  };
}
