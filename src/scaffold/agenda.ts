import { posix } from 'node:path';
import type { Config, Forum } from '../config/types.js';
import type { Lang } from '../i18n/lang.js';
import { scaffoldTexts } from '../i18n/scaffold.js';
import { openActions } from '../model/actions.js';
import { addDays, longDate } from '../model/dates.js';
import type { AgendaItem, Meeting, Repository } from '../model/types.js';
import { agencyName } from './meeting.js';

export interface AgendaRequest {
  forum: Forum;
  date: string;
  purpose?: string;
  chair?: string;
  start?: string;
  end?: string;
  location?: string;
  /** Write into `<date>/` even when it has an agenda already. */
  force?: boolean;
  /** A second meeting on a day the forum meets already: write into the first free `<date>-N/`. */
  sameDay?: boolean;
}

/** One agenda item as it will be written to the front matter. */
export interface PlannedItem {
  id: string;
  title: string;
  kind: 'inform' | 'discuss' | 'decide';
  owner?: string;
  case?: string;
  papers?: (string | { path: string; restricted: string | boolean })[];
  proposal?: string;
  /** As written to the front matter: `agenda`, or the `<forum>/<date>` whose minutes it approves. */
  approves?: string;
  /** Shown in the body: the meeting a deferred item comes from. */
  from?: string;
  /** Shown in the body: the open actions this item reports on. */
  actions?: { what: string; owner?: string; due?: string; from: string }[];
}

export interface AgendaPlan {
  /** `meetings/<forum>/<folder>`. */
  dir: string;
  folder: string;
  /** True when `<date>` had an agenda already and this is `<date>-N` (only with `sameDay`). */
  secondMeeting: boolean;
  items: PlannedItem[];
  deadlines: { notice?: { date: string; days: number }; papers?: { date: string; days: number } };
  carried: { deferred: number; actions: number; approval?: string; from?: string };
}

/**
 * What `etat agenda new` will write: the folder (a second meeting the same day,
 * when asked for, is `<date>-2`), the forum's standing items in the order of its
 * `standing_items` — approval of the invitation and agenda, approval of the last
 * minutes if they are not approved — then what is carried forward from its
 * earlier meetings — the open action items, and the items the last minutes
 * deferred — so that nothing the forum left open falls out of sight.
 */
export function planAgenda(repo: Repository, request: AgendaRequest, lang: Lang): AgendaPlan {
  const texts = scaffoldTexts[lang];
  const { forum, date } = request;
  const folder = request.sameDay ? nextFolder(repo, forum.id, date) : date;
  const dir = `meetings/${forum.id}/${folder}`;

  const earlier = repo.meetings.filter((m) => m.forum === forum.id && m.date !== undefined && (m.date < date || (m.date === date && m.folder < folder)));
  const previous = [...earlier].reverse().find((m) => m.minutes);
  const items: PlannedItem[] = [];
  const nextId = () => String(items.length + 1);

  let approval: string | undefined;
  for (const standing of forum.standingItems) {
    if (standing === 'agenda') items.push({ id: nextId(), title: texts.agendaApprovalTitle, kind: 'decide', approves: 'agenda' });
    else if (previous?.minutes && previous.minutes.status !== 'approved') {
      approval = previous.id;
      items.push({ id: nextId(), title: texts.approvalTitle({ date: previous.date ?? previous.folder }), kind: 'decide', approves: approval });
    }
  }
  const before = new Set(earlier);
  const actions = openActions(repo, forum.id)
    .filter(({ meeting, what }) => before.has(meeting) && what)
    .map(({ meeting, what, owner, due }) => ({ what: what!, owner, due, from: meeting.id }));
  if (actions.length > 0) items.push({ id: nextId(), title: texts.actionsTitle, kind: 'inform', actions });

  let deferred = 0;
  for (const record of previous?.minutes?.items ?? []) {
    if (record.outcome !== 'deferred') continue;
    const announced = record.added || record.id === undefined ? undefined : previous!.agenda?.items.find((i) => i.id === record.id);
    items.push(carryItem(nextId(), dir, previous!, announced, record.title, record.kind));
    deferred++;
  }

  const days = forum.deadlines;
  return {
    dir,
    folder,
    secondMeeting: folder !== date,
    items,
    deadlines: {
      notice: days.agendaDays === undefined ? undefined : { date: addDays(date, -days.agendaDays), days: days.agendaDays },
      papers: days.papersDays === undefined ? undefined : { date: addDays(date, -days.papersDays), days: days.papersDays },
    },
    carried: {
      deferred,
      actions: actions.length,
      approval,
      from: deferred > 0 ? previous?.id : undefined,
    },
  };
}

