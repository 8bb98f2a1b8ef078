// A reader of the plain YAML most front matter is written in, for speed: the
// `yaml` package builds a document of nodes (with every place, for findings)
// through a lexer, a parser and a composer, and in a short-lived process,
// before the JIT has warmed up, that costs some milliseconds a file — most of
// a check of a long-lived repository. What this reads it reads to the same
// data as `yaml` (YAML 1.2, core schema, unique keys), and it knows where each
// key, scalar and flow collection is, so that a finding is placed without
// `yaml`, which parses the document only for a place this does not know (a
// block collection's) or an edit (`SourceFile.doc`). What it does not read —
// anything outside the plain subset below — it leaves to `yaml`, by returning
// undefined. It never decides a question of YAML: in doubt, it declines.
// test/simple-yaml.test.ts holds it to `yaml`'s data and places.
//
// The subset: lines indented with spaces; block mappings of plain keys (a
// letter or `_`, then letters, digits and `_-./`; not a null or a boolean);
// block sequences, a mapping's first pair on the dash's line; values on one
// line: plain scalars, quoted scalars without escapes, and flow sequences and
// mappings of these; comments. Not: tabs, carriage returns, control
// or special characters, anchors, aliases, tags, block scalars, multi-line
// scalars or flow collections, complex or duplicate keys, `<<`.

import { decline, Declined, quoted, resolvePlain, skipSpaces, trimSpaces } from './simple-yaml-scalars.js';

