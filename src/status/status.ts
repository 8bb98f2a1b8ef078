import type { Forum } from '../config/types.js';
import { openActions } from '../model/actions.js';
import { minutesApprovedBy } from '../model/approval.js';
import { addDays, isCalendarDate } from '../model/dates.js';
import type { Agenda, AgendaItem, Meeting, Repository } from '../model/types.js';
import { isBlank, isPlaceholderProposal, isPlaceholderPurpose } from '../model/placeholders.js';

/**
 * What the secretariat must do next, per forum: plain data, JSON-serialisable,
 * printed by `status/report.ts`. The shape is the `fora` of
 * `etat status --format json` (docs/status-format.md).
 */
export interface Status {
  /** The date everything is measured against, YYYY-MM-DD. */
  today: string;
  /** The forum asked for (`--forum`), when only one was. */
  forum?: string;
  /** How many days ahead an action item counts as due soon. */
  soonDays: number;
  fora: ForumStatus[];
}

export interface ForumStatus {
  /** The forum's id in etat.yml. */
  forum: string;
  name: string;
  upcoming: UpcomingMeeting[];
  withoutMinutes: MeetingWithoutMinutes[];
  awaitingApproval: MinutesAwaitingApproval[];
  actions: ActionDue[];
}

/** Something an upcoming meeting still lacks; `item` names the agenda item it is about. */
export interface Missing {
  what: 'purpose' | 'papers' | 'proposal' | 'notice' | 'commit';
  item?: string;
}

export interface UpcomingMeeting {
  /** `<forum>/<date>`. */
  meeting: string;
  date: string;
  /** The agenda's `status`; absent when it has none. */
  agendaStatus?: 'draft' | 'sent';
  /** The date the invitation must be sent by (`agenda_days` before the meeting). */
  noticeDeadline?: string;
  /** The date the papers of decide items must be in by (`papers_days` before). */
  papersDeadline?: string;
  /** Whether the agenda has decide items that need papers (approvals of minutes need none), so that `papersDeadline` applies. */
  needsPapers: boolean;
  missing: Missing[];
}

export interface MeetingWithoutMinutes {
  meeting: string;
  date: string;
  /** The date the minutes must exist by (`minutes_days` after the meeting). */
  minutesDue?: string;
  overdue: boolean;
}

export interface MinutesAwaitingApproval {
  meeting: string;
  date: string;
  /** The minutes' `status`; absent when it has none. */
  status?: 'draft';
  /**
   * The meeting that should approve them: the later meeting whose agenda has
   * an item that `approves` them, else the forum's next meeting. Absent when
   * the forum has not planned one yet.
   */
  approveAt?: string;
  approveAtDate?: string;
  /** Whether the agenda of `approveAt` has an item that approves them. */
  onAgenda: boolean;
  /** `approveAt` has been held and the minutes are still not approved. */
  overdue: boolean;
}

export interface ActionDue {
  what?: string;
  /** The owner agency's id. */
  owner?: string;
  /** As written; absent when the action has no due date. */
  due?: string;
  /** The meeting whose minutes record it. */
  meeting: string;
  /** The minutes item it belongs to. */
  item?: string;
  overdue: boolean;
}

export interface StatusOptions {
  /** YYYY-MM-DD. */
  today: string;
  /** Only this forum. A forum that etat.yml does not define gives no fora: the CLI refuses it first. */
  forum?: string;
  /** Action items due within this many days count as due soon (default 14). */
  soonDays?: number;
  /**
   * The repository paths whose content is not committed (`git status`), when
   * the repository is in git: a sent agenda among them is not sent as far as
   * git knows. Undefined outside git: then nothing is said of commits.
   */
  uncommitted?: ReadonlySet<string>;
}

export const DEFAULT_SOON_DAYS = 14;

/** What the secretariat must do next in every forum of etat.yml (or only `options.forum`), in etat.yml order. */
export function computeStatus(repo: Repository, options: StatusOptions): Status {
  const { today } = options;
  const soonDays = options.soonDays ?? DEFAULT_SOON_DAYS;
  const fora = [...repo.config.fora.values()].filter((forum) => options.forum === undefined || forum.id === options.forum);
  return {
    today,
    forum: options.forum,
    soonDays,
    fora: fora.map((forum) => forumStatus(repo, forum, today, soonDays, options.uncommitted)),
  };
}

/** Whether a forum has anything for the secretariat to do (a ready, sent meeting is not a task). */
export function hasWork(forum: ForumStatus): boolean {
  return (
    forum.withoutMinutes.length > 0 ||
    forum.awaitingApproval.length > 0 ||
    forum.actions.length > 0 ||
    forum.upcoming.some((meeting) => meeting.missing.length > 0 || meeting.agendaStatus !== 'sent')
  );
}

/** A meeting with a date whose agenda is not cancelled: one that is, or was, going to be held. */
interface HeldMeeting extends Meeting {
  readonly date: string;
}

