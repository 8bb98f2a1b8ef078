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
