/**
 * Items grouped by a key, in the order the keys first appear (Map.groupBy,
 * which Node 20 lacks). Linear: a report of a hundred thousand findings in one
 * file must not copy its list once per finding.
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
