import type { Lang } from '../i18n/lang.js';
import { actionRegister, isOverdue, type ResolvedAction } from '../model/actions.js';
import type { Repository } from '../model/types.js';
import { codeUnitOrder, naturalOrder } from '../text/order.js';
import type { Table } from './table.js';

/** Which actions `etat actions` lists: by state, owner and forum. */
export interface ActionFilter {
  state?: 'open' | 'overdue' | 'done';
  owner?: string;
  forum?: string;
  today: string;
}

/** An action as `etat actions --format json` prints it (docs/actions-format.md). */
export interface ActionEntry {
  key: string;
  forum: string;
  meeting: string;
  date: string | null;
  item: string;
  title: string | null;
  what: string | null;
  owner: string | null;
  due: string | null;
  state: 'open' | 'overdue' | 'done';
  closedIn: string | null;
  closedOn: string | null;
  followUps: { meeting: string; date: string | null; item: string | null; done: boolean | null; due: string | null; note: string | null }[];
}

/** `etat actions --format json`. */
export interface ActionsReport {
  format: 'etat-actions';
  version: 1;
  today: string;
  summary: { open: number; overdue: number; done: number };
  actions: ActionEntry[];
}

export function stateOf(action: ResolvedAction, today: string): ActionEntry['state'] {
  return action.done ? 'done' : isOverdue(action, today) ? 'overdue' : 'open';
}

/** Every action, resolved, in the order of the meetings that agreed them (date, forum, item, place). */
export function actionsReport(repo: Repository, filter: ActionFilter): ActionsReport {
  const entries: ActionEntry[] = [];
  const all = actionRegister(repo).actions;
  const summary = { open: 0, overdue: 0, done: 0 };
  for (const action of all) {
    if (filter.forum !== undefined && action.meeting.forum !== filter.forum) continue;
    if (filter.owner !== undefined && action.owner !== filter.owner) continue;
    const state = stateOf(action, filter.today);
    summary[state]++;
    // `--open` lists every action not done, overdue ones too.
    if (filter.state !== undefined && !(filter.state === state || (filter.state === 'open' && state === 'overdue'))) continue;
    const onAgenda = action.meeting.agenda?.items.find((i) => i.id === action.item.id);
    entries.push({
      key: action.key,
      forum: action.meeting.forum,
      meeting: action.meeting.id,
      date: action.meeting.date ?? null,
      item: action.item.id!,
      title: onAgenda?.title ?? action.item.title ?? null,
      what: action.what ?? null,
      owner: action.owner ?? null,
      due: action.due ?? null,
      state,
      closedIn: action.closedIn?.id ?? null,
      closedOn: action.closedIn?.date ?? null,
      followUps: action.followUps.map(({ followUp, meeting, item }) => ({
        meeting: meeting.id,
        date: meeting.date ?? null,
        item: item.id ?? null,
        done: followUp.done ?? null,
        due: followUp.due ?? null,
        note: followUp.note ?? null,
      })),
    });
  }
  entries.sort((a, b) => codeUnitOrder(a.date ?? '', b.date ?? '') || codeUnitOrder(a.forum, b.forum) || naturalOrder(a.key, b.key));
  return { format: 'etat-actions', version: 1, today: filter.today, summary, actions: entries };
}

const words = {
  en: { header: ['Action', 'What', 'Owner', 'Due', 'State', 'Closed', 'Follow-ups'], state: { open: 'open', overdue: 'overdue', done: 'done' } },
  nb: { header: ['Punkt', 'Hva', 'Ansvarlig', 'Frist', 'Status', 'Lukket', 'Oppfølginger'], state: { open: 'åpent', overdue: 'forfalt', done: 'gjort' } },
  nn: { header: ['Punkt', 'Kva', 'Ansvarleg', 'Frist', 'Status', 'Lukka', 'Oppfølgingar'], state: { open: 'ope', overdue: 'forfalle', done: 'gjort' } },
} satisfies Record<Lang, { header: string[]; state: Record<ActionEntry['state'], string> }>;

/** The report as a table: one row an action, its follow-ups in one cell (`<meeting>: done, due …`). */
export function actionsTable(report: ActionsReport, lang: Lang): Table {
  const w = words[lang];
  return {
    header: w.header,
    wide: 1,
    whole: [0],
    rows: report.actions.map((a) => [
      a.key,
      a.what ?? undefined,
      a.owner ?? undefined,
      a.due ?? undefined,
      w.state[a.state],
      a.closedIn ?? undefined,
      a.followUps.map((f) => [f.meeting, f.done === null ? undefined : w.state[f.done ? 'done' : 'open'], f.due ?? undefined].filter(Boolean).join(' ')).join('; ') || undefined,
    ]),
  };
}