/** The first folder of `<date>`, `<date>-2`, `<date>-3`, … that has no agenda yet. */
export function nextFolder(repo: Repository, forum: string, date: string): string {
  let folder = date;
  for (let n = 2; repo.meeting(`${forum}/${folder}`)?.agenda; n++) folder = `${date}-${n}`;
  return folder;
}

/** A deferred item, again: same title, kind, owner, case, papers (their paths now relative to the new agenda) and proposal. */
function carryItem(id: string, dir: string, from: Meeting, announced: AgendaItem | undefined, title?: string, kind?: AgendaItem['kind']): PlannedItem {
  const item: PlannedItem = { id, title: announced?.title ?? title ?? '', kind: announced?.kind ?? kind ?? 'discuss', from: from.id };
  if (announced?.owner) item.owner = announced.owner;
  if (announced?.case) item.case = announced.case;
  const papers = (announced?.papers ?? []).filter((p) => p.resolved !== undefined);
  if (papers.length > 0) {
    item.papers = papers.map((p) => {
      const path = posix.relative(dir, p.resolved!);
      return p.restricted ? { path, restricted: p.restricted } : path;
    });
  }
  if (announced?.proposal) item.proposal = announced.proposal;
  return item;
}

/** The front matter of the new agenda, in the order people read it. */
export function agendaData(plan: AgendaPlan, request: AgendaRequest): Record<string, unknown> {
  const data: Record<string, unknown> = { type: 'agenda', forum: request.forum.id, date: request.date };
  for (const key of ['start', 'end', 'location', 'chair'] as const) if (request[key]) data[key] = request[key];
  data.purpose = request.purpose ?? '';
  data.status = 'draft';
  data.items = plan.items.map(({ from: _from, actions: _actions, ...item }) => item);
  return data;
}

/** What the agenda template is filled in with. */
export function agendaView(plan: AgendaPlan, request: AgendaRequest, config: Config, lang: Lang): object {
  const texts = scaffoldTexts[lang];
  return {
    forum: { id: request.forum.id, name: request.forum.name },
    date: request.date,
    dateLong: longDate(request.date, lang),
    start: request.start,
    end: request.end,
    location: request.location,
    chair: request.chair ? { id: request.chair, name: agencyName(config, request.chair) } : undefined,
    purpose: request.purpose,
    noticeDeadline: plan.deadlines.notice?.date,
    papersDeadline: plan.deadlines.papers?.date,
    items: plan.items.map((item) => ({
      ...item,
      kindLabel: texts.kind[item.kind],
      isInform: item.kind === 'inform',
      isDiscuss: item.kind === 'discuss',
      isDecide: item.kind === 'decide',
      owner: item.owner ? { id: item.owner, name: agencyName(config, item.owner) } : undefined,
      papers: (item.papers ?? []).map((p) => ({ path: typeof p === 'string' ? p : p.path })),
      hasPapers: (item.papers ?? []).length > 0,
      hasProposal: Boolean(item.proposal),
      // `approves` stays what templates have always had, the minutes approved; the agenda's own approval is a flag.
      approves: item.approves === 'agenda' ? undefined : item.approves,
      approvesAgenda: item.approves === 'agenda',
      carried: item.from !== undefined,
      actions: (item.actions ?? []).map((a) => ({ ...a, owner: { id: a.owner, name: agencyName(config, a.owner) ?? '' }, due: a.due ?? '' })),
      hasActions: (item.actions ?? []).length > 0,
    })),
  };
}
