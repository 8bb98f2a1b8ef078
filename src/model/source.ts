import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Alias, type Document, type Node as YamlNode } from 'yaml';
import { location } from 'vfile-location';
import type { Place } from '../findings.js';
import { formatBytes, MAX_FRONT_MATTER_BYTES, MAX_YAML_DEPTH, MAX_YAML_VALUES } from './limits.js';
import { unresolvedAliasCause, yamlCause } from './yaml-cause.js';

/** A path into YAML data: keys and sequence indexes, as ajv's instancePath splits it. */
export type YamlPath = readonly (string | number)[];

/** Why a file could not be read into data. Rendered by the `file/*` rules. */
export interface FileProblem {
  ruleId: 'file/encoding' | 'file/front-matter-missing' | 'file/yaml-syntax' | 'file/too-large';
  messageId: string;
  data: Record<string, unknown>;
  /** Offsets in the decoded text. */
  start: number;
  end: number;
}

/**
 * A text file of the repository, decoded once, with the YAML it holds (front
 * matter of a Markdown file, or a whole `.yml` file) kept as a `yaml` Document
 * so that every key and value can be placed on its line and column.
 */
export class SourceFile {
  /** The YAML document, or undefined when there is none or it is broken. */
  readonly doc: Document | undefined;
  /** The data the YAML holds (aliases resolved). */
  readonly data: unknown;
  /** Where the YAML text starts in `text`: YAML offsets are relative to it. */
  readonly yamlStart: number;
  /** Where the Markdown body starts in `text`. */
  readonly bodyStart: number;
  readonly problem: FileProblem | undefined;
  /** Whether the file began with a byte order mark, which `text` leaves out: an edit must put it back. */
  bom = false;
  #location: ReturnType<typeof location> | undefined;

  constructor(
    /** Relative to the repository root, with forward slashes. */
    readonly path: string,
    readonly text: string,
    parsed: { doc?: Document; data?: unknown; yamlStart: number; bodyStart: number; problem?: FileProblem },
  ) {
    this.doc = parsed.doc;
    this.data = parsed.data;
    this.yamlStart = parsed.yamlStart;
    this.bodyStart = parsed.bodyStart;
    this.problem = parsed.problem;
  }

  get body(): string {
    return this.text.slice(this.bodyStart);
  }

