import type { Config } from '../config/types.js';
import { actionRegister, isOverdue } from '../model/actions.js';
import { addDays, dateIn } from '../model/dates.js';
import { agendaItemsById, isConsensus, preparationGap, wasPut } from '../model/items.js';
import { isBlank, isPlaceholderPurpose } from '../model/placeholders.js';
import type { AgendaItem, Meeting, Repository } from '../model/types.js';

/** A share, with what it is a share of: a secretariat quotes the counts, not only the percentage. */
export interface Share {
  numerator: number;
  denominator: number;
  /** numerator / denominator, to three decimals; null when there is nothing to count. */
  share: number | null;
}

/** When a paper first reached the default branch (or this branch): from git, when the history can be read. */
export type PaperArrival = (path: string) => { time: number } | undefined;

/** The figures of one forum, or of all fora together (docs/stats.md defines each). */
export interface Figures {
  meetings: number;
  agendasWithPurpose: Share;
  decisionItemsPrepared: Share;
  /** null when the history cannot be read (`history.read` says why). */
  papersInTime: Share | null;
  itemsAdded: Share;
  agendaItemsRecorded: Share;
  agreementRecorded: Share;
  decisionsWithoutPreparation: Share;
  referrals: { items: number; casesReferredMoreThanOnce: number };
  actions: { agreed: number; done: number; open: number; overdue: number; medianDaysToClose: number | null };
  attendance: { agency: string; present: number; meetings: number; share: number | null }[];
  /** Member agencies that own no agenda item in the period: the "B team" the evaluation warned of. */
  neverOwner: string[];
}

export interface StatsReport {
  format: 'etat-stats';
  version: 1;
  today: string;
  from: string | null;
  to: string | null;
  history: { read: boolean; reason: string | null };
  fora: ({ forum: string; name: string } & Figures)[];
  total: Figures;
}

export interface StatsOptions {
  forum?: string;
  from?: string;
  to?: string;
  today: string;
  /** From git; undefined when the history cannot be read, with the reason. */
  arrival: PaperArrival | undefined;
  historyProblem?: string;
}

const share = (numerator: number, denominator: number): Share => ({ numerator, denominator, share: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 1000 });
const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The meetings a figure counts: held in the period (by the date the folder names), agenda not cancelled, up to today. */
function meetingsOf(repo: Repository, forum: string | undefined, options: StatsOptions): Meeting[] {
  return repo.meetings.filter(
    (m) =>
      (forum === undefined || m.forum === forum) &&
      m.date !== undefined &&
      m.date <= options.today &&
      (options.from === undefined || m.date >= options.from) &&
      (options.to === undefined || m.date <= options.to) &&
      m.agenda !== undefined &&
      !m.agenda.file.problem &&
      m.agenda.status !== 'cancelled',
  );
}

