import { calendarErrors, calendarHelp, printCalendar, type CalendarResult } from '../calendar-output.js';
import { defineCommand } from '../define.js';

const words = {
  en: { calendar: 'write every meeting (of one forum) as one iCalendar feed, for a calendar to subscribe to', calendarForum: 'only the meetings of this forum', ...calendarHelp.en },
  nb: { calendar: 'skriv alle møtene (i ett forum) som én iCalendar-strøm som en kalender kan abonnere på', calendarForum: 'bare møtene i dette forumet', ...calendarHelp.nb },
  nn: { calendar: 'skriv alle møta (i eitt forum) som éin iCalendar-straum som ein kalender kan abonnere på', calendarForum: 'berre møta i dette forumet', ...calendarHelp.nn },
};

/**
 * `etat calendar`: a feed of the meetings, one VEVENT each, with the same
 * UID and SEQUENCE as `etat agenda ics` gives. Reads only; exits 0 once it
 * has run.
 */
export default defineCommand({
  name: 'calendar',
  words,
  errors: calendarErrors,
  description: 'calendar',
  examples: ['etat calendar --out site/moter.ics', 'etat calendar --forum direktorgruppen --out site/direktorgruppen.ics'],
  options: {
    forum: { flags: '--forum <forum>', help: 'calendarForum' },
    out: { flags: '-o, --out <file>', help: 'calendarOut' },
  },
  async run(context, { options }): Promise<CalendarResult> {
    const [{ findRoot }, { loadRepository }, { findForum }, { calendarContent, calendarEntries }, { agendaVersions }, { calendarEvents }, { icsOf, feedName }] = await Promise.all([
      import('../../config/load.js'),
      import('../../model/load.js'),
      import('../../scaffold/meeting.js'),
      import('../../model/calendar.js'),
      import('../../git/agenda-versions.js'),
      import('../../registers/calendar/events.js'),
      import('../../registers/calendar/ics.js'),
    ]);
    // The history is read while the repository loads; a --forum that names no forum is refused after, and the read is then not waited for.
    const history = agendaVersions(await findRoot(context.cwd), { forum: options.forum !== undefined && /^[a-z0-9][a-z0-9-]*$/.test(options.forum) ? options.forum : undefined }, calendarContent);
    history.catch(() => undefined);
    const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
    const lang = context.lang ?? repo.config.language;
    const forum = options.forum === undefined ? undefined : findForum(repo.config, options.forum, lang);
    const entries = calendarEntries(repo.meetings, repo.config, forum?.id);
    const listed = new Set(entries.map((e) => e.meeting));
    const leftOut = repo.meetings.filter((m) => m.agenda && !listed.has(m.id) && (forum === undefined || m.forum === forum.id)).map((m) => m.agenda!.file.path);
    const { events, problem } = await calendarEvents(repo, entries, context.now, history);
    return { text: icsOf(events, { zone: repo.config.timezone, lang, name: feedName(lang, forum?.name) }), root: repo.root, out: options.out, problem, lang, leftOut };
  },
  print: printCalendar,
});
