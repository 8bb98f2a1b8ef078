import { markdownTable } from 'markdown-table';
import stringWidth from 'string-width';

/** A register as rows of cells under a header: what every table, Markdown and CSV output of the registers prints. */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** The column that keeps the room on a narrow terminal (a decision's text): the others give way first. */
  readonly wide?: number;
  /** Columns never cut, however narrow the terminal: what a reader copies (an action's key). */
  readonly whole?: readonly number[];
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
const columnsOf = (value: string): number => (/^[\x20-\x7e\xa0-\u02ff]*$/.test(value) ? value.length : stringWidth(value));

/**
 * A GitHub-flavoured Markdown table. Pipes and line breaks inside a cell would
 * break the row, so they are escaped and folded; widths count what a reader
 * sees (æøå and wide characters), so the source lines up too.
 */
export function toMarkdown(table: Table): string {
  const cell = (c: Cell) => text(c).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return `${markdownTable([table.header.map(cell), ...table.rows.map((row) => row.map(cell))], { stringLength: columnsOf })}\n`;
}

/**
 * Columns aligned for a terminal, two spaces apart, the header underlined
 * with dashes. A cell's line breaks are folded into one line: a register is
 * read a row at a time. No column is wider than `maxWidth`; given the
 * terminal's `width`, the widest columns give way, down to `minWidth` each,
 * until a row fits it, and a cut cell ends with `…`.
 */
export function toTerminal(given: Table, { maxWidth = 60, width, minWidth = 10 }: { maxWidth?: number; width?: number; minWidth?: number } = {}): string {
  // On a terminal, a column with nothing in it (no action closed yet) gives its room to the others.
  const table = width === undefined ? given : withoutEmptyColumns(given);
  const folded = [table.header, ...table.rows].map((row) => row.map((c) => text(c).replace(/\s*\n\s*/g, ' ')));
  const widths = table.header.map((_, i) => Math.min(maxWidth, folded.reduce((most, row) => Math.max(most, columnsOf(row[i] ?? '')), 0)));
  if (width !== undefined) {
    const gaps = 2 * (widths.length - 1);
    let total = widths.reduce((a, b) => a + b, 0) + gaps;
    /** Narrow the widest of these columns, one character at a time, down to `floor`, until the row fits. */
    const narrow = (columns: number[], floor: number) => {
      while (total > width && columns.length > 0) {
        const widest = columns.reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
        if (widths[widest]! <= floor) break;
        widths[widest]!--;
        total--;
      }
    };
    // The others give way first, then the wide column to a readable width, then all of them to `minWidth`.
    const others = widths.map((_, i) => i).filter((i) => i !== table.wide && !table.whole?.includes(i));
    const wide = table.wide === undefined ? [] : [table.wide];
    narrow(others, Math.max(minWidth, 16));
    narrow(wide, Math.max(minWidth, 32));
    narrow(others, minWidth);
    narrow(wide, minWidth);
    // Still too wide (a key kept whole beside many columns): the text before the dates and ids.
    narrow(wide, 6);
    narrow(others, 6);
  }
  const cut = (cell: string, w: number) => (columnsOf(cell) > w ? `${[...cell].slice(0, w - 1).join('')}…` : cell);
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const shown = cut(cell, widths[i]!);
        return shown + ' '.repeat(Math.max(0, widths[i]! - columnsOf(shown)));
      })
      .join('  ')
      .trimEnd();
  return [line(folded[0]!), line(widths.map((w) => '-'.repeat(w))), ...folded.slice(1).map(line)].join('\n') + '\n';
}

/** The table without the columns that hold nothing in any row; `wide` and `whole` follow their columns. */
function withoutEmptyColumns(table: Table): Table {
  if (table.rows.length === 0) return table;
  const kept = table.header.map((_, i) => i).filter((i) => table.rows.some((row) => text(row[i]) !== ''));
  if (kept.length === table.header.length) return table;
  const at = (i: number | undefined) => (i === undefined || !kept.includes(i) ? undefined : kept.indexOf(i));
  return {
    header: kept.map((i) => table.header[i]!),
    rows: table.rows.map((row) => kept.map((i) => row[i])),
    wide: at(table.wide),
    whole: table.whole?.map(at).filter((i) => i !== undefined),
  };
}
