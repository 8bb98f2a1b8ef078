import { calendarEntry } from '../../model/calendar.js';
import type { Meeting } from '../../model/types.js';
import { a, h, paths, table, time, type Children } from '../html.js';
import type { Page } from '../layout.js';
import { forumName, type Site } from '../site.js';
import { actionRow, actionsInOrder } from './actions.js';
import { decisionRow, shownDecisions } from './decisions.js';
import { meetingTitle } from './meeting.js';

/** Meetings from today on that are not cancelled, soonest first. */
export function upcomingMeetings(site: Site): Meeting[] {
  return site.repo.meetings
    .filter((m) => m.date !== undefined && m.date >= site.today && m.agenda && m.agenda.status !== 'cancelled')
    .sort((x, y) => x.date!.localeCompare(y.date!) || x.forum.localeCompare(y.forum));
}

/** A planned meeting as a card: its purpose and the items it is asked to decide. */
function meetingCard(site: Site, from: string, meeting: Meeting) {
  const w = site.words;
  const entry = calendarEntry(meeting, site.repo.config);
  const decide = (meeting.agenda?.items ?? []).filter((item) => item.kind === 'decide' && item.approves === undefined);
  return h('article.ds-card.etat-card', [
    h('h3.ds-heading', { dataSize: 'xs' }, [a(from, paths.meeting(meeting.forum, meeting.folder), [meetingTitle(site, meeting)])]),
    entry?.purpose ? h('p', [h('strong', `${w.purpose}: `), entry.purpose]) : undefined,
    decide.length > 0
      ? h('ul', decide.map((item) => h('li', site.redaction.withholds(item) ? (item.publicTitle ?? w.restrictedNoTitle) : (item.title ?? ''))))
      : undefined,
  ]);
}

export function homePage(site: Site): Page {
  const w = site.words;
  const from = paths.home;
  const next = upcomingMeetings(site).slice(0, 4);
  const decisions = shownDecisions(site).slice(0, 5);
  const owed = actionsInOrder(site.data.actions.actions.filter((action) => action.state !== 'done')).slice(0, 8);
  const moving = site.data.cases.cases
    .filter((entry) => entry.status !== 'closed' && entry.lastMovement)
    .sort((x, y) => (y.lastMovement!.date ?? '').localeCompare(x.lastMovement!.date ?? ''))
    .slice(0, 5);
  const fora: Children = [...site.repo.config.fora.values()].map((forum) => h('li', [a(from, paths.forum(forum.id), [forum.name])]));
  return {
    path: from,
    title: site.title,
    main: [
      h('nav.etat-fora', { ariaLabel: w.fora }, [h('h2.ds-heading', { dataSize: 'md' }, w.fora), h('ul.etat-inline', fora)]),
      h('section', [h('h2.ds-heading', { dataSize: 'md' }, w.nextMeetings), next.length > 0 ? h('div.etat-cards', next.map((m) => meetingCard(site, from, m))) : h('p', w.noNextMeetings)]),
      h('section', [
        h('h2.ds-heading', { dataSize: 'md' }, w.latestDecisions),
        decisions.length > 0 ? table(w.latestDecisions, [w.date, w.forum, w.item, w.decision, w.agreement], decisions.map((d) => decisionRow(site, from, d)), { hideCaption: true }) : h('p', w.nothing),
        h('p', [a(from, paths.decisions, [w.allDecisions], { className: 'ds-link' })]),
      ]),
      h('section', [
        h('h2.ds-heading', { dataSize: 'md' }, w.openActions),
        owed.length > 0 ? table(w.openActions, [w.item, w.what, w.owner, w.due, w.state], owed.map((action) => actionRow(site, from, action)), { hideCaption: true }) : h('p', w.nothing),
        h('p', [a(from, paths.actions, [w.allActions], { className: 'ds-link' })]),
      ]),
      h('section', [
        h('h2.ds-heading', { dataSize: 'md' }, w.casesInMotion),
        moving.length > 0
          ? h('ul', moving.map((entry) => h('li', [a(from, paths.case(entry.id), [`${entry.id}${entry.title ? `: ${entry.title}` : ''}`]), ' – ', forumName(site, entry.lastMovement!.forum), ', ', time(entry.lastMovement!.date, site.lang)])))
          : h('p', w.nothing),
        h('p', [a(from, paths.cases, [w.allCases], { className: 'ds-link' })]),
      ]),
    ],
  };
}
