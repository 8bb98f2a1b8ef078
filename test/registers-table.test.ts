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

describe('register tables on a terminal', () => {
  const table = {
    header: ['Key', 'Text', 'Who'],
    rows: [['radet/2026-03-05#1.1', 'Et langt vedtak som ikke får plass på en smal terminal i det hele tatt', 'Direktoratet for høyere utdanning']],
    wide: 1,
    whole: [0],
  };
  it('fits the width: the others give way first, the wide column keeps room, a whole column is never cut', () => {
    const lines = toTerminal(table, { width: 72 }).trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(72);
    // 20 + 60 + 33 + 4 gaps = 117: Who gives way to 16 (100), then Text to 32 (72), and the key stays whole.
    expect(lines[2]).toBe('radet/2026-03-05#1.1  Et langt vedtak som ikke får pl…  Direktoratet fo…');
  });
  it('keeps a row as long as it is without a width (a pipe, a file)', () => {
    expect(toTerminal(table).split('\n')[2]).toContain('Direktoratet for høyere utdanning');
  });
});

describe('register tables on a narrow terminal', () => {
  it('leaves out a column that is empty in every row, only on a terminal', () => {
    const table = { header: ['Key', 'Closed', 'Text'], rows: [['a#1.1', undefined, 'Tekst']], wide: 2, whole: [0] };
    expect(toTerminal(table, { width: 80 }).split('\n')[0]).toBe('Key    Text');
    expect(toTerminal(table).split('\n')[0]).toBe('Key    Closed  Text');
  });
});
