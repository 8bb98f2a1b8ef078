import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../src/model/source.js';
import { FrontMatterEditor } from '../src/scaffold/edit.js';

/** An agenda as people write them: comments, keys in their own order, flow and block lists, quoting. */
const AGENDA = `---
# yaml-language-server: $schema=../../../schemas/agenda.schema.json
date: 2026-12-03   # torsdag
type: agenda
forum: direktorgruppen
status: 'draft'
purpose: "Beslutte: modell for #prosjektstyring"
items:
  # Faste saker først
  - { id: 1, title: Godkjenning av referat, kind: decide, approves: direktorgruppen/2026-10-29 }
  - kind: decide            # til beslutning
    id: "2"
    title: Strategisk prosjektstyring
    papers: [papers/02-modell.md]
    proposal: >-
      Direktørgruppen slutter seg
      til modellen.
  - id: 3
    title: Kunnskapsgrunnlag
    kind: decide
    papers:
      - papers/03-a.md   # første utkast
      - "papers/03-b.md"
  - id: 4
    title: Eventuelt
    kind: inform
---
Velkommen til møte i direktørgruppen.

## Sak 2: Strategisk prosjektstyring
`;

const edit = (f: (e: FrontMatterEditor) => void, text = AGENDA) => {
  const editor = new FrontMatterEditor(parseMarkdownFile('agenda.md', Buffer.from(text)));
  f(editor);
  return editor.toString();
};

/** The one place two texts differ: what was removed and what was inserted there. */
function difference(before: string, after: string): { at: number; removed: string; inserted: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { at: start, removed: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) };
}

describe('editing front matter in place', () => {
  it('appends to a flow list and leaves every other byte as it was', () => {
    const after = edit((e) => e.append(['items', 1, 'papers'], 'papers/02-vedlegg.md'));
    expect(difference(AGENDA, after)).toEqual({ at: AGENDA.indexOf(']', AGENDA.indexOf('02-modell')), removed: '', inserted: ', papers/02-vedlegg.md' });
  });

  it('appends to a block list with the same indentation, after its trailing comment', () => {
    const after = edit((e) => e.append(['items', 2, 'papers'], 'papers/03-c.md'));
    const at = AGENDA.indexOf('  - id: 4');
    expect(after).toBe(AGENDA.slice(0, at) + '      - papers/03-c.md\n' + AGENDA.slice(at));
    expect(after).toContain('      - "papers/03-b.md"\n      - papers/03-c.md\n  - id: 4');
  });

  it('adds a missing list to a block item as a new key line', () => {
    const after = edit((e) => e.append(['items', 3, 'papers'], 'papers/04-x.md'));
    expect(difference(AGENDA, after).inserted).toBe('    papers: [papers/04-x.md]\n');
    expect(after).toContain('    kind: inform\n    papers: [papers/04-x.md]\n---\n');
  });

  it('adds a missing list to a flow item inside its braces', () => {
    const after = edit((e) => e.append(['items', 0, 'papers'], 'papers/01 referat.md'));
    expect(difference(AGENDA, after).inserted).toBe(', papers: [papers/01 referat.md]');
  });

  it('replaces a scalar and keeps its trailing comment', () => {
    const after = edit((e) => e.set(['status'], 'sent').set(['date'], '2026-12-04'));
    expect(after).toContain("status: sent\n");
    expect(after).toContain('date: 2026-12-04   # torsdag\n');
    expect(after.replace('status: sent', "status: 'draft'").replace('2026-12-04', '2026-12-03')).toBe(AGENDA);
  });

  it('adds a missing top-level key after the last one, quoted where YAML needs it', () => {
    const after = edit((e) => e.set(['approved_at'], 'direktorgruppen/2027-01-14').setList(['sent_despite'], ['agenda/decide-without-papers']));
    expect(difference(AGENDA, after).inserted).toBe('approved_at: direktorgruppen/2027-01-14\nsent_despite: [agenda/decide-without-papers]\n');
  });

  it('writes values with YAML-special characters so that they read back the same', () => {
    const tricky = 'Mål: "bedre" samordning #1, [alle] {etater}';
    const after = edit((e) => e.set(['purpose'], tricky).append(['items', 1, 'papers'], tricky));
    const reread = parseMarkdownFile('agenda.md', Buffer.from(after)).data as { purpose: string; items: { papers: string[] }[] };
    expect(reread.purpose).toBe(tricky);
    expect(reread.items[1]!.papers.at(-1)).toBe(tricky);
  });

  it('fills an empty value', () => {
    const after = edit((e) => e.set(['purpose'], 'Beslutte modell'), AGENDA.replace(/purpose: .*\n/, 'purpose:\n'));
    expect(after).toContain('purpose: Beslutte modell\n');
  });

  it('works on CRLF files and front matter without a trailing newline before ---', () => {
    const crlf = AGENDA.replace(/\n/g, '\r\n');
    const after = edit((e) => e.set(['status'], 'sent'), crlf);
    expect(after).toBe(crlf.replace("status: 'draft'", 'status: sent'));
  });

  it('refuses a file whose front matter cannot be read', () => {
    expect(() => new FrontMatterEditor(parseMarkdownFile('a.md', Buffer.from('---\nitems: [\n---\n')))).toThrow(/no readable front matter/);
  });
});
