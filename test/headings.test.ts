import { describe, expect, it } from 'vitest';
import { scanAtxHeadings } from '../src/model/headings.js';
import { parseHeadings } from '../src/model/markdown.js';
import { SourceFile } from '../src/model/source.js';

const parsed = (text: string) => parseHeadings(new SourceFile('paper.md', text, { yamlStart: 0, bodyStart: 0 }));
const texts = (headings: readonly { text: string; depth: number; line: number }[] | undefined) => headings?.map((h) => `${h.depth}:${h.line}:${h.text}`);

describe('the line scan for ATX headings', () => {
  const samples = [
    '# Tittel\n\nTekst.\n\n## Anbefaling\n\nVi anbefaler tiltak 2.\n\n## Forslag til vedtak ##\n\nForumet slutter seg til.\n',
    'Tekst\n## Rett etter et avsnitt\n   ### Tre mellomrom\n    #### Fire mellomrom er kode\n#Uten mellomrom\n#\n',
    '| a | b |\n|---|---|\n| 1 | 2 |\n## Etter tabell\n- punkt\n## Etter liste\r\n',
  ];
  it.each(samples)('finds exactly the headings remark finds in simple text (%#)', (text) => {
    expect(texts(scanAtxHeadings(text))).toEqual(texts(parsed(text)));
  });

  it('never reports a heading remark would not: it gives up on fences, HTML and front matter', () => {
    for (const text of ['```\n## Ikke en overskrift\n```\n', '~~~\n## Ikke\n~~~\n', '<div>\n## Ikke\n</div>\n', '---\n# en YAML-kommentar\n---\n']) {
      expect(scanAtxHeadings(text)).toBeUndefined();
    }
  });

  it('misses setext headings, which is why a negative answer is checked with remark', () => {
    const text = 'Anbefaling\n==========\n';
    expect(scanAtxHeadings(text)).toEqual([]);
    expect(texts(parsed(text))).toEqual(['1:1:Anbefaling']);
  });

  it('remark sees headings nested in block quotes and lists', () => {
    expect(texts(parsed('> ## Anbefaling\n\n- ## Forslag til vedtak\n'))).toEqual(['2:1:Anbefaling', '2:3:Forslag til vedtak']);
  });
});
