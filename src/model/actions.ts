import { itemKey } from './decisions.js';
import { compareMeetingFolders, parseMeetingId } from './ids.js';
import type { Action, FollowUp, Meeting, MinutesItem, Repository } from './types.js';

/** A follow-up of an action, with the meeting and minutes item that recorded it. */
export interface FollowUpAt {
  readonly followUp: FollowUp;
  readonly meeting: Meeting;
  readonly item: MinutesItem;
}

/**
 * An action item as it stands: its own fields in the minutes that recorded
 * it, then each later follow-up in meeting order (a later `done`, a new
 * `due`). Approved minutes never change, so this is how an action recorded
 * open in them is closed.
 */
export interface ResolvedAction {
  /** `<forum>/<folder>#<item-id>.<n>`: n is its 1-based place in the item's `actions`. */
  readonly key: string;
  readonly action: Action;
  readonly meeting: Meeting;
  readonly item: MinutesItem;
  readonly what: string | undefined;
  readonly owner: string | undefined;
  /** The due date in force: the last follow-up's `due`, else its own. */
  readonly due: string | undefined;
  readonly done: boolean;
  /** The meeting whose minutes closed it (its own, when it was recorded done). */
  readonly closedIn: Meeting | undefined;
  /** The follow-ups that speak of it, in meeting order. */
  readonly followUps: readonly FollowUpAt[];
}

/** Why a follow-up's `action:` names no action. */
export type UnknownReason = 'malformed' | 'meeting' | 'minutes' | 'item' | 'number' | 'notEarlier';

export interface UnknownReference extends FollowUpAt {
  readonly reason: UnknownReason;
  /** The nearest action key there is, for a reference that names none. */
  readonly keys: readonly string[];
}

export interface ActionRegister {
  /** Every action, by meeting order (forum, then date), then item and place. */
  readonly actions: readonly ResolvedAction[];
  readonly byKey: ReadonlyMap<string, ResolvedAction>;
  /** Follow-ups whose reference names no action (`actions/unknown-reference` reports them). */
  readonly unknown: readonly UnknownReference[];
}

/** Whether meeting `a` was held before meeting `b` (by date, then by the `-2` of a second meeting that day). */
function before(a: Meeting, b: Meeting): boolean {
  if (a.date !== undefined && b.date !== undefined && a.date !== b.date) return a.date < b.date;
  if (a.date === undefined || b.date === undefined) return false;
  return compareMeetingFolders(a.folder, b.folder) < 0;
}

/** `<forum>/<date>#<item-id>.<n>` split at the last `.`: the item's key and the place n; undefined for what is not written so. */
export function parseActionKey(reference: string): { item: string; meeting: string; itemId: string; n: number } | undefined {
  const dot = reference.lastIndexOf('.');
  const hash = reference.indexOf('#');
  if (dot === -1 || hash === -1 || dot < hash) return undefined;
  const n = Number(reference.slice(dot + 1).trim());
  if (!Number.isInteger(n) || n < 1) return undefined;
  const item = itemKey(reference.slice(0, dot));
  const meeting = parseMeetingId(item.slice(0, item.indexOf('#')));
  if (!meeting) return undefined;
  return { item, meeting: `${meeting.forum}/${meeting.folder}`, itemId: item.slice(item.indexOf('#') + 1), n };
}

const registers = new WeakMap<readonly Meeting[], ActionRegister>();

/** Every action of a repository, resolved through the follow-ups of later minutes (worked out once per loaded repository). */
export function actionRegister(repo: Pick<Repository, 'meetings'>): ActionRegister {
  let register = registers.get(repo.meetings);
  if (!register) registers.set(repo.meetings, (register = resolve(repo.meetings)));
  return register;
}

function resolve(meetingList: readonly Meeting[]): ActionRegister {
  const repo = { meetings: meetingList };
  const origins = new Map<string, { action: Action; meeting: Meeting; item: MinutesItem }>();
  for (const meeting of repo.meetings) {
    for (const item of meeting.minutes?.items ?? []) {
      if (item.id === undefined) continue;
      item.actions.forEach((action, i) => {
        const key = `${meeting.id}#${item.id}.${i + 1}`;
        if (!origins.has(key)) origins.set(key, { action, meeting, item }); // a duplicate item id: the first counts
      });
    }
  }
  const followUps = new Map<string, FollowUpAt[]>();
  const unknown: UnknownReference[] = [];
  const meetings = new Map(repo.meetings.map((m) => [m.id, m]));
  for (const meeting of repo.meetings) {
    for (const item of meeting.minutes?.items ?? []) {
      for (const followUp of item.followUp) {
        if (followUp.action === undefined) continue; // no reference at all is the schema's to say
        const at = { followUp, meeting, item };
        const reason = unknownReason(followUp.action, meeting, meetings, origins);
        if (reason) {
          unknown.push({ ...at, reason, keys: [...origins.keys()] });
          continue;
        }
        const { item: target, n } = parseActionKey(followUp.action)!;
        const key = `${target}.${n}`;
        (followUps.get(key) ?? followUps.set(key, []).get(key)!).push(at);
      }
    }
  }
  const actions: ResolvedAction[] = [];
  for (const [key, { action, meeting, item }] of origins) {
    const later = (followUps.get(key) ?? []).sort((a, b) => (before(a.meeting, b.meeting) ? -1 : before(b.meeting, a.meeting) ? 1 : 0));
    let { due, done } = action;
    let closedIn = done ? meeting : undefined;
    for (const { followUp, meeting: at } of later) {
      if (followUp.due !== undefined) due = followUp.due;
      if (followUp.done !== undefined) {
        if (followUp.done && !done) closedIn = at;
        if (!followUp.done) closedIn = undefined;
        done = followUp.done;
      }
    }
    actions.push({ key, action, meeting, item, what: action.what, owner: action.owner, due, done, closedIn, followUps: later });
  }
  return { actions, byKey: new Map(actions.map((a) => [a.key, a])), unknown };
}

function unknownReason(
  reference: string,
  at: Meeting,
  meetings: ReadonlyMap<string, Meeting>,
  origins: ReadonlyMap<string, { meeting: Meeting; item: MinutesItem }>,
): UnknownReason | undefined {
  const parsed = parseActionKey(reference);
  if (!parsed) return 'malformed';
  const meeting = meetings.get(parsed.meeting);
  if (!meeting) return 'meeting';
  if (!meeting.minutes) return 'minutes';
  if (!meeting.minutes.items.some((item) => item.id === parsed.itemId)) return 'item';
  if (!origins.has(`${parsed.item}.${parsed.n}`)) return 'number';
  // What is followed up was agreed earlier: a follow-up in the same or an earlier meeting is a reference gone wrong.
  return before(meeting, at) ? undefined : 'notEarlier';
}

/** Whether an action is past its due date and not done, on `today` (YYYY-MM-DD). */
export function isOverdue(action: Pick<ResolvedAction, 'done' | 'due'>, today: string): boolean {
  return !action.done && action.due !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(action.due) && action.due < today;
}

/** An action item that is not done, with the meeting and minutes item that recorded it. */
export type OpenAction = ResolvedAction;

/**
 * Every action item of a forum's meetings that is not done once the
 * follow-ups of later minutes are read, in meeting order: what the
 * secretariat must chase, and what a new agenda carries forward.
 */
export function openActions(repo: Pick<Repository, 'meetings'>, forum: string): OpenAction[] {
  return actionRegister(repo).actions.filter((a) => a.meeting.forum === forum && !a.done);
}