  /** The place of a span of the text, given as offsets. */
  placeOf(start: number, end: number): Place {
    this.#location ??= location(this.text);
    const from = this.#location.toPoint(start) ?? { line: 1, column: 1 };
    const to = this.#location.toPoint(Math.max(start, end)) ?? from;
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /**
   * The place of the YAML node at `path`: its value, or with `target: 'key'`
   * its key. Where the path leads nowhere (a missing key), the nearest node
   * that exists: the parent of the missing key.
   */
  locate(path: YamlPath, target: 'value' | 'key' = 'value'): Place {
    const range = this.doc ? rangeAt(this.doc, path, target) : undefined;
    if (!range) return this.placeOf(0, Math.min(3, this.text.length));
    return this.placeOf(this.yamlStart + range[0], this.yamlStart + range[1]);
  }

  /** Whether the YAML has a node at `path`. */
  has(path: YamlPath): boolean {
    return this.doc !== undefined && this.doc.hasIn(path);
  }
}

function rangeAt(doc: Document, path: YamlPath, target: 'value' | 'key'): [number, number] | undefined {
  let node: unknown = doc.contents;
  let best = spanOf(node);
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = aliasTarget(doc, node);
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return best;
      const keySpan = spanOf(pair.key);
      const valueSpan = spanOf(pair.value);
      // An empty value (`purpose:`) has no width: its key is the better place.
      const valueEmpty = !valueSpan || valueSpan[0] === valueSpan[1];
      if (last) return target === 'key' || valueEmpty ? (keySpan ?? best) : valueSpan;
      node = pair.value;
      best = valueEmpty ? (keySpan ?? best) : valueSpan;
    } else if (isSeq(node) && /^\d+$/.test(String(segment))) {
      const item: unknown = node.items[Number(segment)];
      if (item === undefined) return best;
      node = isPair(item) ? item.value : item;
      best = spanOf(node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function spanOf(node: unknown): [number, number] | undefined {
  const range = (node as YamlNode | null)?.range;
  return range ? [range[0], range[1]] : undefined;
}

const BOM = '\uFEFF';
const OPENING = /^---[ \t]*\r?\n/;
// Lines end at `\n` only: with the `m` flag, `^` and `$` would also match at U+2028 and U+2029, which YAML reads as
// ordinary characters, so `title: a\u2029---\u2028…` would end the front matter inside a value and hide every key after it.
const CLOSING = /(?:^|(?<=\n))(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes as UTF-8 text, or say why they are not. */
export function decode(bytes: Uint8Array): { text: string; bom: boolean } | { problem: 'binary' | 'not-utf8' } {
  // UTF-16 (as Notepad may save) is text in the wrong encoding, not a binary file.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: 'not-utf8' };
  if (bytes.includes(0)) return { problem: 'binary' };
  try {
    // TextDecoder drops a leading byte order mark itself; whether there was one is read from the bytes.
    const text = UTF8.decode(bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { text: text.startsWith(BOM) ? text.slice(1) : text, bom };
  } catch {
    return { problem: 'not-utf8' };
  }
}

/** Read a Markdown file with YAML front matter. */
export function parseMarkdownFile(path: string, bytes: Uint8Array): SourceFile {
  const decoded = decode(bytes);
  if ('problem' in decoded) return encodingProblem(path, decoded.problem);
  const file = parseMarkdownText(path, decoded.text);
  file.bom = decoded.bom;
  return file;
}

function parseMarkdownText(path: string, text: string): SourceFile {
  const opening = OPENING.exec(text);
  if (!opening) {
    return new SourceFile(path, text, {
      yamlStart: 0,
      bodyStart: 0,
      problem: { ruleId: 'file/front-matter-missing', messageId: 'missing', data: {}, start: 0, end: firstLineEnd(text) },
    });
  }
  const yamlStart = opening[0].length;
  const closing = CLOSING.exec(text.slice(yamlStart));
  if (!closing) {
    return new SourceFile(path, text, {
      yamlStart,
      bodyStart: text.length,
      problem: { ruleId: 'file/front-matter-missing', messageId: 'unclosed', data: {}, start: 0, end: 3 },
    });
  }
  const yamlEnd = yamlStart + closing.index;
  let bodyStart = yamlEnd + closing[0].length;
  if (text[bodyStart] === '\n') bodyStart++;
  return parseYamlInto(path, text, yamlStart, yamlEnd, bodyStart);
}

/** Read a YAML file (`etat.yml`). */
export function parseYamlFile(path: string, bytes: Uint8Array): SourceFile {
  const decoded = decode(bytes);
  if ('problem' in decoded) return encodingProblem(path, decoded.problem);
  const file = parseYamlInto(path, decoded.text, 0, decoded.text.length, decoded.text.length);
  file.bom = decoded.bom;
  return file;
}

/** The most aliases one document may expand: enough for real use, too few for a "billion laughs". */
const MAX_ALIAS_COUNT = 1000;

function parseYamlInto(path: string, text: string, yamlStart: number, yamlEnd: number, bodyStart: number): SourceFile {
  const yaml = text.slice(yamlStart, yamlEnd);
  const unread = (ruleId: FileProblem['ruleId'], messageId: string, data: Record<string, unknown>, at = 0, doc?: Document) =>
    new SourceFile(path, text, { doc, yamlStart, bodyStart, problem: { ruleId, messageId, data, start: yamlStart + at, end: yamlStart + at } });

  // What could exhaust the parser is refused before it runs: too much text, too deep a nesting.
  const bytes = Buffer.byteLength(yaml);
  if (bytes > MAX_FRONT_MATTER_BYTES) return unread('file/too-large', 'frontMatter', { size: formatBytes(bytes), max: formatBytes(MAX_FRONT_MATTER_BYTES) });
  const deep = tooDeep(yaml);
  if (deep !== undefined) return unread('file/yaml-syntax', 'depth', { max: MAX_YAML_DEPTH }, deep);
  // A carriage return that ends no line: YAML readers disagree on whether it breaks the line, so what one reads, another does not.
  const cr = /\r(?!\n)/.exec(yaml);
  if (cr) return unread('file/yaml-syntax', 'bareCr', {}, cr.index);

  // YAML 1.2 core schema: dates stay strings, `10:00` is not sexagesimal, and no
  // tag can construct anything but plain data — nothing in a repository runs code.
  let doc: Document;
  try {
    // logLevel: a key that is a list or a map would print a Node warning quoting it; it is a schema finding already.
    doc = parseDocument(yaml, { uniqueKeys: true, merge: true, prettyErrors: false, logLevel: 'error' });
  } catch {
    // The pre-scan keeps nesting far below what exhausts the stack; this is the guard behind it.
    return unread('file/yaml-syntax', 'depth', { max: MAX_YAML_DEPTH });
  }
  // A syntax problem is placed where its cause is, and the parsed document is kept for what can still be read.
  const syntaxProblem = (cause: { messageId: string; data: Record<string, unknown>; start: number; end: number }) =>
    new SourceFile(path, text, {
      doc,
      yamlStart,
      bodyStart,
      problem: { ruleId: 'file/yaml-syntax', messageId: cause.messageId, data: cause.data, start: yamlStart + cause.start, end: yamlStart + cause.end },
    });
  const error = doc.errors[0];
  // The message names the cause where the text around the error shows it (a `{}` above, a tab, an open quote).
  if (error) return syntaxProblem(yamlCause(yaml, error));
  // `*Viktig*` parses as an alias of an anchor that is nowhere: said as the `*` it is, not as too many aliases.
  const alias = unresolvedAlias(doc);
  if (alias !== undefined) return syntaxProblem(unresolvedAliasCause(yaml, alias));
  // Counted before toJS, which copies what `<<` merges: a map merged a thousand times would fill the heap.
  if (targetsOf(doc).size > 0 && expandedSize(doc) > MAX_YAML_VALUES) return unread('file/yaml-syntax', 'expansion', { max: MAX_YAML_VALUES }, 0, doc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return unread('file/yaml-syntax', 'aliases', { max: MAX_ALIAS_COUNT }, 0, doc);
  }
  // An alias inside the node it names (`a: &x [*x]`) makes data that contains itself.
  if (containsItself(data)) return unread('file/yaml-syntax', 'recursive', {}, 0, doc);
  return new SourceFile(path, text, { doc, data, yamlStart, bodyStart });
}

/**
 * Where the nesting of YAML text first goes deeper than MAX_YAML_DEPTH, found
 * by a scan of its lines: block indentation levels, `- ` and `? ` entries
 * opened on one line, and open `[` and `{`. It counts brackets inside quotes
 * too, so it may overcount — only in text no real file holds.
 */
function tooDeep(yaml: string): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let offset = 0;
  for (const line of yaml.split('\n')) {
    const indent = /^ */.exec(line)![0].length;
    const rest = line.slice(indent);
    if (rest !== '' && !rest.startsWith('#')) {
      while (indents.length > 0 && indents.at(-1)! >= indent) indents.pop();
      indents.push(indent);
      const entries = /^(?:[-?:](?:[ \t]+|$))*/.exec(rest)![0].replace(/[^-?:]/g, '').length;
      const block = indents.length + entries;
      if (block + flow > MAX_YAML_DEPTH) return offset + indent;
      for (let i = 0; i < rest.length; i++) {
        const char = rest[i];
        if (char === '[' || char === '{') {
          if (block + ++flow > MAX_YAML_DEPTH) return offset + indent + i;
        } else if ((char === ']' || char === '}') && flow > 0) flow--;
      }
    }
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * What each alias of a document names (undefined when nothing): the last node
 * with its anchor before it, found in one pass and kept. `Alias.resolve`
 * walks the whole document for every alias, and a thousand aliases, or a
 * finding placed through each of many aliases, took minutes.
 */
const aliasTargets = new WeakMap<Document, Map<Alias, unknown>>();
function targetsOf(doc: Document): Map<Alias, unknown> {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const anchors = new Map<string, unknown>();
    const found = new Map<Alias, unknown>();
    visit(doc, {
      Node(_key, node) {
        if (isAlias(node)) found.set(node, anchors.get(node.source));
        else if (node.anchor) anchors.set(node.anchor, node);
      },
    });
    aliasTargets.set(doc, (targets = found));
  }
  return targets;
}

function aliasTarget(doc: Document, alias: Alias): unknown {
  return targetsOf(doc).get(alias);
}

/** The offset of the first alias whose anchor the document does not have before it. */
function unresolvedAlias(doc: Document): number | undefined {
  for (const [alias, target] of targetsOf(doc)) if (target === undefined) return alias.range?.[0] ?? 0;
  return undefined;
}

/**
 * How many values (keys included) the data would hold with every alias
 * written out: an alias counts as much as the node it names. Recursion is
 * bounded by the depth limit, checked before parsing.
 */
function expandedSize(doc: Document): number {
  const sizes = new Map<string, number>();
  const size = (node: unknown): number => {
    if (isAlias(node)) return sizes.get(node.source) ?? 1;
    let total = 1;
    if (isMap(node) || isSeq(node)) for (const item of node.items as unknown[]) total += isPair(item) ? size(item.key) + size(item.value) : size(item);
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) sizes.set(anchor, total);
    return total;
  };
  return size(doc.contents);
}

/** Whether parsed YAML data contains itself (a recursive alias); walks each object once. */
function containsItself(data: unknown): boolean {
  const done = new Set<object>();
  const open = new Set<object>();
  // Depth-first without recursion: [node, children left to visit].
  const stack: [object, unknown[]][] = [];
  const enter = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object') return false;
    if (open.has(node)) return true;
    if (done.has(node)) return false;
    open.add(node);
    stack.push([node, Array.isArray(node) ? [...node] : Object.values(node)]);
    return false;
  };
  if (enter(data)) return true;
  while (stack.length > 0) {
    const [node, children] = stack.at(-1)!;
    if (children.length === 0) {
      stack.pop();
      open.delete(node);
      done.add(node);
    } else if (enter(children.pop())) return true;
  }
  return false;
}

function encodingProblem(path: string, problem: 'binary' | 'not-utf8'): SourceFile {
  return new SourceFile(path, '', {
    yamlStart: 0,
    bodyStart: 0,
    problem: { ruleId: 'file/encoding', messageId: problem, data: {}, start: 0, end: 0 },
  });
}

function firstLineEnd(text: string): number {
  const newline = text.indexOf('\n');
  return newline === -1 ? text.length : newline;
}

/** Read a file as plain text (a Markdown paper): its own front matter, if any, is left to remark. */
export function parseTextFile(path: string, bytes: Uint8Array): SourceFile {
  const decoded = decode(bytes);
  if ('problem' in decoded) return encodingProblem(path, decoded.problem);
  return new SourceFile(path, decoded.text, { yamlStart: 0, bodyStart: 0 });
}
