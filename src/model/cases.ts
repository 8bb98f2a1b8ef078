import { compareMeetingFolders } from './ids.js';
import { agendaItemsById, wasPut } from './items.js';
import type { AgendaItem, Case, Meeting, MinutesItem, Repository } from './types.js';

/** What a case id may be (the schemas' pattern): an id that breaks it is `schema/invalid`'s to report, not a case to look for. */
export const CASE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * One time a case was on an agenda (a stop of its saksgang): the meeting, the
 * agenda item that named it, and, once the minutes record the item, what
 * became of it there.
 */
export interface CaseStop {
  readonly meeting: Meeting;
  readonly item: AgendaItem;
  /** The minutes' record of the item (the first with its id), when there are minutes and they record it. */
  readonly minutesItem: MinutesItem | undefined;
  /** The meeting was called off (`status: cancelled`): the case was announced there, but did not move. */
  readonly cancelled: boolean;
  /**
   * Referrals without a decision, counted up to and including this stop: a
   * `referred` outcome adds one, a decision (`decided`, or a proposal put and
   * `rejected`) sets it back to 0; every other outcome, or none, leaves it.
   */
  readonly referrals: number;
}

/** A case as the repository knows it: its file, and every time an agenda named it. */
export interface CasePath {
  readonly id: string;
  /** `cases/<id>.md`, when there is one. */
  readonly file: Case | undefined;
  /** In the order the meetings were held: by date, then forum, then the `-2` of a second meeting that day, then the item's place on the agenda. */
  readonly stops: readonly CaseStop[];
  /** The latest meeting it was on (cancelled meetings do not count): its last movement. */
  readonly lastMovement: CaseStop | undefined;
  /** Referrals without a decision as it stands now (the last stop's count; 0 with no stops). */
  readonly referrals: number;
}

export interface CaseRegister {
  /** Every case with a file or named on an agenda, by id (ids sorted, digits as numbers). */
  readonly cases: ReadonlyMap<string, CasePath>;
  /** Stops whose `case` names no file in `cases/` (`case/unknown`), in meeting order. */
  readonly unknown: readonly { readonly id: string; readonly stop: CaseStop }[];
  /** Case files that no agenda names (`case/unused`), by id. */
  readonly unused: readonly Case[];
}

/** Meeting order across fora: by the date the folder names, then forum, then the folder (`-2`). Folders naming no date last. */
export function compareMeetingsAcrossFora(a: Meeting, b: Meeting): number {
  if (a.date !== b.date) return a.date === undefined ? 1 : b.date === undefined ? -1 : a.date < b.date ? -1 : 1;
  if (a.forum !== b.forum) return a.forum < b.forum ? -1 : 1;
  return compareMeetingFolders(a.folder, b.folder);
}

/** Case ids in a stable, readable order: `ES-2025-9` before `ES-2025-10`. */
export function compareCaseIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

const registers = new WeakMap<readonly Meeting[], CaseRegister>();

/** Every case's path through meetings and fora (saksgang), worked out once per loaded repository. */
export function caseRegister(repo: Pick<Repository, 'meetings' | 'cases' | 'outside'>): CaseRegister {
  let register = registers.get(repo.meetings);
  if (!register) registers.set(repo.meetings, (register = build(repo)));
  return register;
}

function build(repo: Pick<Repository, 'meetings' | 'cases' | 'outside'>): CaseRegister {
  const found = new Map<string, { meeting: Meeting; item: AgendaItem; minutesItem: MinutesItem | undefined; cancelled: boolean }[]>();
  for (const meeting of [...repo.meetings].sort(compareMeetingsAcrossFora)) {
    const agenda = meeting.agenda;
    if (!agenda || agenda.file.problem) continue;
    // The minutes item of an agenda item: the first with its id (a duplicate is its own finding).
    const minutesById = new Map<string, MinutesItem>();
    if (meeting.minutes && !meeting.minutes.file.problem) {
      for (const item of meeting.minutes.items) if (item.id !== undefined && !item.added && !minutesById.has(item.id)) minutesById.set(item.id, item);
    }
    const first = agendaItemsById(meeting);
    for (const item of agenda.items) {
      if (item.case === undefined || !CASE_ID.test(item.case)) continue;
      // Of two agenda items with one id, only the first is matched to the minutes.
      const minutesItem = item.id !== undefined && first.get(item.id) === item ? minutesById.get(item.id) : undefined;
      const stops = found.get(item.case) ?? [];
      stops.push({ meeting, item, minutesItem, cancelled: agenda.status === 'cancelled' });
      found.set(item.case, stops);
    }
  }

  const ids = new Set([...repo.cases.keys(), ...found.keys()]);
  // A case file that is a link out of the repository was not read, but it is there: `file/outside-repository` says so.
  const outside = new Set(repo.outside.map((o) => o.path));
  const cases = new Map<string, CasePath>();
  const unknown: { id: string; stop: CaseStop }[] = [];
  const unused: Case[] = [];
  for (const id of [...ids].sort(compareCaseIds)) {
    let referrals = 0;
    const stops: CaseStop[] = (found.get(id) ?? []).map((stop) => {
      const outcome = stop.minutesItem?.outcome;
      if (outcome === 'referred') referrals++;
      else if (wasPut(outcome)) referrals = 0;
      return { ...stop, referrals };
    });
    const file = repo.cases.get(id);
    cases.set(id, { id, file, stops, lastMovement: stops.filter((s) => !s.cancelled).at(-1), referrals });
    if (!file && !outside.has(`cases/${id}.md`)) for (const stop of stops) unknown.push({ id, stop });
    if (file && stops.length === 0) unused.push(file);
  }
  unknown.sort((a, b) => compareMeetingsAcrossFora(a.stop.meeting, b.stop.meeting));
  return { cases, unknown, unused };
}

/**
 * Whether the model holds every meeting in full. `etat check --changed` reads
 * only the meetings a change touches; the others are known by their folder
 * alone, so a case may be named where nothing was read.
 */
export function readsEveryMeeting(repo: Pick<Repository, 'meetings'>): boolean {
  return repo.meetings.every((m) => m.agenda !== undefined || m.minutes !== undefined);
}