/** A character outside the subset: controls (tab and carriage return too), DEL and C1, the line and paragraph separators, the byte order mark, non-characters. */
const UNREAD_CHARACTER = /[^\n\x20-\x7E\u00A0-\u2027\u202A-\uFEFE\uFF00-\uFFFD]/;
/** A block mapping's key, then `:` and a space or the end of the line (a key of YAML's implicit kind is short). */
const KEY = /^([A-Za-z_][A-Za-z0-9_./-]{0,127}):(?: +|$)/;
/** A flow mapping's key, then `:` and a space. */
const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_./-]{0,127}): +/;
/** Keys the core schema reads as other than a string, and one that is not an own key of a plain object. */
const NOT_A_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
/** What may follow a value on its line: nothing, or a comment after a space. */
const LINE_END = /^(?: *| +#.*)$/;
/** Characters that may not start a plain scalar here (some may, before a non-space, but that is left to `yaml`). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** What ends a plain scalar in a flow collection, or is left to `yaml` there. */
const FLOW_PLAIN = /^[^,[\]{}:"']*/;

interface Line {
  indent: number;
  text: string;
  /** Where `text` starts in the YAML text. */
  start: number;
}

/** Offsets in the YAML text, from and to, as a `yaml` node's range gives them. */
export type Span = readonly [number, number];

/** Where the pairs of a mapping are (key and value), or the items of a sequence; undefined where not known here (a block collection). */
type Spots = Map<string, { key: Span; value: Span | undefined }> | (Span | undefined)[];

/**
 * Plain YAML read: its data, and where its keys and values are, as far as
 * this reader knows (scalars and flow collections; not block collections).
 */
export class SimpleYaml {
  /** Where each collection's keys and items are: read again from the text when first asked (most files are never asked). */
  #spots: { data: unknown; spots: WeakMap<object, Spots> } | undefined;

  constructor(
    readonly data: Record<string, unknown>,
    private readonly yaml: string,
  ) {}

  /**
   * The span `rangeAt` in source-file.ts finds in the document for `path`,
   * or undefined when the answer is a span this reader does not know: the
   * document must be asked.
   */
  range(path: readonly (string | number)[], target: 'value' | 'key'): Span | undefined {
    // Read again, recording places: the same text gives the same data, and the data the reader gave may since have been changed.
    this.#spots ??= placesOf(linesOf(this.yaml));
    const { spots: places } = this.#spots;
    let node: unknown = this.#spots.data;
    // The whole mapping's span is not known here.
    let best: Span | undefined;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      const spots = node !== null && typeof node === 'object' ? places.get(node) : undefined;
      if (spots instanceof Map) {
        const pair = spots.get(String(segment));
        if (!pair) return best;
        // An empty value (`purpose:`) has no width: its key is the better place.
        const valueEmpty = pair.value !== undefined && pair.value[0] === pair.value[1];
        if (last) return target === 'key' || valueEmpty ? pair.key : pair.value;
        node = (node as Record<string, unknown>)[String(segment)];
        best = valueEmpty ? pair.key : pair.value;
      } else if (Array.isArray(spots) && /^\d+$/.test(String(segment))) {
        const index = Number(segment);
        if (index >= spots.length) return best;
        node = (node as unknown[])[index];
        best = spots[index];
      } else return best;
    }
    return best;
  }
}

/**
 * Plain YAML text read as `yaml` would read it; undefined when the text is
 * outside the subset this reads (or is not a mapping), for `yaml` to read.
 */
export function readSimpleYaml(yaml: string): SimpleYaml | undefined {
  if (UNREAD_CHARACTER.test(yaml)) return undefined;
  const lines = linesOf(yaml);
  if (lines.length === 0 || lines[0]!.indent !== 0 || isDash(lines[0]!.text)) return undefined;
  try {
    // Without places: they cost half the reading, and are wanted only for a finding.
    const reader = new Reader(lines, undefined);
    const data = reader.map(0, undefined);
    return reader.at === lines.length ? new SimpleYaml(data, yaml) : undefined;
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

/** The lines that hold something: blank lines and comments stand anywhere, at any indentation. */
function linesOf(yaml: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of yaml.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 0x20) indent++;
    if (indent !== raw.length && raw.charCodeAt(indent) !== 0x23) lines.push({ indent, text: raw.slice(indent), start: offset + indent });
    offset += raw.length + 1;
  }
  return lines;
}

/** The lines read again, recording where each key and item is: they were read once, so they read the same way. */
function placesOf(lines: readonly Line[]): { data: unknown; spots: WeakMap<object, Spots> } {
  const spots = new WeakMap<object, Spots>();
  return { data: new Reader(lines, spots).map(0, undefined), spots };
}

const isDash = (text: string) => text.charCodeAt(0) === 0x2d && (text.length === 1 || text.charCodeAt(1) === 0x20);

class Reader {
  at = 0;
  constructor(
    private readonly lines: readonly Line[],
    /** Where the places of each collection go, when they are wanted. */
    private readonly spots: WeakMap<object, Spots> | undefined,
  ) {}

  /** A block node whose first line is the next, at `indent`. */
  private block(indent: number): unknown {
    return isDash(this.lines[this.at]!.text) ? this.seq(indent) : this.map(indent, undefined);
  }

  /** What a key with nothing after it on its line holds: the block below it, a sequence at its own indentation, or null (of no width, at `at`). */
  private below(indent: number, at: number): [unknown, Span | undefined] {
    const next = this.lines[this.at];
    if (next && next.indent > indent) return [this.block(next.indent), undefined];
    if (next && next.indent === indent && isDash(next.text)) return [this.seq(indent), undefined];
    return [null, [at, at]];
  }

  /** A block mapping at `indent`; `first` is its first pair when it is on a sequence's dash line (with where it starts). */
  map(indent: number, first: Line | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const spots = this.spots && new Map<string, { key: Span; value: Span | undefined }>();
    if (spots) this.spots!.set(out, spots);
    let line = first ?? this.lines[this.at]!;
    for (;;) {
      const key = KEY.exec(line.text) ?? decline();
      const name = key[1]!;
      if (NOT_A_KEY.test(name) || Object.hasOwn(out, name)) decline();
      const rest = line.text.slice(key[0].length);
      const restStart = line.start + key[0].length;
      this.at++;
      let value: Span | undefined;
      if (rest === '' || rest.charCodeAt(0) === 0x23) [out[name], value] = this.below(indent, restStart);
      else {
        [out[name], value] = this.inline(rest, restStart);
        // A more indented line after a value on the key's line continues it (a multi-line scalar) or is an error.
        if ((this.lines[this.at]?.indent ?? -1) > indent) decline();
      }
      spots?.set(name, { key: [line.start, line.start + name.length], value });
      const next = this.lines[this.at];
      if (!next || next.indent < indent) return out;
      if (next.indent > indent) decline();
      // A dash at a mapping's own indentation after a whole pair: a sequence a mapping cannot hold.
      if (isDash(next.text)) decline();
      line = next;
    }
  }

  /** A block sequence at `indent`. */
  private seq(indent: number): unknown[] {
    const out: unknown[] = [];
    const spots: (Span | undefined)[] | undefined = this.spots && [];
    if (spots) this.spots!.set(out, spots);
    for (let line = this.lines[this.at]; line && line.indent === indent && isDash(line.text); line = this.lines[this.at]) {
      if (line.text.length === 1) {
        this.at++;
        const next = this.lines[this.at];
        out.push(next && next.indent > indent ? this.block(next.indent) : null);
        // Where `yaml` puts an empty item is not worked out here.
        spots?.push(undefined);
        continue;
      }
      let spaces = 1;
      while (line.text.charCodeAt(spaces) === 0x20) spaces++;
      const item: Line = { indent: indent + spaces, text: line.text.slice(spaces), start: line.start + spaces };
      // `- - x` (a sequence in a sequence) and `- # comment` are left to `yaml`.
      if (isDash(item.text) || item.text.charCodeAt(0) === 0x23) decline();
      if (KEY.test(item.text)) {
        out.push(this.map(item.indent, item));
        spots?.push(undefined);
        const next = this.lines[this.at];
        if (next && next.indent > indent && next.indent !== item.indent) decline();
      } else {
        const [value, span] = this.inline(item.text, item.start);
        out.push(value);
        spots?.push(span);
        this.at++;
        if ((this.lines[this.at]?.indent ?? -1) > indent) decline();
      }
    }
    const next = this.lines[this.at];
    if (next && next.indent > indent) decline();
    return out;
  }

  /** A value written on one line after `key: ` or `- `, starting at `base`: a quoted or plain scalar, or a flow collection. */
  private inline(text: string, base: number): [unknown, Span] {
    const first = text[0];
    if (first === '"' || first === "'" || first === '[' || first === '{') {
      const [value, end] = first === '"' || first === "'" ? quoted(text, 0) : this.flow(text, 0, 0, base);
      if (!LINE_END.test(text.slice(end))) decline();
      return [value, [base, base + end]];
    }
    if (INDICATOR.test(text)) decline();
    const comment = text.indexOf(' #');
    const plain = trimSpaces(comment === -1 ? text : text.slice(0, comment));
    // `a: b` in a value is a mapping in a mapping; `a:` at the end, a key.
    if (plain.includes(': ') || plain.endsWith(':')) decline();
    return [resolvePlain(plain), [base, base + plain.length]];
  }

  /** A flow sequence or mapping starting at `start` of `text` (which starts at `base`), all on this line: its value and where it ends. */
  private flow(text: string, start: number, depth: number, base: number): [unknown, number] {
    // Deep nesting is left to `yaml` (and to the limits etat checks before it parses).
    if (depth > 8) decline();
    const isSeq = text[start] === '[';
    const close = isSeq ? ']' : '}';
    const seq: unknown[] = [];
    const map: Record<string, unknown> = {};
    const seqSpots: Span[] | undefined = this.spots && isSeq ? [] : undefined;
    const mapSpots = this.spots && !isSeq ? new Map<string, { key: Span; value: Span }>() : undefined;
    this.spots?.set(isSeq ? seq : map, (seqSpots ?? mapSpots)!);
    let at = skipSpaces(text, start + 1);
    if (text[at] === close) return [isSeq ? seq : map, at + 1];
    for (;;) {
      let name: string | undefined;
      let keyAt = at;
      if (!isSeq) {
        const key = FLOW_KEY.exec(text.slice(at)) ?? decline();
        name = key[1]!;
        if (NOT_A_KEY.test(name) || Object.hasOwn(map, name)) decline();
        keyAt = at;
        at += key[0].length;
      }
      const valueAt = at;
      let value: unknown;
      const first = text[at];
      if (first === '"' || first === "'") [value, at] = quoted(text, at);
      else if (first === '[' || first === '{') [value, at] = this.flow(text, at, depth + 1, base);
      else {
        const plain = trimSpaces(FLOW_PLAIN.exec(text.slice(at))![0]);
        // A `#` after a space starts a comment, which would run to the end of the line.
        if (plain === '' || INDICATOR.test(plain) || plain.includes(' #')) decline();
        value = resolvePlain(plain);
        at += plain.length;
      }
      if (name === undefined) {
        seq.push(value);
        seqSpots?.push([base + valueAt, base + at]);
      } else {
        map[name] = value;
        mapSpots?.set(name, { key: [base + keyAt, base + keyAt + name.length], value: [base + valueAt, base + at] });
      }
      at = skipSpaces(text, at);
      if (text[at] === close) return [isSeq ? seq : map, at + 1];
      if (text[at] !== ',') decline();
      at = skipSpaces(text, at + 1);
      // A comma before the end (`[a, ]`) and an empty entry are left to `yaml`.
      if (text[at] === close || text[at] === ',') decline();
    }
  }
}
