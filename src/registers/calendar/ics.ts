import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import type { Lang } from '../../i18n/lang.js';
import { scaffoldTexts } from '../../i18n/scaffold.js';
import type { CalendarEntry } from '../../model/calendar.js';
import { addDays } from '../../model/dates.js';
import { instantOf, plainDate, plainDateTime } from './wall-clock.js';

/** A meeting as one event: its entry, its SEQUENCE and its DTSTAMP, which the command works out from git history. */
export interface CalendarEvent {
  entry: CalendarEntry;
  sequence: number;
  stamp: Date;
}

export interface IcsOptions {
  /** The repository's `timezone`. */
  zone: string;
  lang: Lang;
  /** The feed's name (X-WR-CALNAME), for `etat calendar`; a single event has none. */
  name?: string;
}

const words = {
  en: {
    summary: (d: { forum: string }) => `${d.forum} – meeting`,
    cancelledSummary: (d: { forum: string }) => `Cancelled: ${d.forum} – meeting`,
    cancelled: 'The meeting is cancelled.',
    items: 'Items',
    restricted: 'exempt from public access',
    feed: (d: { forum: string | undefined }) => (d.forum ? `${d.forum} – meetings` : 'Meetings'),
  },
  nb: {
    summary: (d: { forum: string }) => `${d.forum} – møte`,
    cancelledSummary: (d: { forum: string }) => `Avlyst: ${d.forum} – møte`,
    cancelled: 'Møtet er avlyst.',
    items: 'Saker',
    restricted: 'unntatt offentlighet',
    feed: (d: { forum: string | undefined }) => (d.forum ? `${d.forum} – møter` : 'Møter'),
  },
  nn: {
    summary: (d: { forum: string }) => `${d.forum} – møte`,
    cancelledSummary: (d: { forum: string }) => `Avlyst: ${d.forum} – møte`,
    cancelled: 'Møtet er avlyst.',
    items: 'Saker',
    restricted: 'unnateke offentlegheit',
    feed: (d: { forum: string | undefined }) => (d.forum ? `${d.forum} – møte` : 'Møte'),
  },
} satisfies Record<Lang, unknown>;

/** The name of a feed of the meetings of one forum (by its name), or of all. */
export function feedName(lang: Lang, forum: string | undefined): string {
  return words[lang].feed({ forum });
}

/**
 * An iCalendar object (RFC 5545) with one VEVENT a meeting, written by
 * ical-generator. A meeting with a start time is at that time on the clock of
 * the repository's `timezone`: `DTSTART;TZID=<zone>`, with the zone's
 * VTIMEZONE (both its summer and its winter rule) in the file, so that a
 * calendar anywhere shows it at the right moment on either side of a change
 * to or from summer time. A zone with no VTIMEZONE to give (`UTC`,
 * `Etc/GMT-1`) has its times written in UTC. A meeting with no start time is
 * an all-day event on its date. No METHOD: see docs/calendar.md.
 */
export function icsOf(events: readonly CalendarEvent[], options: IcsOptions): string {
  const { zone, lang } = options;
  const vtimezone = getVtimezoneComponent(zone);
  const calendar = new ICalCalendar({ prodId: { company: 'etat', product: 'etat', language: lang.toUpperCase() } });
  if (options.name !== undefined) calendar.name(options.name);
  // The generator with no calendar-wide zone: each timed event brings its VTIMEZONE, and DTSTAMP stays in UTC as RFC 5545 asks.
  if (vtimezone) calendar.timezone({ name: null, generator: (name) => (name === zone ? vtimezone : null) });
  for (const { entry, sequence, stamp } of events) {
    const { start, end } = entry;
    const timed = start !== undefined;
    const at = (time: string) => (vtimezone ? plainDateTime(entry.date, time) : new Date(instantOf(entry.date, time, zone)));
    calendar.createEvent({
      id: entry.uid,
      sequence,
      stamp,
      allDay: !timed,
      timezone: timed && vtimezone ? zone : null,
      start: timed ? at(start) : plainDate(entry.date),
      // An all-day event ends the next day (DTEND is not part of it); a timed one with no end has none.
      end: timed ? (end !== undefined ? at(end) : null) : plainDate(addDays(entry.date, 1)),
      summary: (entry.cancelled ? words[lang].cancelledSummary : words[lang].summary)({ forum: entry.forumName }),
      location: entry.location ?? null,
      description: description(entry, lang),
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** The purpose, then the items with what the forum is asked to do with each; in the repository's language. */
function description(entry: CalendarEntry, lang: Lang): string {
  const texts = scaffoldTexts[lang];
  const lines: string[] = [];
  if (entry.cancelled) lines.push(words[lang].cancelled, '');
  if (entry.purpose !== undefined) lines.push(`${texts.purpose}: ${entry.purpose}`, '');
  if (entry.items.length > 0) {
    lines.push(`${words[lang].items}:`);
    for (const item of entry.items) {
      const title = item.title ?? (item.restricted ? `(${words[lang].restricted})` : '');
      const line = texts.item({ id: item.id ?? '?', title });
      lines.push(item.kind ? `${line} (${texts.kind[item.kind].toLowerCase()})` : line);
    }
  }
  return lines.join('\n').trim();
}
