// A reader of the plain YAML most front matter is written in, for speed: the
// `yaml` package builds a document of nodes (with every place, for findings)
// through a lexer, a parser and a composer, and in a short-lived process,
// before the JIT has warmed up, that costs some milliseconds a file — most of
// a check of a long-lived repository. What this reads it reads to the same
// data as `yaml` (YAML 1.2, core schema, unique keys), which then parses the
// document only when a finding needs a place in it (`SourceFile.doc`); what
// it does not read — anything outside the plain subset below — it leaves to
// `yaml`, by returning undefined. It never decides a question of YAML: in
// doubt, it declines. test/simple-yaml.test.ts holds it to `yaml`'s answers.
//
// The subset: lines indented with spaces; block mappings of plain keys (a
// letter or `_`, then letters, digits and `_-./`; not a null or a boolean);
// block sequences, a mapping's first pair on the dash's line; values on one
// line: plain scalars, quoted scalars without escapes, and flow sequences and
// mappings of these; comments. Not: tabs, carriage returns, control
// or special characters, anchors, aliases, tags, block scalars, multi-line
// scalars or flow collections, complex or duplicate keys, `<<`.

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

/** Why reading stopped: the text is outside the subset. */
class Declined extends Error {}
const decline = (): never => {
  throw new Declined();
};

interface Line {
  indent: number;
  text: string;
}

/**
 * The data of plain YAML text, as `yaml` would give it; undefined when the
 * text is outside the subset this reads (or is not a mapping), for `yaml` to read.
 */
