import { Document, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { SourceFile, YamlPath } from '../model/source.js';

/**
 * Edits front matter in place. Each edit becomes a splice of the original text
 * at the source range of the node it changes, so that the user's comments, key
 * order, quoting, flow or block style and the Markdown body survive byte for
 * byte outside the changed node — `yaml`'s own `toString()` would reformat the
 * whole document. `toString()` re-parses the result and checks every edit
 * before it is returned, so a file is never written half-edited.
 *
 * yaml's CST (`Parser`, `Composer` with `keepSourceTokens`, `CST.setScalarValue`)
 * was tried for this: it replaces a scalar well, but has no way to add a key
 * to a map or an entry to a flow or block list — those tokens, with their
 * offsets, indents, commas and line ends, would be built by hand beside the
 * splices. One mechanism for every edit is simpler.
 */
export class FrontMatterEditor {
  readonly #file: SourceFile;
  readonly #doc: Document;
  readonly #splices: { start: number; end: number; text: string }[] = [];
  readonly #expected: { path: YamlPath; check: (value: unknown) => boolean }[] = [];

  constructor(file: SourceFile) {
    if (!file.doc || file.problem || file.doc.errors.length > 0) throw new Error(`${file.path} has no readable front matter to edit`);
    this.#file = file;
    this.#doc = file.doc;
  }

  /** Set a scalar at `path` (its parent map must exist); a missing key is added after the last key of the map. */
  set(path: YamlPath, value: string | number | boolean): this {
    const parent = this.#mapAt(path.slice(0, -1));
    const key = String(path.at(-1));
    const pair = findPair(parent, key);
    if (pair) {
      const node = pair.value as YamlNode | null;
      if (node && !isScalar(node)) throw new Error(`${key} is not a scalar`);
      const range = node?.range;
      if (range && range[1] > range[0]) this.#splice(range[0], range[1], scalarText(value, Boolean(parent.flow)));
      else this.#splice(afterColon(this.#text, pair), afterColon(this.#text, pair), ' ' + scalarText(value, Boolean(parent.flow)));
    } else {
      this.#addPair(parent, key, scalarText(value, Boolean(parent.flow)));
    }
    this.#expected.push({ path, check: (actual) => actual === value });
    return this;
  }

  /** Set `path` to a list of scalars, written in flow style: `key: [a, b]`. */
  setList(path: YamlPath, values: readonly string[]): this {
    const parent = this.#mapAt(path.slice(0, -1));
    const key = String(path.at(-1));
    const text = `[${values.map((v) => scalarText(v, true)).join(', ')}]`;
    const pair = findPair(parent, key);
    const range = (pair?.value as YamlNode | null)?.range;
    if (pair && range && range[1] > range[0]) this.#splice(range[0], range[1], text);
    else if (pair) this.#splice(afterColon(this.#text, pair), afterColon(this.#text, pair), ' ' + text);
    else this.#addPair(parent, key, text);
    this.#expected.push({ path, check: (actual) => JSON.stringify(actual) === JSON.stringify(values) });
    return this;
  }

  /** Append a scalar to the list at `path`, keeping its flow or block style; a missing list is added as `key: [value]`. */
  append(path: YamlPath, value: string): this {
    const parent = this.#mapAt(path.slice(0, -1));
    const key = String(path.at(-1));
    const pair = findPair(parent, key);
    const count = pair && isSeq(pair.value) ? pair.value.items.length : 0;
    if (!pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
      if (pair) this.#splice(afterColon(this.#text, pair), afterColon(this.#text, pair), ` [${scalarText(value, true)}]`);
      else this.#addPair(parent, key, `[${scalarText(value, true)}]`);
    } else if (isSeq(pair.value)) {
      this.#appendToSeq(pair.value, value);
    } else {
      throw new Error(`${key} is not a list`);
    }
    this.#expected.push({ path: [...path, count], check: (actual) => actual === value });
    return this;
  }

  /** The edited text of the whole file; throws if an edit did not come out as intended. */
  toString(): string {
    let text = this.#text;
    const offset = this.#file.yamlStart;
    // From the end, so earlier offsets stay valid; at one offset, the first recorded edit ends up first.
    const splices = this.#splices.map((s, i) => ({ ...s, i })).sort((a, b) => b.start - a.start || b.i - a.i);
    for (let i = 1; i < splices.length; i++) {
      if (splices[i]!.end > splices[i - 1]!.start) throw new Error('overlapping edits');
    }
    for (const s of splices) text = text.slice(0, s.start) + s.text + text.slice(s.end);
    const full = this.#file.text.slice(0, offset) + text + this.#file.text.slice(offset + this.#text.length);
    const check = parseDocument(text, { uniqueKeys: true });
    if (check.errors.length > 0) throw new Error(`the edit made invalid YAML: ${check.errors[0]!.message}`);
    for (const { path, check: ok } of this.#expected) {
      if (!ok(check.getIn(path))) throw new Error(`the edit of ${path.join('.')} did not come out as intended`);
    }
    // The byte order mark the file was read with goes back where it was.
    return (this.#file.bom ? '\uFEFF' : '') + full;
  }

  /** The YAML text of the front matter, as parsed. */
  get #text(): string {
    return this.#file.text.slice(this.#file.yamlStart, this.#file.yamlStart + yamlLength(this.#file));
  }

  #mapAt(path: YamlPath): YAMLMap {
    const node = path.length === 0 ? this.#doc.contents : this.#doc.getIn(path, true);
    if (!isMap(node)) throw new Error(`${path.join('.') || 'the front matter'} is not a map`);
    return node;
  }

  #splice(start: number, end: number, text: string): void {
    this.#splices.push({ start, end, text });
  }

  /** Add `key: text` to a map: before `}` in a flow map, or as a new line after the map's last line. */
  #addPair(map: YAMLMap, key: string, text: string): void {
    const range = map.range!;
    if (map.flow) {
      const at = this.#endOfFlowContent(range[1], '}');
      this.#splice(at, at, map.items.length > 0 ? `, ${key}: ${text}` : ` ${key}: ${text} `);
      return;
    }
    const firstKey = map.items[0]?.key as YamlNode | undefined;
    const indent = firstKey?.range ? columnOf(this.#text, firstKey.range[0]) : 0;
    this.#insertLine(range[1], `${' '.repeat(indent)}${key}: ${text}`);
  }

  #appendToSeq(seq: YAMLSeq, value: string): void {
    const range = seq.range!;
    if (seq.flow) {
      const at = this.#endOfFlowContent(range[1], ']');
      this.#splice(at, at, (seq.items.length > 0 ? ', ' : '') + scalarText(value, true));
      return;
    }
    // A block list: a new line with the same `- ` prefix as the first entry.
    const first = seq.items[0] as YamlNode | undefined;
    const start = first?.range?.[0] ?? range[0];
    const lineStart = this.#text.lastIndexOf('\n', start - 1) + 1;
    const prefix = this.#text.slice(lineStart, start);
    this.#insertLine(range[1], `${/^[ \t]*-[ \t]+$/.test(prefix) ? prefix : ' '.repeat(columnOf(this.#text, start) - 2) + '- '}${scalarText(value, false)}`);
  }

  /** Where to add to a flow collection ending at `end`: after its last entry, before spaces and the closing bracket. */
  #endOfFlowContent(end: number, closing: '}' | ']'): number {
    const text = this.#text;
    let at = text.lastIndexOf(closing, end);
    while (at > 0 && /\s/.test(text[at - 1]!)) at--;
    return at;
  }

  /** Insert a whole line at the end of the node ending at `end` (its last line may lack a newline). */
  #insertLine(end: number, line: string): void {
    const text = this.#text;
    // A node's range may stop before its line's trailing comment: go to the end of that line.
    let at = end;
    if (at > 0 && text[at - 1] !== '\n') {
      const newline = text.indexOf('\n', at);
      at = newline === -1 ? text.length : newline + 1;
    }
    const needsNewline = at > 0 && text[at - 1] !== '\n';
    // A line added to a file with CRLF lines ends as they do.
    const eol = /\r\n/.test(text) ? '\r\n' : '\n';
    this.#splice(at, at, `${needsNewline ? eol : ''}${line}${eol}`);
  }
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

/** The offset just after the `:` that follows a pair's key. */
function afterColon(text: string, pair: Pair): number {
  const keyEnd = (pair.key as YamlNode).range![1];
  return text.indexOf(':', keyEnd) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function yamlLength(file: SourceFile): number {
  // The front matter's YAML ends where the closing `---` line starts.
  const rest = file.text.slice(file.yamlStart);
  // As the front matter is read (CLOSING in model/source.ts): lines end at `\n` only.
  const match = /(?:^|(?<=\n))(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/.exec(rest);
  return match ? match.index : rest.length;
}

/** A scalar as YAML text: plain where that is safe, quoted where it is not. */
export function scalarText(value: string | number | boolean, flow: boolean): string {
  if (typeof value !== 'string') return String(value);
  if (flow && !/^[\p{L}\p{N}_./-][\p{L}\p{N}_./ -]*$/u.test(value)) return JSON.stringify(value);
  const text = new Document(value).toString({ lineWidth: 0 }).trimEnd();
  // Never a multi-line scalar in a one-line edit.
  return text.includes('\n') ? JSON.stringify(value) : text;
}
