import { markdownTable } from 'markdown-table';
import stringWidth from 'string-width';

/** A register as rows of cells under a header: what every table, Markdown and CSV output of the registers prints. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}
/** A cell: text, a number, or nothing (printed empty). */
export type Cell = string | number | undefined;

const text = (cell: Cell): string => (cell === undefined ? '' : String(cell));

/**
 * The columns a text takes in a terminal. Text of printable Latin characters
 * (all of bokmål and nynorsk) takes one column a character, without asking
 * string-width, which costs more than the rest of a register of thousands of
 * rows; anything else (wide characters, emoji, combining marks) is measured.
 */
const width = (value: string): number => (/^[\x20-\x7e\xa0-\u02ff]*$/.test(value) ? value.length : stringWidth(value));

/**
 * A GitHub-flavoured Markdown table. Pipes and line breaks inside a cell would
 * break the row, so they are escaped and folded; widths count what a reader
 * sees (æøå and wide characters), so the source lines up too.
 */
export function toMarkdown(table: Table): string {
  const cell = (c: Cell) => text(c).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return `${markdownTable([table.header.map(cell), ...table.rows.map((row) => row.map(cell))], { stringLength: width })}\n`;
}

/**
 * Columns aligned for a terminal, two spaces apart, the header underlined
 * with dashes. A cell's line breaks are folded into one line: a register is
 * read a row at a time. `maxWidth` cuts long cells (decision texts) with `…`.
 */
export function toTerminal(table: Table, { maxWidth = 60 }: { maxWidth?: number } = {}): string {
  const fold = (c: Cell) => {
    const one = text(c).replace(/\s*\n\s*/g, ' ');
    return width(one) > maxWidth ? `${[...one].slice(0, maxWidth - 1).join('')}…` : one;
  };
  const rows = [table.header.map(fold), ...table.rows.map((row) => row.map(fold))];
  const widths = table.header.map((_, i) => rows.reduce((most, row) => Math.max(most, width(row[i] ?? '')), 0));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell + ' '.repeat(Math.max(0, widths[i]! - width(cell))))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n') + '\n';
}
