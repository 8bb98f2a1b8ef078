import { defineFormats } from '../report/formats.js';
import type { Table } from './table.js';

/**
 * The formats every register prints in: a terminal table (the default), a
 * Markdown table, JSON (the register's own documented shape) and CSV. A
 * register gives its data and its table; the writers are loaded only for the
 * format asked for.
 */
export const registerFormats = defineFormats(['table', 'markdown', 'json', 'csv'] as const, {
  table: async () => (await import('./table.js')).toTerminal,
  markdown: async () => (await import('./table.js')).toMarkdown,
  json: async () => undefined,
  csv: async () => (await import('./csv.js')).toCsv,
});
export type RegisterFormat = (typeof registerFormats.list)[number];

/** Where a register is written: a terminal's width, when it is one, for the table to fit. */
export interface RegisterOutput {
  isTTY?: boolean;
  columns?: number;
}

/** A register's output in a format: its JSON as it is documented, or its table written as asked (on a terminal, as wide as it is). */
export async function writeRegister(format: RegisterFormat, json: () => unknown, table: () => Table, output: RegisterOutput = {}): Promise<string> {
  if (format === 'json') return `${JSON.stringify(json(), null, 2)}\n`;
  if (format === 'table') {
    const { toTerminal } = await import('./table.js');
    return toTerminal(table(), { width: output.isTTY === true ? output.columns : undefined });
  }
  const write = (await registerFormats.load(format)) as (table: Table) => string;
  return write(table());
}