function forumStatus(repo: Repository, forum: Forum, today: string, soonDays: number, uncommitted: ReadonlySet<string> | undefined): ForumStatus {
  // Meetings whose folder names no date cannot be placed in time; cancelled ones need nothing.
  const meetings = repo.meetings.filter(
    (meeting): meeting is HeldMeeting => meeting.forum === forum.id && meeting.date !== undefined && meeting.agenda?.status !== 'cancelled',
  );
  return {
    forum: forum.id,
    name: forum.name,
    upcoming: meetings.filter((m) => m.date >= today).map((m) => upcoming(m, forum, today, uncommitted)),
    withoutMinutes: meetings.filter((m) => m.date < today && m.minutes === undefined).map((m) => withoutMinutes(m, forum, today)),
    awaitingApproval: meetings.filter((m) => m.minutes !== undefined && m.minutes.status !== 'approved').map((m) => awaitingApproval(m, meetings, today)),
    actions: actionsDue(repo, forum, today, soonDays),
  };
}

function upcoming(meeting: HeldMeeting, forum: Forum, today: string, uncommitted: ReadonlySet<string> | undefined): UpcomingMeeting {
  const { agendaDays, papersDays } = forum.deadlines;
  const noticeDeadline = agendaDays === undefined ? undefined : addDays(meeting.date, -agendaDays);
  const papersDeadline = papersDays === undefined ? undefined : addDays(meeting.date, -papersDays);
  const agendaStatus = meeting.agenda?.status === 'draft' || meeting.agenda?.status === 'sent' ? meeting.agenda.status : undefined;
  const missing = missingFromAgenda(meeting.agenda);
  if (agendaStatus !== 'sent' && noticeDeadline !== undefined && noticeDeadline <= today) missing.push({ what: 'notice' });
  // The invitation counts as sent from the commit that records it (`agenda/late-notice`), not from the edit.
  if (agendaStatus === 'sent' && meeting.agenda && uncommitted?.has(meeting.agenda.file.path)) missing.push({ what: 'commit' });
  const needsPapers = (meeting.agenda?.items ?? []).some(needsPreparation);
  return { meeting: meeting.id, date: meeting.date, agendaStatus, noticeDeadline, papersDeadline, needsPapers, missing };
}

/** A decide item needs a case paper and a proposal; one that approves minutes, or the invitation and agenda, has them in what it approves. */
function needsPreparation(item: AgendaItem): boolean {
  return item.kind === 'decide' && item.approves === undefined;
}

/**
 * What the agenda lacks for the meeting to be prepared: the same gaps as
 * `agenda/purpose-missing`, `agenda/decide-without-papers` and
 * `agenda/decide-without-proposal`. A listed paper that is not in the
 * repository counts as missing, since nobody can read it. A meeting folder
 * with minutes but no agenda lacks everything an agenda holds.
 */
function missingFromAgenda(agenda: Agenda | undefined): Missing[] {
  const missing: Missing[] = [];
  const purpose = agenda?.purpose;
  if (typeof purpose !== 'string' || isBlank(purpose) || isPlaceholderPurpose(purpose)) missing.push({ what: 'purpose' });
  for (const item of agenda?.items ?? []) {
    if (!needsPreparation(item)) continue;
    if (!item.papers.some((paper) => paper.status === 'present')) missing.push({ what: 'papers', item: item.id });
    if (isBlank(item.proposal) || isPlaceholderProposal(item.proposal!)) missing.push({ what: 'proposal', item: item.id });
  }
  return missing;
}

function withoutMinutes(meeting: HeldMeeting, forum: Forum, today: string): MeetingWithoutMinutes {
  const { minutesDays } = forum.deadlines;
  const minutesDue = minutesDays === undefined ? undefined : addDays(meeting.date, minutesDays);
  return { meeting: meeting.id, date: meeting.date, minutesDue, overdue: minutesDue !== undefined && today > minutesDue };
}

/** `meetings` are the forum's held meetings in order, so the ones after `meeting` are its candidates. */
function awaitingApproval(meeting: HeldMeeting, meetings: readonly HeldMeeting[], today: string): MinutesAwaitingApproval {
  const later = meetings.slice(meetings.indexOf(meeting) + 1);
  const approves = (other: HeldMeeting) => other.agenda?.items.some((item) => minutesApprovedBy(item)?.trim() === meeting.id) ?? false;
  const approving = later.find(approves) ?? later[0];
  return {
    meeting: meeting.id,
    date: meeting.date,
    status: meeting.minutes?.status === 'draft' ? 'draft' : undefined,
    approveAt: approving?.id,
    approveAtDate: approving?.date,
    onAgenda: approving !== undefined && approves(approving),
    overdue: approving !== undefined && approving.date < today,
  };
}

/**
 * Open action items due within `soonDays` or already past, and those with no
 * due date (nobody will chase what has no date). A due date that is not a
 * date counts as none, so that it is seen rather than hidden.
 */
function actionsDue(repo: Repository, forum: Forum, today: string, soonDays: number): ActionDue[] {
  const horizon = addDays(today, soonDays);
  return openActions(repo, forum.id)
    .map(({ what, owner, due, meeting, item }) => {
      const dueDate = due !== undefined && isCalendarDate(due) ? due : undefined;
      const entry: ActionDue = {
        what,
        owner,
        due,
        meeting: meeting.id,
        item: item.id,
        overdue: dueDate !== undefined && dueDate < today,
      };
      return { entry, dueDate };
    })
    .filter(({ dueDate }) => dueDate === undefined || dueDate <= horizon)
    .sort((a, b) => compareDue(a.dueDate, b.dueDate)) // stable: ties keep meeting order
    .map(({ entry }) => entry);
}

/** Earlier first; no due date last. */
function compareDue(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
