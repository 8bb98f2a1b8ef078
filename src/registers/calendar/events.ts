import type { AgendaHistory, VersionsProblem } from '../../git/agenda-versions.js';
import { calendarContent, sequenceOf, type CalendarEntry } from '../../model/calendar.js';
import type { Repository } from '../../model/types.js';
import type { CalendarEvent } from './ics.js';

export interface CalendarEvents {
  events: CalendarEvent[];
  /** Why git history could not be read (every SEQUENCE is then 0), or could be read only in part. */
  problem: VersionsProblem | undefined;
}

/**
 * Each entry as an event: its SEQUENCE from the agenda's committed versions
 * (`sequenceOf`), its DTSTAMP the time of the last commit of the agenda — or
 * `now` (the run's one moment) when the agenda has changes not committed, or
 * no history. `history` is one read of the history for all the entries
 * (`agendaVersions` with `calendarContent`), started while the repository loads.
 */
export async function calendarEvents(repo: Repository, entries: readonly CalendarEntry[], now: Date, read: Promise<AgendaHistory>): Promise<CalendarEvents> {
  const history = await read;
  const events = entries.map((entry): CalendarEvent => {
    const current = calendarContent(repo.meeting(entry.meeting)?.agenda?.file.data);
    const versions = history.versions.get(entry.path);
    if (!versions) return { entry, sequence: 0, stamp: now };
    const stamp = versions.last === current ? new Date(versions.lastCommit * 1000) : now;
    return { entry, sequence: sequenceOf(versions.sinceSent, current), stamp };
  });
  return { events, problem: history.problem };
}