/** The figures over a set of meetings (one forum's, or all). */
export function figuresOf(repo: Repository, meetings: readonly Meeting[], members: readonly string[], options: StatsOptions): Figures {
  const config: Config = repo.config;
  let purpose = 0;
  let decideItems = 0;
  let prepared = 0;
  let withPapers = 0;
  let inTime = 0;
  let minutesItems = 0;
  let added = 0;
  let agendaItems = 0;
  let recorded = 0;
  let decisions = 0;
  let agreement = 0;
  let unprepared = 0;
  let referred = 0;
  const referralsByCase = new Map<string, number>();
  const owners = new Set<string>();
  const present = new Map<string, number>();
  let withMinutes = 0;
  for (const meeting of meetings) {
    const agenda = meeting.agenda!;
    // As `agenda/purpose-missing` reads it: a purpose is text that is neither empty nor a placeholder.
    if (typeof agenda.purpose === 'string' && !isBlank(agenda.purpose) && !isPlaceholderPurpose(agenda.purpose)) purpose++;
    const deadlineDays = config.fora.get(meeting.forum)?.deadlines.papersDays;
    for (const item of agenda.items) {
      if (item.owner !== undefined) owners.add(item.owner);
      if (item.kind !== 'decide' || item.approves !== undefined) continue;
      decideItems++;
      const papers = item.papers.filter((p) => p.status === 'present' && p.resolved !== undefined);
      if (item.papers.length > 0 && item.proposal !== undefined && !isBlank(item.proposal)) prepared++;
      if (papers.length === 0 || deadlineDays === undefined) continue;
      withPapers++;
      if (options.arrival && papersInTime(meeting, item, config, options.arrival)) inTime++;
    }
    const minutes = meeting.minutes;
    if (!minutes || minutes.file.problem) continue;
    withMinutes++;
    for (const agency of minutes.present) if (agency !== undefined) present.set(agency, (present.get(agency) ?? 0) + 1);
    const onAgenda = agendaItemsById(meeting);
    const recordedIds = new Set(minutes.items.map((i) => i.id));
    agendaItems += onAgenda.size;
    recorded += [...onAgenda.keys()].filter((id) => recordedIds.has(id)).length;
    const forum = config.fora.get(meeting.forum);
    for (const item of minutes.items) {
      minutesItems++;
      if (item.added) added++;
      if (item.outcome === 'referred') {
        referred++;
        const caseId = item.id === undefined ? undefined : onAgenda.get(item.id)?.case;
        if (caseId !== undefined) referralsByCase.set(caseId, (referralsByCase.get(caseId) ?? 0) + 1);
      }
      if (!wasPut(item.outcome) || item.corrects !== undefined) continue;
      decisions++;
      if (isConsensus(item, forum) || item.dissent.length > 0 || item.votes !== undefined) agreement++;
      if (preparationGap(item, onAgenda)) unprepared++;
    }
  }
  const inPeriod = new Set(meetings);
  const actions = actionRegister(repo).actions.filter((a) => inPeriod.has(a.meeting));
  const closeDays = actions.filter((a) => a.done && a.closedIn?.date !== undefined).map((a) => daysBetween(a.meeting.date!, a.closedIn!.date!));
  return {
    meetings: meetings.length,
    agendasWithPurpose: share(purpose, meetings.length),
    decisionItemsPrepared: share(prepared, decideItems),
    papersInTime: options.arrival ? share(inTime, withPapers) : null,
    itemsAdded: share(added, minutesItems),
    agendaItemsRecorded: share(recorded, agendaItems),
    agreementRecorded: share(agreement, decisions),
    decisionsWithoutPreparation: share(unprepared, decisions),
    referrals: { items: referred, casesReferredMoreThanOnce: [...referralsByCase.values()].filter((n) => n > 1).length },
    actions: {
      agreed: actions.length,
      done: actions.filter((a) => a.done).length,
      open: actions.filter((a) => !a.done && !isOverdue(a, options.today)).length,
      overdue: actions.filter((a) => isOverdue(a, options.today)).length,
      medianDaysToClose: median(closeDays),
    },
    attendance: members.map((agency) => ({ agency, present: present.get(agency) ?? 0, meetings: withMinutes, share: share(present.get(agency) ?? 0, withMinutes).share })),
    neverOwner: members.filter((agency) => !owners.has(agency)),
  };
}

/**
 * Whether every paper of an item for decision reached git by the forum's
 * deadline, as `agenda/paper-late` counts: the date it reached git, in the
 * repository's time zone, on or before `papers_days` before the meeting. An
 * item with a `late_reason` came late by its own account. Undefined when
 * there is nothing to count: no papers present, no deadline or no date.
 */
export function papersInTime(meeting: Meeting, item: AgendaItem, config: Config, arrival: PaperArrival): boolean | undefined {
  const deadlineDays = config.fora.get(meeting.forum)?.deadlines.papersDays;
  const papers = item.papers.filter((p) => p.status === 'present' && p.resolved !== undefined);
  if (papers.length === 0 || deadlineDays === undefined || meeting.date === undefined) return undefined;
  const deadline = addDays(meeting.date, -deadlineDays);
  return papers.every((p) => {
    const commit = arrival(p.resolved!);
    return item.lateReason === undefined && commit !== undefined && dateIn(commit.time, config.timezone) <= deadline;
  });
}

/** Governance health per forum, and over all of them, for `etat stats`. */
export function statsReport(repo: Repository, options: StatsOptions): StatsReport {
  const fora = [...repo.config.fora.values()].filter((f) => options.forum === undefined || f.id === options.forum);
  const perForum = fora.map((forum) => ({ forum: forum.id, name: forum.name, ...figuresOf(repo, meetingsOf(repo, forum.id, options), forum.members, options) }));
  const allMembers = [...new Set(fora.flatMap((f) => f.members))];
  const allMeetings = fora.flatMap((f) => meetingsOf(repo, f.id, options));
  return {
    format: 'etat-stats',
    version: 1,
    today: options.today,
    from: options.from ?? null,
    to: options.to ?? null,
    history: { read: options.arrival !== undefined, reason: options.arrival ? null : (options.historyProblem ?? null) },
    fora: perForum,
    total: figuresOf(repo, allMeetings, allMembers, options),
  };
}
