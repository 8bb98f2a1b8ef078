import { closest, distance } from 'fastest-levenshtein';

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

/**
 * The time zone meant by one that is not a zone, for "did you mean": the same
 * name in another case (`europe/oslo`), the zone whose city it names (`Oslo`,
 * `new york`), else the closest by edit distance, case ignored (see `suggest`).
 */
export function suggestTimeZone(typed: string, zones: readonly string[]): string | undefined {
  const key = (zone: string) => zone.trim().toLowerCase().replace(/[\s_]+/g, '_');
  const value = key(typed);
  const same = zones.find((zone) => key(zone) === value);
  if (same) return same;
  const cities = zones.filter((zone) => key(zone.slice(zone.lastIndexOf('/') + 1)) === value);
  if (cities.length === 1) return cities[0];
  // By edit distance with case ignored: `europe/olso` means `Europe/Oslo` as much as `Europe/Olso` does.
  const byKey = new Map(zones.map((zone) => [key(zone), zone]));
  const closest = suggest(value, byKey.keys());
  return closest === undefined ? undefined : byKey.get(closest);
}
