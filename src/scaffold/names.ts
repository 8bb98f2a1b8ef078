/**
 * A file name from a title: lower case, Norwegian letters spelt out, anything
 * else a dash — so that a title can never make a path (`../`) or a name a shell
 * or a web server would stumble on.
 */
export function slug(title: string, maxLength = 60): string {
  const spelt = title.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
  const ascii = spelt.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const dashed = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return dashed.slice(0, maxLength).replace(/-+$/, '') || 'sak';
}

/** The file name of a case paper: the item id first, so papers sort in agenda order (`02-strategisk-prosjektstyring.md`). */
export function paperFileName(itemId: string, title: string): string {
  const id = /^\d+$/.test(itemId) ? itemId.padStart(2, '0') : slug(itemId, 20);
  return `${id}-${slug(title)}.md`;
}
