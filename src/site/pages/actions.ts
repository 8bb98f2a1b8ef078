import type { ActionEntry } from '../../registers/actions.js';
import { a, h, paths, table, time, type Children } from '../html.js';
import type { Page } from '../layout.js';
import { agencyName, type Site } from '../site.js';

/** An action as the site may show it: on a withheld item, the item's public title and no text. */
export function actionRow(site: Site, from: string, action: ActionEntry): Children {
  const w = site.words;
  const withheld = site.redaction.withheld(`${action.meeting}#${action.item}`);
  const [forum, folder] = action.meeting.split('/') as [string, string];
  return [
    a(from, `${paths.meeting(forum, folder)}#item-${action.item}`, [action.key]),
    withheld ? w.restricted({ basis: withheld.basis }) : (action.what ?? ''),
    agencyName(site, action.owner),
    time(action.due, site.lang),
    h('span.etat-state', { dataState: action.state }, w.stateNames[action.state]),
  ];
}

/** Open and overdue actions first (overdue at the top), then the done ones: what is owed is what a reader comes for. */
export function actionsInOrder(actions: readonly ActionEntry[]): ActionEntry[] {
  const rank = { overdue: 0, open: 1, done: 2 } as const;
  return [...actions].sort((x, y) => rank[x.state] - rank[y.state] || (x.due ?? '9999').localeCompare(y.due ?? '9999'));
}

export function actionsPage(site: Site): Page {
  const w = site.words;
  const from = paths.actions;
  const { summary, actions } = site.data.actions;
  return {
    path: from,
    title: w.actions,
    main: [
      h('p.etat-lead', `${w.stateNames.overdue}: ${summary.overdue} · ${w.stateNames.open}: ${summary.open} · ${w.stateNames.done}: ${summary.done}`),
      table(w.actions, [w.item, w.what, w.owner, w.due, w.state], actionsInOrder(actions).map((action) => actionRow(site, from, action))),
    ],
  };
}
