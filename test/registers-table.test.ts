import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/registers/csv.js';
import { toMarkdown, toTerminal } from '../src/registers/table.js';

const table = { header: ['Forum', 'Vedtak'], rows: [['Direktørgruppen', 'Ja | nei\nkanskje'], ['Sekretariatet', undefined]] };

describe('register tables', () => {
  it('writes CSV with a byte order mark, CRLF and quoted fields', () => {
    const csv = toCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual(['Forum,Vedtak', 'Direktørgruppen,"Ja | nei\nkanskje"', 'Sekretariatet,', '']);
  });
  it('escapes pipes and folds line breaks in Markdown', () => {
    const lines = toMarkdown(table).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('Ja \\| nei kanskje');
  });
  it('aligns terminal columns by what a reader sees', () => {
    const lines = toTerminal(table).trimEnd().split('\n');
    expect(lines[0]).toBe('Forum            Vedtak');
    expect(lines[1]).toBe('---------------  ----------------');
    expect(lines[2]).toBe('Direktørgruppen  Ja | nei kanskje');
    expect(lines[3]).toBe('Sekretariatet');
  });
  it('cuts a long cell with an ellipsis', () => {
    const lines = toTerminal({ header: ['A'], rows: [['abcdefghij']] }, { maxWidth: 5 }).trimEnd().split('\n');
    expect(lines[2]).toBe('abcd…');
  });
});
