/** Orders the registers sort by, made once: a collator per comparison would cost more than the sort. */

const natural = new Intl.Collator('en', { numeric: true });

/** Item ids and keys in natural order: `2` before `10`, `3.1` after `3`. */
export const naturalOrder = (a: string, b: string): number => natural.compare(a, b);

/** Ids and ISO dates by their code units, as they are written (ASCII: no locale to ask). */
export const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
