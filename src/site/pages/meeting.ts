import { calendarEntry } from '../../model/calendar.js';
import { longDate as longDateWithDay } from '../../model/dates.js';
import { isRestricted, legalBasis } from '../../model/publishing.js';
import type { AgendaItem, Meeting, MinutesItem, PaperRef } from '../../model/types.js';
import { papersInTime } from '../../registers/stats.js';
import { a, facts, h, paths, time, type Children, type Html } from '../html.js';
import type { Page } from '../layout.js';
import { renderMarkdown } from '../markdown.js';
import type { PaperFile } from '../papers.js';
import { agencyName, forumName, type Site, type SiteBase } from '../site.js';

/** The title of a meeting's page: its forum and its date, with the weekday. */
export function meetingTitle(site: SiteBase, meeting: Meeting): string {
  return site.words.meetingOf({ forum: forumName(site, meeting.forum), date: meeting.date ? longDateWithDay(meeting.date, site.lang) : meeting.folder });
}

/** A paper as a link: a rendered page for Markdown, the copied file with its size for the rest; withheld papers are named by nothing. */
function paperLink(site: Site, from: string, paper: PaperRef, files: ReadonlyMap<string, PaperFile>): Html | undefined {
  const file = paper.resolved ? files.get(paper.resolved) : undefined;
  if (!file) return h('span', paper.target);
  return a(from, file.href, [file.title, file.size !== undefined ? ` (${site.words.file({ size: file.size })})` : '']);
}

function agendaPart(site: Site, from: string, meeting: Meeting, item: AgendaItem, files: ReadonlyMap<string, PaperFile>): Children {
  const w = site.words;
  const papers = item.papers.filter((p) => !site.redaction.withholds(p)).map((p) => paperLink(site, from, p, files));
  const inTime = site.data.arrival && item.kind === 'decide' && item.approves === undefined ? papersInTime(meeting, item, site.repo.config, site.data.arrival) : undefined;
  return [
    facts([
      [w.kind, item.kind ? site.caseWords.kind[item.kind] : undefined],
      [w.owner, agencyName(site, item.owner)],
      [site.caseWords.header[0]!, item.case && site.data.caseReports.has(item.case) ? a(from, paths.case(item.case), [item.case]) : item.case],
      [w.papers, papers.length > 0 ? h('ul.etat-inline', papers.map((p) => h('li', [p!]))) : undefined],
      [w.proposal, item.proposal],
    ]),
    inTime === undefined ? undefined : h('p.etat-note', { dataState: inTime ? 'ok' : 'late' }, inTime ? w.papersInTime : w.papersLate),
  ];
}

function minutesPart(site: Site, from: string, meeting: Meeting, item: MinutesItem): Children {
  const w = site.words;
  const key = `${meeting.id}#${item.id ?? ''}`;
  return [
    facts([
      [w.outcome, item.outcome ? site.caseWords.outcome[item.outcome] : undefined],
      [w.decision, item.decision],
      [w.consensus, item.consensus === true ? '✓' : undefined],
      [w.vote, item.votes ? w.votes(item.votes) : undefined],
      [w.dissent, item.dissent.length > 0 ? h('ul.etat-inline', item.dissent.map((d) => h('li', `${agencyName(site, d.by)}${d.note ? `: ${d.note}` : ''}`))) : undefined],
      [w.recused, item.recused.map((r) => agencyName(site, r.by)).join(', ')],
      [w.referredTo, item.referredTo ? forumName(site, item.referredTo) : undefined],
    ]),
    item.actions.length > 0
      ? h('div.etat-actions', [
          h('h4.ds-heading', { dataSize: '2xs' }, w.agreedActions),
          h(
            'ul',
            item.actions.map((action, i) => {
              const entry = site.data.actionsByKey.get(`${key}.${i + 1}`);
              return h('li', [action.what ?? '', action.owner ? ` – ${agencyName(site, action.owner)}` : '', action.due ? [', ', w.due.toLowerCase(), ' ', time(action.due, site.lang)] : '', entry ? h('span.etat-state', { dataState: entry.state }, ` ${w.stateNames[entry.state]}`) : ''].flat());
            }),
          ),
        ])
      : undefined,
    item.followUp.length > 0
      ? h('div.etat-followups', [
          h('h4.ds-heading', { dataSize: '2xs' }, w.followUps),
          h('ul', item.followUp.map((f) => h('li', [f.action ?? '', f.done === true ? ` – ${w.stateNames.done}` : f.done === false ? ` – ${w.stateNames.open}` : '', f.note ? `: ${f.note}` : '']))),
        ])
      : undefined,
  ];
}

