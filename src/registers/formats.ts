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

/** A register's output in a format: its JSON as it is documented, or its table written as asked. */
export async function writeRegister(format: RegisterFormat, json: () => unknown, table: () => Table): Promise<string> {
  if (format === 'json') return `${JSON.stringify(json(), null, 2)}\n`;
  const write = (await registerFormats.load(format)) as (table: Table) => string;
  return write(table());
}
