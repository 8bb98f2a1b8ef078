import type { Agency } from '../../config/types.js';
import { a, h, paths, table, time } from '../html.js';
import type { Page } from '../layout.js';
import { forumName, type Site } from '../site.js';
import { actionRow, actionsInOrder } from './actions.js';

export function agenciesPage(site: Site): Page {
  const w = site.words;
  const from = paths.agencies;
  const rows = [...site.repo.config.agencies.values()].map((agency) => [
    a(from, paths.agency(agency.id), [agency.short]),
    agency.name,
    String(site.data.actions.actions.filter((action) => action.owner === agency.id && action.state !== 'done').length),
  ]);
  return { path: from, title: w.agencies, main: [table(w.agencies, [w.agencies, w.title, w.openActions], rows, { rowHeaders: true })] };
}

/** An agency: the items it owns, its actions, its attendance in each forum it is a member of (from `etat stats`). */
export function agencyPage(site: Site, agency: Agency): Page {
  const w = site.words;
  const from = paths.agency(agency.id);
  const owned = site.repo.meetings.flatMap((meeting) =>
    (meeting.agenda?.items ?? [])
      .filter((item) => item.owner === agency.id)
      .map((item) => {
        const title = site.redaction.withholds(item) ? (item.publicTitle ?? w.restrictedNoTitle) : (item.title ?? '');
        return [time(meeting.date, site.lang), forumName(site, meeting.forum), a(from, `${paths.meeting(meeting.forum, meeting.folder)}#item-${item.id ?? ''}`, [`${w.item} ${item.id ?? ''}: ${title}`]), item.kind ? site.caseWords.kind[item.kind] : ''];
      }),
  );
  const actions = actionsInOrder(site.data.actions.actions.filter((action) => action.owner === agency.id));
  const attendance = site.data.stats.fora.flatMap((forum) => {
    const row = forum.attendance.find((entry) => entry.agency === agency.id);
    return row ? [[forum.name, w.of({ n: row.present, total: row.meetings }), row.share === null ? w.noData : `${Math.round(row.share * 100)} %`]] : [];
  });
  return {
    path: from,
    title: `${agency.name} (${agency.short})`,
    main: [
      h('h2.ds-heading', { dataSize: 'md' }, w.owns),
      owned.length > 0 ? table(w.owns, [w.date, w.forum, w.item, w.kind], owned.reverse(), { hideCaption: true }) : h('p', w.nothing),
      h('h2.ds-heading', { dataSize: 'md' }, w.actions),
      actions.length > 0 ? table(w.actions, [w.item, w.what, w.owner, w.due, w.state], actions.map((action) => actionRow(site, from, action)), { hideCaption: true }) : h('p', w.nothing),
      h('h2.ds-heading', { dataSize: 'md' }, w.attendance),
      attendance.length > 0 ? table(w.attendance, [w.forum, w.present, w.share], attendance, { rowHeaders: true, hideCaption: true }) : h('p', w.nothing),
    ],
  };
}
