import type { Forum } from '../config/types.js';
import type { AgendaItem, DecisionOutcome, Meeting, MinutesItem, Outcome } from './types.js';

/** Agenda items by id; the first of two items with one id wins (the duplicate is its own finding). */
export function agendaItemsById(meeting: Meeting): Map<string, AgendaItem> {
  const byId = new Map<string, AgendaItem>();
  for (const item of meeting.agenda?.items ?? []) {
    if (item.id !== undefined && !byId.has(item.id)) byId.set(item.id, item);
  }
  return byId;
}

/** The kind of a minutes item: from the agenda, or for an added item its own `kind`. */
export function kindOf(item: MinutesItem, agendaItems: Map<string, AgendaItem>): AgendaItem['kind'] {
  if (item.added) return item.kind;
  return item.id === undefined ? undefined : agendaItems.get(item.id)?.kind;
}

/** Whether an item was put to the forum for a decision — adopted (`decided`) or not (`rejected`). */
export function wasPut(outcome: Outcome | undefined): outcome is DecisionOutcome {
  return outcome === 'decided' || outcome === 'rejected';
}

/**
 * Whether a decision had the support of everyone who took part: the minutes
 * say `consensus: true`, or the forum `decides_by: consensus` and the minutes
 * name no dissent (and do not say `consensus: false`) — in such a forum,
 * agreement is what a decision is, and only disagreement needs writing down.
 */
export function isConsensus(item: MinutesItem, forum: Pick<Forum, 'decidesBy'> | undefined): boolean {
  if (item.consensus === true) return true;
  return forum?.decidesBy === 'consensus' && item.consensus !== false && item.dissent.length === 0;
}

/**
 * Why a decision (or a proposal put and rejected) had no case preparation: it
 * was raised in the meeting (`added`), or the agenda announced it only to
 * inform or discuss (`kind`); undefined when it was prepared, and for a
 * correction, which decides on what was prepared before. What
 * `minutes/decision-without-preparation` reports and `etat stats` counts.
 */
export function preparationGap(item: MinutesItem, onAgenda: ReadonlyMap<string, AgendaItem>): { why: 'added' } | { why: 'kind'; announced: AgendaItem } | undefined {
  if (!wasPut(item.outcome) || item.corrects !== undefined) return undefined;
  if (item.added) return { why: 'added' };
  const announced = item.id === undefined ? undefined : onAgenda.get(item.id);
  return announced?.kind === 'inform' || announced?.kind === 'discuss' ? { why: 'kind', announced } : undefined;
}
