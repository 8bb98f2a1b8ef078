import { basename } from 'node:path';
import type { Config } from '../config/types.js';
import { asDict, asString } from './data.js';
import { isCalendarDate } from './dates.js';
import { publicTitle } from './publishing.js';
import type { ItemKind, Meeting } from './types.js';

/**
 * A meeting as a calendar sees it: what `etat agenda ics` and `etat calendar`
 * write, and what the website may show. Read from the agenda the model has
 * already parsed; `start`, `end` and `location` are read from its front
 * matter as the invitation reads them.
 */
export interface CalendarEntry {
  /** `<forum>/<folder>`. */
  meeting: string;
  /** Stable across runs and machines: the meeting and the repository's calendar domain, never random, never the clock. */
  uid: string;
  forum: string;
  forumName: string;
  date: string;
  /** "HH:MM" in the repository's time zone; none: an all-day event. */
  start: string | undefined;
  end: string | undefined;
  location: string | undefined;
  purpose: string | undefined;
  /** The items in agenda order; a restricted item by its public title only (undefined when it has none). */
  items: { id: string | undefined; title: string | undefined; restricted: boolean; kind: ItemKind | undefined }[];
  cancelled: boolean;
  /** The agenda's repository path: where its history is read. */
  path: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The calendar entry of a meeting; undefined when it has no agenda whose
 * front matter could be read, or no date (neither the agenda nor the folder
 * names a calendar date).
 */
export function calendarEntry(meeting: Meeting, config: Config): CalendarEntry | undefined {
  const agenda = meeting.agenda;
  if (!agenda || agenda.file.problem) return undefined;
  const data = asDict(agenda.file.data) ?? {};
  const date = agenda.date !== undefined && isCalendarDate(agenda.date) ? agenda.date : meeting.date !== undefined && isCalendarDate(meeting.date) ? meeting.date : undefined;
  if (date === undefined) return undefined;
  const time = (value: unknown) => {
    const text = asString(value);
    return text !== undefined && TIME.test(text) ? text : undefined;
  };
  const start = time(data.start);
  const end = start === undefined ? undefined : time(data.end);
  const purpose = typeof agenda.purpose === 'string' && agenda.purpose.trim() !== '' ? agenda.purpose.trim() : undefined;
  const location = asString(data.location)?.trim();
  return {
    meeting: meeting.id,
    uid: calendarUid(meeting, config),
    forum: meeting.forum,
    forumName: config.fora.get(meeting.forum)?.name ?? meeting.forum,
    date,
    start,
    // An end at or before the start is no end: the event is then as long as the calendar makes a meeting with no end.
    end: end !== undefined && start !== undefined && end > start ? end : undefined,
    location: location === '' ? undefined : location,
    purpose,
    items: agenda.items.map((item) => {
      const title = publicTitle(item);
      return { id: item.id, title, restricted: title !== item.title, kind: item.kind };
    }),
    cancelled: agenda.status === 'cancelled',
    path: agenda.file.path,
  };
}

/** Every meeting's calendar entry (of one forum, when given), in meeting order. */
export function calendarEntries(meetings: readonly Meeting[], config: Config, forum?: string): CalendarEntry[] {
  return meetings.filter((m) => forum === undefined || m.forum === forum).flatMap((m) => calendarEntry(m, config) ?? []);
}

/**
 * `<forum>.<folder>@<domain>`: forum ids hold no dot, so no two meetings
 * share one. The domain is `calendar.domain` in etat.yml; without it, the
 * name of the repository's folder (as a host name label, with `.etat`), which
 * stays the same in every clone that keeps the repository's name.
 */
export function calendarUid(meeting: Pick<Meeting, 'forum' | 'folder'>, config: Pick<Config, 'root' | 'calendarDomain'>): string {
  return `${meeting.forum}.${meeting.folder}@${config.calendarDomain ?? defaultDomain(config.root)}`;
}

function defaultDomain(root: string): string {
  const label = basename(root)
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${label || 'etat'}.etat`;
}

/**
 * What of an agenda's front matter a calendar shows as the event itself:
 * when, where, whether it is cancelled, and what it is for. A change of any of
 * these, once the invitation has gone out, is a new version of the event
 * (SEQUENCE). The items are in the description, but a calendar is not asked
 * to update the event for them: their papers and their order change until the
 * meeting, and `agenda send` is how members hear of that.
 */
export function calendarContent(data: unknown): string {
  const d = asDict(data) ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value === undefined || value === null ? null : JSON.stringify(value));
  return JSON.stringify([text(d.date), text(d.start), text(d.end), text(d.location), d.status === 'cancelled', text(d.purpose)]);
}

/**
 * The SEQUENCE of an event: how many times its calendar content changed after
 * the invitation was first sent. `sent` holds the content of each committed
 * version from the first one with `status: sent` on, in
 * commit order; `current` is the content now, which counts once more while it
 * differs from the last committed version — and stays counted once committed.
 */
export function sequenceOf(sent: readonly string[], current: string): number {
  if (sent.length === 0) return 0;
  let changes = 0;
  for (let i = 1; i < sent.length; i++) if (sent[i] !== sent[i - 1]) changes++;
  return current !== sent[sent.length - 1] ? changes + 1 : changes;
}
