import type { Forum } from '../../config/types.js';
import { calendarEntry } from '../../model/calendar.js';
import type { Meeting } from '../../model/types.js';
import { a, h, paths, table, time } from '../html.js';
import type { Page } from '../layout.js';
import { agencyName, type Site } from '../site.js';

function meetingRows(site: Site, from: string, meetings: readonly Meeting[]) {
  const w = site.words;
  return meetings.map((meeting) => {
    const entry = calendarEntry(meeting, site.repo.config);
    const minutes = meeting.minutes ? (meeting.minutes.status === 'approved' ? w.approvedMinutes : w.draftMinutes) : meeting.agenda?.status === 'cancelled' ? w.cancelled : '';
    return [a(from, paths.meeting(meeting.forum, meeting.folder), [meeting.date ? time(meeting.date, site.lang) : meeting.folder]), entry?.purpose ?? '', minutes];
  });
}

/** A forum: its members, its meetings planned and past, and its calendar to subscribe to. */
export function forumPage(site: Site, forum: Forum): Page {
  const w = site.words;
  const from = paths.forum(forum.id);
  const meetings = site.repo.meetings.filter((m) => m.forum === forum.id);
  const upcoming = meetings.filter((m) => m.date !== undefined && m.date >= site.today);
  const past = meetings.filter((m) => !upcoming.includes(m)).reverse();
  return {
    path: from,
    title: forum.name,
    main: [
      h('p', [a(from, paths.forumCalendar(forum.id), [w.subscribe], { className: 'ds-link' })]),
      h('h2.ds-heading', { dataSize: 'md' }, w.members),
      h('ul.etat-inline', forum.members.map((id) => h('li', [a(from, paths.agency(id), [agencyName(site, id)])]))),
      h('h2.ds-heading', { dataSize: 'md' }, w.upcoming),
      upcoming.length > 0 ? table(w.upcoming, [w.date, w.purpose, w.minutes], meetingRows(site, from, upcoming), { hideCaption: true }) : h('p', w.noNextMeetings),
      h('h2.ds-heading', { dataSize: 'md' }, w.past),
      past.length > 0 ? table(w.past, [w.date, w.purpose, w.minutes], meetingRows(site, from, past), { hideCaption: true }) : h('p', w.nothing),
    ],
  };
}
