import { stringify } from 'csv-stringify/sync';
import type { Table } from './table.js';

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted where they
 * must be. It starts with a UTF-8 byte order mark because Excel, which most
 * secretariats open a register in, reads a CSV without one in the system's
 * legacy code page and turns `æøå` into `Ã¦Ã¸Ã¥`; LibreOffice, Numbers and
 * every CSV library read past the mark.
 */
export function toCsv(table: Table): string {
  return stringify([[...table.header], ...table.rows.map((row) => row.map((c) => (c === undefined ? '' : c)))], {
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify quotes a field with the record delimiter (CRLF) in it, not one with a bare LF, which a spreadsheet would still split on.
    quoted_match: /[\r\n]/,
  });
}
