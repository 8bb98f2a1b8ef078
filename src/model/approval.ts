import { parseMeetingId } from './ids.js';
import type { AgendaItem, Meeting, Repository } from './types.js';

/**
 * Why a meeting cannot be the one that approved a meeting's minutes. Minutes
 * are approved by a later meeting of the same forum, held by then, whose
 * agenda had an item that `approves` them: approval is an act of the body,
 * recorded like its other acts.
 */
export type ApprovalProblem =
  | 'format' // not `<forum>/<date>`
  | 'otherForum'
  | 'notLater' // the same meeting, or an earlier one
  | 'unknown' // no such meeting in the repository
  | 'cancelled'
  | 'notHeld' // after today
  | 'notOnAgenda'; // its agenda has no item that approves these minutes

/**
 * What is wrong with `at` as the approving meeting of `meeting`'s minutes,
 * or undefined when nothing is. A meeting whose files were not read (a
 * `--changed` check that did not need them) is not held against it: what
 * cannot be seen is not reported. `today` is YYYY-MM-DD.
 */
export function approvalProblem(repo: Repository, meeting: Meeting, at: string, today: string): ApprovalProblem | undefined {
  const id = parseMeetingId(at);
  if (!id) return 'format';
  if (id.forum !== meeting.forum) return 'otherForum';
  const approving = repo.meeting(`${id.forum}/${id.folder}`);
  if (meeting.date !== undefined && (id.date < meeting.date || (id.date === meeting.date && !isLaterFolder(id.folder, meeting.folder)))) return 'notLater';
  if (!approving) return 'unknown';
  if (approving.agenda?.status === 'cancelled') return 'cancelled';
  if (id.date > today) return 'notHeld';
  // A meeting known by its folder alone was not read (a `--changed` check): nothing to hold against it.
  if (approving.agenda === undefined && approving.minutes === undefined) return undefined;
  if (!approvesMinutesOf(approving, meeting)) return 'notOnAgenda';
  return undefined;
}

/** Whether a meeting's agenda has an item that approves the minutes of `meeting`. */
export function approvesMinutesOf(approving: Meeting, meeting: Meeting): boolean {
  return (approving.agenda?.items ?? []).some((item) => approvesMinutes(item, meeting));
}

/** Whether an agenda item approves the minutes of `meeting`. */
export function approvesMinutes(item: AgendaItem, meeting: Meeting): boolean {
  const reference = minutesApprovedBy(item);
  return reference !== undefined && sameMeeting(reference, meeting);
}

/**
 * The meeting whose minutes `item` approves, as written (`<forum>/<date>`), or
 * undefined: for an item that approves nothing, and for the approval of the
 * meeting's own invitation and agenda (`approves: agenda`), which approves no minutes.
 */
export function minutesApprovedBy(item: AgendaItem): string | undefined {
  return item.approves?.kind === 'minutes' ? item.approves.meeting : undefined;
}

/** The later meetings of the forum whose agendas approve `meeting`'s minutes, in meeting order. */
export function approvingMeetings(repo: Repository, meeting: Meeting): Meeting[] {
  const at = repo.meetings.indexOf(meeting);
  return repo.meetings.slice(at + 1).filter((other) => other.forum === meeting.forum && approvesMinutesOf(other, meeting));
}

function sameMeeting(reference: string, meeting: Meeting): boolean {
  const id = parseMeetingId(reference);
  return id !== undefined && id.forum === meeting.forum && id.folder === meeting.folder;
}

/** `2026-03-01-2` comes after `2026-03-01`. */
function isLaterFolder(folder: string, than: string): boolean {
  const n = (f: string) => Number(/-(\d+)$/.exec(f.slice(10))?.[1] ?? 1);
  return n(folder) > n(than);
}
