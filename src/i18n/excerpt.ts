/**
 * A value from a repository, as a message may quote it: at most `max`
 * characters, with control characters written as escapes, and never by
 * calling a method of the value — front matter is anyone's to write
 * (`{ toString: 1 }`, a 10 MB title, an ESC byte that retitles a terminal).
 */
export function excerpt(value: unknown, max = 120): string {
  const text = typeof value === 'string' ? value : describe(value, max);
  const escaped = escapeControls(text.length > max * 2 ? text.slice(0, max * 2) : text);
  return escaped.length > max ? escaped.slice(0, max - 1) + '…' : escaped;
}

/** Control characters (C0, DEL, C1, bidi overrides) written as `\n`, `\u001b` and the like. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Plain data as JSON-like text, cut off once it is longer than `max`; cycles shown as `…`. */
function describe(value: unknown, max: number): string {
  let out = '';
  const seen = new Set<object>();
  const write = (node: unknown): void => {
    if (out.length > max) return;
    if (node === null || typeof node !== 'object') {
      out += typeof node === 'string' ? JSON.stringify(node.length > max ? node.slice(0, max) : node) : typeof node === 'bigint' || typeof node === 'symbol' || typeof node === 'function' ? typeof node : String(node);
      return;
    }
    if (seen.has(node)) {
      out += '…';
      return;
    }
    seen.add(node);
    if (Array.isArray(node)) {
      out += '[';
      node.forEach((entry, i) => {
        if (i > 0) out += ', ';
        write(entry);
      });
      out += ']';
    } else {
      out += '{';
      Object.keys(node).forEach((key, i) => {
        if (i > 0) out += ', ';
        out += `${key}: `;
        write((node as Record<string, unknown>)[key]);
      });
      out += '}';
    }
    seen.delete(node);
  };
  write(value);
  return out;
}
