import type { Heading } from './types.js';

/** Lines a scan cannot see past: code fences, HTML blocks, and front matter (`#` is a YAML comment there). */
const UNSAFE = /^ {0,3}(?:```|~~~|<)|^---[ \t]*\r?$/m;
const ATX = /^( {0,3})(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*\r?$/;

/**
 * ATX headings (`## Anbefaling`) by a scan of the lines, with no Markdown parse.
 * Outside fences, HTML blocks and front matter, a line of up to three spaces, one
 * to six `#` and a space is a heading in CommonMark wherever it stands, so what
 * this finds is always a heading; it does not see setext headings or headings in
 * block quotes. Returns `undefined` when the text has constructs it cannot see past.
 */
export function scanAtxHeadings(text: string): Heading[] | undefined {
  if (UNSAFE.test(text)) return undefined;
  const headings: Heading[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('#')) continue;
    const match = ATX.exec(line);
    if (!match) continue;
    headings.push({
      depth: match[2]!.length,
      text: match[3] ?? '',
      line: i + 1,
      column: match[1]!.length + 1,
      endLine: i + 1,
      endColumn: line.replace(/\r$/, '').length + 1,
    });
  }
  return headings;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*\r?$/;
/** Lines that cannot be the text of a setext heading: they start a block of their own. */
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+] |\d{1,9}[.)] |>|#|<|`{3}|~{3})|^(?: {4}|\t)|^[ \t]*\r?$/;

/**
 * Every heading a line scan can find, for papers too large to parse: ATX
 * headings outside fenced code and front matter, and setext headings (a line
 * of text underlined with `===` or `---`). Unlike `scanAtxHeadings` it always
 * answers, and may be wrong where CommonMark's containers and HTML blocks
 * change what a line means — which a paper of this size is trusted not to
 * depend on.
 */
export function scanHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  const lines = text.split('\n');
  let start = 0;
  // Front matter: `---` on the first line, to the next `---` or `...`.
  if (/^---[ \t]*\r?$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*\r?$/.test(line));
    if (end > 0) start = end + 1;
  }
  let fence: string | undefined;
  let paragraph = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const opening = FENCE.exec(line);
    if (fence !== undefined) {
      if (opening && opening[1]![0] === fence[0] && opening[1]!.length >= fence.length && /^[`~]+[ \t]*\r?$/.test(line.trim())) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening[1]!;
      paragraph = false;
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext && paragraph) {
      const previous = lines[i - 1]!;
      const indent = /^ */.exec(previous)![0].length;
      headings.push({ depth: setext[1]![0] === '=' ? 1 : 2, text: previous.trim(), line: i, column: indent + 1, endLine: i + 1, endColumn: line.replace(/\r$/, '').length + 1 });
      paragraph = false;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      headings.push({ depth: atx[2]!.length, text: atx[3] ?? '', line: i + 1, column: atx[1]!.length + 1, endLine: i + 1, endColumn: line.replace(/\r$/, '').length + 1 });
      paragraph = false;
      continue;
    }
    paragraph = !NOT_PARAGRAPH.test(line);
  }
  return headings;
}