/**
 * A meeting: its facts, each item with what the agenda says and, once there
 * are minutes, what became of it; then the invitation's and the minutes' text.
 * A withheld item shows its public title and legal basis, nothing else.
 */
export function meetingPage(site: Site, meeting: Meeting, files: ReadonlyMap<string, PaperFile>): Page {
  const w = site.words;
  const from = paths.meeting(meeting.forum, meeting.folder);
  const agenda = meeting.agenda;
  const minutes = meeting.minutes;
  const entry = calendarEntry(meeting, site.repo.config);
  const minutesById = new Map((minutes?.items ?? []).map((item) => [item.id, item]));
  const onAgenda = new Set((agenda?.items ?? []).map((item) => item.id));
  const sections: Children = [];
  for (const item of agenda?.items ?? []) {
    const recorded = minutesById.get(item.id);
    const withheld = site.redaction.withholds(item);
    const title = withheld ? (item.publicTitle ?? w.restrictedNoTitle) : (item.title ?? '');
    sections.push(
      h('section.etat-item', { ariaLabelledby: `item-${item.id ?? ''}` }, [
        h(`h3#item-${item.id ?? ''}.ds-heading`, { dataSize: 'sm' }, `${w.item} ${item.id ?? ''}: ${title}`),
        ...(withheld
          ? [h('p.etat-withheld', w.restricted({ basis: site.redaction.withheld(`${meeting.id}#${item.id ?? ''}`)?.basis ?? '' }))]
          : [isRestricted(item) ? h('p.etat-withheld', w.restricted({ basis: legalBasis(item) ?? '' })) : undefined, ...agendaPart(site, from, meeting, item, files), ...(recorded ? minutesPart(site, from, meeting, recorded) : [])]),
      ]),
    );
  }
  for (const item of minutes?.items ?? []) {
    if (onAgenda.has(item.id)) continue;
    const withheld = item.corrects ? site.redaction.withheld(`${meeting.id}#${item.id ?? ''}`, item.corrects) : undefined;
    sections.push(
      h('section.etat-item', [
        h('h3.ds-heading', { dataSize: 'sm' }, `${w.item} ${item.id ?? ''}: ${withheld ? (withheld.title ?? w.restrictedNoTitle) : (item.title ?? '')}`),
        ...(withheld ? [h('p.etat-withheld', w.restricted({ basis: withheld.basis }))] : minutesPart(site, from, meeting, item)),
      ]),
    );
  }
  const status = agenda?.status === 'cancelled' ? h('p.etat-cancelled', { role: 'status' }, w.cancelled) : undefined;
  // One page, one set of ids: the minutes' headings go on from the agenda's (`sak-2`, then `sak-2-1`).
  const agendaText = agenda && !agenda.file.problem ? renderMarkdown(agenda.file.text, { shiftHeadings: 2 }) : undefined;
  const minutesText = minutes && !minutes.file.problem ? renderMarkdown(minutes.file.text, { shiftHeadings: 2, after: agendaText }) : undefined;
  const main: Children = [
    status,
    facts([
      [w.forum, a(from, paths.forum(meeting.forum), [forumName(site, meeting.forum)])],
      [w.date, meeting.date ? time(meeting.date, site.lang) : meeting.folder],
      [w.timeLabel, entry?.start ? `${entry.start}${entry.end ? `–${entry.end}` : ''}` : undefined],
      [w.place, entry?.location],
      [w.purpose, entry?.purpose],
      [w.minutes, minutes ? (minutes.status === 'approved' ? w.approvedMinutes : w.draftMinutes) : w.noMinutes],
    ]),
    entry ? h('p', [a(from, paths.meetingCalendar(meeting.forum, meeting.folder), [w.addToCalendar], { className: 'ds-link' })]) : undefined,
    h('h2.ds-heading', { dataSize: 'md' }, w.items),
    ...sections,
    agendaText ? h('section.etat-text', [h('h2.ds-heading', { dataSize: 'md' }, w.agenda), agendaText.html]) : undefined,
    minutesText ? h('section.etat-text', [h('h2.ds-heading', { dataSize: 'md' }, w.minutes), minutesText.html]) : undefined,
  ];
  return { path: from, title: meetingTitle(site, meeting), main };
}
