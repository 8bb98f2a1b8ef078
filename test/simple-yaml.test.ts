import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readSimpleYaml } from '../src/model/simple-yaml.js';
import { parseMarkdownFile, parseYamlFile, SourceFile } from '../src/model/source.js';

/**
 * The simple reader (src/model/simple-yaml.ts) must give what `yaml` gives,
 * or decline. Held here against `yaml` itself, parsing as etat does: every
 * front matter and YAML file of the repository, hand-written edge cases, and
 * texts fast-check writes from pieces that are YAML's hard cases. Whenever the
 * reader answers, `yaml` must parse the text without an error, to equal data
 * (-0 and 0 told apart).
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** More, locally: `ETAT_YAML_RUNS=500000 ETAT_FUZZ_SEED=7 npx vitest run --project etat test/simple-yaml.test.ts`. */
const RUNS = Number(process.env.ETAT_YAML_RUNS ?? 6000);
const SEED = Number(process.env.ETAT_FUZZ_SEED ?? 20261124);
const OPTIONS = { uniqueKeys: true, merge: true, prettyErrors: false, logLevel: 'error' } as const;

/** How many places the reader gave itself, without the document: the comparison of places is worth something only if it is many. */
let placesKnown = 0;

function agrees(text: string): boolean {
  const simple = readSimpleYaml(text);
  if (simple === undefined) return false;
  const doc = parseDocument(text, OPTIONS);
  expect(doc.errors, JSON.stringify(text)).toEqual([]);
  expect(simple.data, JSON.stringify(text)).toStrictEqual(doc.toJS({ maxAliasCount: 1000 }));
  // Every place is the one the document gives, for every path into the data and a step beyond, as a key and as a value.
  const bySimple = new SourceFile('x.yml', text, { doc: () => parseDocument(text, OPTIONS), simple, data: simple.data, yamlStart: 0, bodyStart: text.length });
  const byDoc = new SourceFile('x.yml', text, { doc, data: simple.data, yamlStart: 0, bodyStart: text.length });
  for (const path of pathsOf(simple.data)) {
    for (const target of ['value', 'key'] as const) {
      if (simple.range(path, target) !== undefined) placesKnown++;
      expect(bySimple.locate(path, target), `${JSON.stringify(text)} ${JSON.stringify(path)} ${target}`).toEqual(byDoc.locate(path, target));
      expect(bySimple.has(path), `${JSON.stringify(text)} ${JSON.stringify(path)}`).toBe(byDoc.has(path));
    }
  }
  return true;
}

/** Every path into data, and for each collection a key and an index it does not have, and a step past each scalar. */
function pathsOf(data: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(data)) {
    data.forEach((item, index) => out.push(...pathsOf(item, [...prefix, index])));
    out.push([...prefix, data.length], [...prefix, 'x'], [...prefix, '0']);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) out.push(...pathsOf(value, [...prefix, key]));
    out.push([...prefix, 'missing'], [...prefix, 0]);
  } else if (prefix.length > 0) out.push([...prefix, 'beyond']);
  return out;
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)(?<=\n)(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/;

async function filesUnder(dir: string, ends: RegExp): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && ends.test(e.name)).map((e) => join(e.parentPath, e.name));
}

