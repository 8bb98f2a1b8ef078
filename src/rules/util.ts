import { closest, distance } from 'fastest-levenshtein';
import type { AgendaItem, Meeting, MinutesItem } from '../model/types.js';

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

/** The known id closest to a misspelt one, for "did you mean": only when it is close. */
export function suggest(value: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0) return undefined;
  const best = closest(value, candidates);
  return distance(value, best) <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/**
 * The rule id meant by one that is not a rule, for "did you mean": the rule
 * whose last part it is (`decision-without-preparation`, or the right name in
 * the wrong area), else the closest id or last part by edit distance (see
 * `suggest`). Case is ignored. Undefined when nothing is close, or when the
 * last part names more than one rule.
 */
export function suggestRuleId(typed: string, ids: readonly string[]): string | undefined {
  const value = typed.trim().toLowerCase().replace(/\.md$/, '').replace(/^\/+|\/+$/g, '');
  const exact = ids.find((id) => id === value);
  if (exact) return exact;
  const last = (id: string) => id.slice(id.lastIndexOf('/') + 1);
  const byLast = new Map<string, string[]>();
  for (const id of ids) byLast.set(last(id), [...(byLast.get(last(id)) ?? []), id]);
  const named = byLast.get(last(value));
  if (named) return named.length === 1 ? named[0] : undefined;
  const whole = suggest(value, ids);
  if (whole) return whole;
  const part = suggest(last(value), byLast.keys());
  const meant = part === undefined ? undefined : byLast.get(part);
  return meant?.length === 1 ? meant[0] : undefined;
}

/** Whether a string is missing or empty once trimmed. */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** Words people type while a text is still to be written. */
const TO_BE_WRITTEN = String.raw`tbd|tba|todo|tbc|xxx+|\.{2,}|…|-+|\?+|n\/a|fyll inn|kommer|skrives|lorem ipsum.*|<.*>|\[.*\]`;
const PURPOSE_PLACEHOLDERS = new RegExp(`^(${TO_BE_WRITTEN}|formål|føremål|purpose)$`, 'i');
/** …and the heading of the field itself, written where the proposal should be. */
const PROPOSAL_PLACEHOLDERS = new RegExp(`^(${TO_BE_WRITTEN}|forslag( til vedtak)?|framlegg( til vedtak)?|innstilling|vedtak|proposal|proposed decision)[.:]?$`, 'i');

/**
 * Whether a purpose is a placeholder such as `TBD` rather than a purpose.
 * Shared by `agenda/purpose-missing` and `etat status`, so that the two never
 * disagree about whether a meeting has a purpose.
 */
export function isPlaceholderPurpose(purpose: string): boolean {
  return PURPOSE_PLACEHOLDERS.test(purpose.trim());
}

/** Whether a proposed decision is a placeholder (`TBD`, `Forslag til vedtak`); shared by `agenda/decide-without-proposal` and `etat status`. */
export function isPlaceholderProposal(proposal: string): boolean {
  return PROPOSAL_PLACEHOLDERS.test(proposal.trim());
}
