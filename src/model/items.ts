import type { AgendaItem, Meeting, MinutesItem } from './types.js';

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