describe('the simple YAML reader', () => {
  it('reads the front matter and YAML files of the repository as yaml does, and most of them', async () => {
    const files = [
      ...(await filesUnder('test/fixtures', /\.(md|ya?ml)$/)),
      ...(await filesUnder('examples', /\.(md|ya?ml)$/)),
      ...(await filesUnder('templates', /\.(md|ya?ml)$/)),
    ];
    let texts = 0;
    let read = 0;
    for (const file of files) {
      const content = await readFile(file, 'utf8');
      const yaml = /\.ya?ml$/.test(file) ? content : FRONT_MATTER.exec(content)?.[1];
      if (yaml === undefined) continue;
      texts++;
      if (agrees(yaml)) read++;
    }
    expect(texts).toBeGreaterThan(300);
    // Most real front matter is plain: the reader is worth having only if it reads it.
    expect(read / texts).toBeGreaterThan(0.8);
  });

  it.each([
    ['scalars of every type', 'a: ~\nb: null\nc: Null\nd: NULL\ne: nULL\nf: true\ng: True\nh: TRUE\ni: tRUE\nj: false\nk: 0o17\nl: 0o8\nm: 0x1F\nn: 0X1F\no: +5\np: +0\nq: 007\nr: 1e3\ns: 1E-3\nt: .5\nu: 5.\nv: .inf\nw: +.INF\nx: .NaN\ny: .nAn\nz: 1_000\n'],
    ['strings that look like other things', 'a: 2026-11-24\nb: 10:00\nc: 1:2:3\nd: yes\ne: on\nf: a:b\ng: https://example.org/a#b\nh: C#\ni: 12e\nj: 0b101\nk: "1"\nl: \'true\'\n'],
    ['comments and blank lines anywhere', '# top\na: 1 # one\n\n   # deep\nb:\n# shallow\n  - x # item\n\n  - y\nc: "#" # quoted hash\n'],
    ['quoted scalars', 'a: "it\'s"\nb: \'it\'\'s\'\nc: ""\nd: \'\'\ne: "a # b"\nf: \'[x]\'\n'],
    ['flow collections', 'a: []\nb: {}\nc: [x, "y,z", \'w\', 1, true, ~]\nd: { what: Følge opp vedtaket, owner: nav, due: 2000-01-03, done: true }\ne: [ a b , c ]\nf: [[x], {y: [z]}]\ng: { action: f/2026-06-11#3.1, papers: [p.md] }\n'],
    ['sequences of mappings, compact and indented', 'items:\n  - id: "1"\n    title: A\n    papers: [p.md]\n  - id: "2"\n    actions:\n      - { what: x }\n    more:\n    - a\n    -\n    - b\nlast:\n- 1\n-   2\n'],
    ['keys that are only just keys', 'a-b: 1\n_c: 2\nd_e-f9: 3\nyes: 4\ny: 5\nNaN: 6\ninf: 7\n'],
    ['non-ASCII text', 'tittel: Årsrapport – ærlig øl\nb: \u00a0starts with a no-break space\nc: ends with one\u00a0\nd: 𝔘nicode\n'],
  ])('agrees with yaml on %s', (_name, text) => {
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['a tab', 'a:\t1\n'],
    ['a carriage return', 'a: 1\r\nb: 2\r\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: { x: 1 }\n<<: { y: 2 }\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['a multi-line flow sequence', 'a: [x,\n  y]\n'],
    ['an escape', 'a: "\\u00e6"\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key in a flow mapping', 'a: { b: 1, b: 2 }\n'],
    ['a null key', 'null: 1\n'],
    ['a boolean key', 'True: 1\n'],
    ['a quoted key', '"a": 1\n'],
    ['a number as a key', '1: a\n'],
    ['__proto__', '__proto__: 1\n'],
    ['a value with a mapping in it', 'a: b: c\n'],
    ['a value ending in a colon', 'a: b:\n'],
    ['a comment without a space', 'a: "b"#c\n'],
    ['a trailing comma', 'a: [x, ]\n'],
    ['an empty flow entry', 'a: [x, , y]\n'],
    ['flow collections nested deeply', `a: ${'['.repeat(12)}x${']'.repeat(12)}\n`],
    ['a sequence at the top', '- a\n- b\n'],
    ['a scalar at the top', 'just text\n'],
    ['nothing but comments', '# only\n'],
    ['an indented first key', '  a: 1\n'],
    ['a sequence in a sequence', 'a:\n  - - x\n'],
    ['a dash after a value', 'a: 1\n- b\n'],
    ['a wrongly indented key', 'a:\n  b: 1\n c: 2\n'],
    ['a key without a space after its colon', 'a:b: 1\n'],
    ['a document marker', '---\na: 1\n'],
    ['a line separator', 'a: b\u2028c\n'],
    ['a byte order mark', 'a: \ufeffb\n'],
    ['a control character', 'a: b\u0007\n'],
    ['a very long key', `${'k'.repeat(1100)}: 1\n`],
  ])('declines %s', (_name, text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  it('agrees with yaml, or declines, on texts made of the hard cases', () => {
    const key = fc.constantFrom('a', 'b', 'id', 'papers', 'agenda/paper-late', 'a.b', 'null', 'True', 'yes', '__proto__', '<<', '"q"', 'a b', 'a-b', '1', '-x', '?x', 'x:y', '');
    // Plain values, most of them, so that most texts are read; and the hard cases.
    const plain = fc.constantFrom('x', 'Årsrapport 2026', 'papers/01-sak.md', '3', '"1"', "'a'", '[a.md, b.md]', '{ what: Følge opp, done: true }', '2026-11-24', 'ja nei');
    const hard = fc.constantFrom(
      '', '~', 'null', 'NULL', 'nULL', 'true', 'tRUE', 'FALSE', '0o17', '0o8', '0x1F', '+5', '-0', '-5', '007', '1e3', '.5', '5.', '.inf', '-.Inf', '.NaN', '1_000',
      '10:00', '2026-11-24', 'a: b', 'a:', 'a:b', 'a #b', 'a#b', 'C#', 'f/2026-06-11#3.1', '"q"', "'it''s'", '"a\\"b"', '"a', "'a", '[a, b]', '[a, "b,c"]', '{a: 1, b: x}',
      '{a: 1, a: 2}', '{a: [x, y], b: {c: d}}', '[a,]', '[]', '{}', '[a', '[a #b]', '[a#b]', '- x', '-x', '&a x', '*a', '!t x', '|', '>-', 'æøå', 'a\u00a0', '\u00a0a', '@x', '`x',
      '%x', 'a ', '# c', 'x # c', '[x] # c', '[x]y', 'Sak om "ting"', "it's",
    );
    const scalar = fc.oneof({ arbitrary: plain, weight: 2 }, { arbitrary: hard, weight: 1 });
    type Tree = { kind: 'scalar'; text: string } | { kind: 'map'; pairs: [string, Tree][] } | { kind: 'seq'; items: Tree[] };
    const { tree } = fc.letrec<{ tree: Tree; map: Tree; seq: Tree }>((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar.map((text): Tree => ({ kind: 'scalar', text })), tie('map'), tie('seq')),
      map: fc.array(fc.tuple(key, tie('tree')), { minLength: 1, maxLength: 4 }).map((pairs): Tree => ({ kind: 'map', pairs })),
      seq: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((items): Tree => ({ kind: 'seq', items })),
    }));
    /** Lines of a tree at an indentation; `step` is how much deeper a block goes; `compact` puts a sequence under a key at the key's indentation. */
    const render = (node: Tree, indent: number, step: number, compact: boolean): string[] => {
      const pad = ' '.repeat(indent);
      if (node.kind === 'scalar') return [pad + node.text];
      if (node.kind === 'map') {
        return node.pairs.flatMap(([k, v]) =>
          v.kind === 'scalar' ? [`${pad}${k}: ${v.text}`] : [`${pad}${k}:`, ...render(v, v.kind === 'seq' && compact ? indent : indent + step, step, compact)],
        );
      }
      return node.items.flatMap((item) => {
        if (item.kind === 'scalar') return [`${pad}- ${item.text}`];
        if (item.kind === 'seq') return [`${pad}-`, ...render(item, indent + step, step, compact)];
        const [first, ...rest] = render(item, indent + 2, step, compact);
        return [`${pad}- ${first!.slice(indent + 2)}`, ...rest];
      });
    };
    const mutation = fc.constantFrom('none', 'none', 'indent+', 'indent-', 'comment', 'blank', 'tab', 'dash');
    let answered = 0;
    fc.assert(
      fc.property(tree, fc.constantFrom(2, 4, 1), fc.boolean(), mutation, fc.nat(), (root, step, compact, mutate, at) => {
        const lines = render(root.kind === 'scalar' ? { kind: 'map', pairs: [['a', root]] } : root, 0, step, compact);
        const i = at % lines.length;
        if (mutate === 'indent+') lines[i] = ' ' + lines[i]!;
        if (mutate === 'indent-') lines[i] = lines[i]!.replace(/^ /, '');
        if (mutate === 'comment') lines.splice(i, 0, ' '.repeat(at % 5) + '# note');
        if (mutate === 'blank') lines.splice(i, 0, '');
        if (mutate === 'tab') lines[i] = lines[i]!.replace(/ /, '\t');
        if (mutate === 'dash') lines[i] = '- ' + lines[i]!;
        if (agrees(lines.join('\n') + '\n')) answered++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The property is worth something only if the reader answers often, and knows places itself.
    expect(answered).toBeGreaterThan(RUNS / 6);
    expect(placesKnown).toBeGreaterThan(RUNS);
  });
});

describe('files read by the simple reader', () => {
  const agenda = '---\ntype: agenda\nforum: f\nitems:\n  - id: "1"\n    papers: [a.md]\n  - id: "2"\n---\nBody\n';

  it('parse their document only when it is asked for, to the same places', () => {
    const file = parseMarkdownFile('meetings/f/2026-11-24/agenda.md', Buffer.from(agenda));
    expect(file.data).toEqual({ type: 'agenda', forum: 'f', items: [{ id: '1', papers: ['a.md'] }, { id: '2' }] });
    expect(file.locate(['items', 0, 'papers', 0])).toEqual({ line: 6, column: 14, endLine: 6, endColumn: 18 });
    expect(file.locate(['items', 1, 'id'], 'key')).toEqual({ line: 7, column: 5, endLine: 7, endColumn: 7 });
    expect(file.doc?.errors).toEqual([]);
  });

  it('say which paths they have as the document does', () => {
    const file = parseMarkdownFile('agenda.md', Buffer.from(agenda.replace('forum: f', 'forum:')));
    const full = parseDocument(agenda.replace('forum: f', 'forum:').split('---\n')[1]!, OPTIONS);
    const paths: (string | number)[][] = [[], ['forum'], ['type'], ['nothing'], ['items', 0], ['items', '1'], ['items', 2], ['items', -1], ['items', 1.5], ['items', 0, 'papers', 0], ['items', 0, 'id', 'x'], ['forum', 'x'], [0], ['items', 'id']];
    for (const path of paths) expect(file.has(path), JSON.stringify(path)).toBe(full.hasIn(path));
  });

  it('an etat.yml too', () => {
    const file = parseYamlFile('etat.yml', Buffer.from('language: nb\nfora:\n  a: { name: A }\n'));
    expect(file.data).toEqual({ language: 'nb', fora: { a: { name: 'A' } } });
    expect(file.locate(['fora', 'a', 'name'])).toEqual({ line: 3, column: 14, endLine: 3, endColumn: 15 });
  });
});
