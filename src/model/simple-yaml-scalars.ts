// The scalars of the plain YAML src/model/simple-yaml.ts reads: quoted ones
// without escapes, and plain ones resolved as YAML 1.2's core schema does.

/** Why reading stopped: the text is outside the subset `readSimpleYaml` reads. */
export class Declined extends Error {}
export const decline = (): never => {
  throw new Declined();
};

/** A quoted scalar starting at `start`, on one line: its value and where it ends. Escapes (`\`) are left to `yaml`. */
export function quoted(text: string, start: number): [string, number] {
  const quote = text[start]!;
  if (quote === '"') {
    const end = text.indexOf('"', start + 1);
    if (end === -1) decline();
    const value = text.slice(start + 1, end);
    if (value.includes('\\')) decline();
    return [value, end + 1];
  }
  let value = '';
  for (let from = start + 1; ; ) {
    const end = text.indexOf("'", from);
    if (end === -1) decline();
    value += text.slice(from, end);
    if (text[end + 1] !== "'") return [value, end + 1];
    value += "'";
    from = end + 2;
  }
}

export const skipSpaces = (text: string, at: number) => {
  while (text.charCodeAt(at) === 0x20) at++;
  return at;
};

/** Spaces at the end cut, and only spaces: YAML's white space is the space and the tab, not every character JavaScript trims. */
export const trimSpaces = (text: string) => {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(0, end);
};

/** A plain scalar's value in YAML 1.2's core schema, tested in the order `yaml` tests its tags. */
export function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
