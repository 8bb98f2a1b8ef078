import { calendarErrors, calendarHelp, printCalendar, type CalendarResult } from '../calendar-output.js';
import { defineCommand } from '../define.js';
import { meetingArgument } from '../options.js';

const words = {
  en: { agendaIcs: 'write the meeting as an iCalendar event (.ics) to import into a calendar; a re-sent change updates the same event', ...calendarHelp.en },
  nb: { agendaIcs: 'skriv møtet som en iCalendar-hendelse (.ics) som kan importeres i en kalender; en endring som sendes på nytt, oppdaterer den samme hendelsen', ...calendarHelp.nb },
  nn: { agendaIcs: 'skriv møtet som ei iCalendar-hending (.ics) som kan importerast i ein kalender; ei endring som vert send på nytt, oppdaterer den same hendinga', ...calendarHelp.nn },
};

/**
 * `etat agenda ics <forum>/<date>`: one meeting as one VEVENT (see
 * src/registers/calendar/ics.ts and docs/calendar.md). Reads only.
 */
export default defineCommand({
  name: 'agenda ics',
  words,
  errors: calendarErrors,
  description: 'agendaIcs',
  examples: ['etat agenda ics direktorgruppen/2026-12-03 > direktorgruppen-2026-12-03.ics', 'etat agenda ics direktorgruppen/2026-12-03 --out invitasjon.ics'],
  arguments: [meetingArgument],
  options: { out: { flags: '-o, --out <file>', help: 'calendarOut' } },
  async run(context, { args: [meetingId], options }): Promise<CalendarResult> {
    const [{ openMeeting }, { calendarContent, calendarEntry }, { agendaVersions }, { calendarEvents }, { icsOf }] = await Promise.all([
      import('../meeting.js'),
      import('../../model/calendar.js'),
      import('../../git/agenda-versions.js'),
      import('../../registers/calendar/events.js'),
      import('../../registers/calendar/ics.js'),
    ]);
    const { repo, lang, meeting, agenda } = await openMeeting(context, meetingId);
    const { UsageError } = await import('../../errors.js');
    const entry = calendarEntry(meeting, repo.config);
    // openMeeting has read the front matter; what is left is a meeting with no date to put in a calendar.
    if (!entry) throw new UsageError('unreadable', { path: agenda.file.path });
    const { events, problem } = await calendarEvents(repo, [entry], context.now, agendaVersions(repo.root, { paths: [entry.path] }, calendarContent));
    return { text: icsOf(events, { zone: repo.config.timezone, lang }), root: repo.root, out: options.out, problem, lang };
  },
  print: printCalendar,
});