export function readSimpleYaml(yaml: string): Record<string, unknown> | undefined {
  if (UNREAD_CHARACTER.test(yaml)) return undefined;
  const lines: Line[] = [];
  for (const raw of yaml.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 0x20) indent++;
    // Blank lines and comments stand anywhere, at any indentation.
    if (indent === raw.length || raw.charCodeAt(indent) === 0x23) continue;
    lines.push({ indent, text: raw.slice(indent) });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0 || isDash(lines[0]!.text)) return undefined;
  try {
    const reader = new Reader(lines);
    const data = reader.map(0, undefined);
    return reader.at === lines.length ? data : undefined;
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

const isDash = (text: string) => text.charCodeAt(0) === 0x2d && (text.length === 1 || text.charCodeAt(1) === 0x20);

class Reader {
  at = 0;
  constructor(private readonly lines: readonly Line[]) {}

  /** A block node whose first line is the next, at `indent`. */
  private block(indent: number): unknown {
    return isDash(this.lines[this.at]!.text) ? this.seq(indent) : this.map(indent, undefined);
  }

  /** What a key with nothing after it on its line holds: the block below it, a sequence at its own indentation, or null. */
  private below(indent: number): unknown {
    const next = this.lines[this.at];
    if (next && next.indent > indent) return this.block(next.indent);
    if (next && next.indent === indent && isDash(next.text)) return this.seq(indent);
    return null;
  }

  /** A block mapping at `indent`; `first` is its first pair when it is on a sequence's dash line. */
  map(indent: number, first: string | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let text = first ?? this.lines[this.at]!.text;
    for (;;) {
      const key = KEY.exec(text) ?? decline();
      const name = key[1]!;
      if (NOT_A_KEY.test(name) || Object.hasOwn(out, name)) decline();
      const rest = text.slice(key[0].length);
      this.at++;
      if (rest === '' || rest.charCodeAt(0) === 0x23) out[name] = this.below(indent);
      else {
        out[name] = inlineValue(rest);
        // A more indented line after a value on the key's line continues it (a multi-line scalar) or is an error.
        if ((this.lines[this.at]?.indent ?? -1) > indent) decline();
      }
      const next = this.lines[this.at];
      if (!next || next.indent < indent) return out;
      if (next.indent > indent) decline();
      // A dash at a mapping's own indentation after a whole pair: a sequence a mapping cannot hold.
      if (isDash(next.text)) decline();
      text = next.text;
    }
  }

  /** A block sequence at `indent`. */
  private seq(indent: number): unknown[] {
    const out: unknown[] = [];
    for (let line = this.lines[this.at]; line && line.indent === indent && isDash(line.text); line = this.lines[this.at]) {
      if (line.text.length === 1) {
        this.at++;
        const next = this.lines[this.at];
        out.push(next && next.indent > indent ? this.block(next.indent) : null);
        continue;
      }
      let spaces = 1;
      while (line.text.charCodeAt(spaces) === 0x20) spaces++;
      const item = line.text.slice(spaces);
      // `- - x` (a sequence in a sequence) and `- # comment` are left to `yaml`.
      if (isDash(item) || item.charCodeAt(0) === 0x23) decline();
      if (KEY.test(item)) {
        const itemIndent = indent + spaces;
        out.push(this.map(itemIndent, item));
        const next = this.lines[this.at];
        if (next && next.indent > indent && next.indent !== itemIndent) decline();
      } else {
        out.push(inlineValue(item));
        this.at++;
        if ((this.lines[this.at]?.indent ?? -1) > indent) decline();
      }
    }
    const next = this.lines[this.at];
    if (next && next.indent > indent) decline();
    return out;
  }
}

/** A value written on one line after `key: ` or `- `: a quoted or plain scalar, or a flow collection. */
function inlineValue(text: string): unknown {
  const first = text[0];
  if (first === '"' || first === "'") {
    const [value, end] = quoted(text, 0);
    if (!LINE_END.test(text.slice(end))) decline();
    return value;
  }
  if (first === '[' || first === '{') {
    const [value, end] = flow(text);
    if (!LINE_END.test(text.slice(end))) decline();
    return value;
  }
  if (INDICATOR.test(text)) decline();
  const comment = text.indexOf(' #');
  const plain = trimSpaces(comment === -1 ? text : text.slice(0, comment));
  // `a: b` in a value is a mapping in a mapping; `a:` at the end, a key.
  if (plain.includes(': ') || plain.endsWith(':')) decline();
  return resolvePlain(plain);
}

/** A quoted scalar starting at `start`, on one line: its value and where it ends. Escapes (`\`) are left to `yaml`. */
function quoted(text: string, start: number): [string, number] {
  const quote = text[start]!;
  if (quote === '"') {
    const end = text.indexOf('"', start + 1);
    if (end === -1) decline();
    const value = text.slice(start + 1, end);
    if (value.includes('\\')) decline();
    return [value, end + 1];
  }
  let value = '';
  for (let from = start + 1; ; ) {
    const end = text.indexOf("'", from);
    if (end === -1) decline();
    value += text.slice(from, end);
    if (text[end + 1] !== "'") return [value, end + 1];
    value += "'";
    from = end + 2;
  }
}

/** A flow sequence or mapping starting at `start`, all on this line: its value and where it ends. */
function flow(text: string, start = 0, depth = 0): [unknown, number] {
  // Deep nesting is left to `yaml` (and to the limits etat checks before it parses).
  if (depth > 8) decline();
  const isSeq = text[start] === '[';
  const close = isSeq ? ']' : '}';
  const seq: unknown[] = [];
  const map: Record<string, unknown> = {};
  let at = skipSpaces(text, start + 1);
  if (text[at] === close) return [isSeq ? seq : map, at + 1];
  for (;;) {
    let name: string | undefined;
    if (!isSeq) {
      const key = FLOW_KEY.exec(text.slice(at)) ?? decline();
      name = key[1]!;
      if (NOT_A_KEY.test(name) || Object.hasOwn(map, name)) decline();
      at += key[0].length;
    }
    let value: unknown;
    const first = text[at];
    if (first === '"' || first === "'") [value, at] = quoted(text, at);
    else if (first === '[' || first === '{') [value, at] = flow(text, at, depth + 1);
    else {
      const plain = trimSpaces(FLOW_PLAIN.exec(text.slice(at))![0]);
      // A `#` after a space starts a comment, which would run to the end of the line.
      if (plain === '' || INDICATOR.test(plain) || plain.includes(' #')) decline();
      value = resolvePlain(plain);
      at += plain.length;
    }
    if (name === undefined) seq.push(value);
    else map[name] = value;
    at = skipSpaces(text, at);
    if (text[at] === close) return [isSeq ? seq : map, at + 1];
    if (text[at] !== ',') decline();
    at = skipSpaces(text, at + 1);
    // A comma before the end (`[a, ]`) and an empty entry are left to `yaml`.
    if (text[at] === close || text[at] === ',') decline();
  }
}

const skipSpaces = (text: string, at: number) => {
  while (text.charCodeAt(at) === 0x20) at++;
  return at;
};

/** Spaces at the end cut, and only spaces: YAML's white space is the space and the tab, not every character JavaScript trims. */
const trimSpaces = (text: string) => {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(0, end);
};

/** A plain scalar's value in YAML 1.2's core schema, tested in the order `yaml` tests its tags. */
function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
