import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { location } from 'vfile-location';
import type { Place } from '../findings.js';
import type { SimpleYaml } from './simple-yaml.js';
import { aliasTarget } from './yaml-safety.js';

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
  /** The YAML document, or how to parse it when it is first asked for (`readSimpleYaml` gave the data). */
  #doc: Document | undefined | (() => Document);
  /** What the simple reader knew of the YAML: where its scalars are, without the document. */
  readonly #simple: SimpleYaml | undefined;
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
    parsed: { doc?: Document | (() => Document); simple?: SimpleYaml; data?: unknown; yamlStart: number; bodyStart: number; problem?: FileProblem },
  ) {
    this.#doc = parsed.doc;
    this.#simple = parsed.simple;
    this.data = parsed.data;
    this.yamlStart = parsed.yamlStart;
    this.bodyStart = parsed.bodyStart;
    this.problem = parsed.problem;
  }

  /**
   * The YAML document, with every node's place, or undefined when there is
   * none or it is broken. Of a file whose data the simple reader gave, it is
   * parsed when first asked for: most files never need a place.
   */
  get doc(): Document | undefined {
    if (typeof this.#doc === 'function') this.#doc = this.#doc();
    return this.#doc;
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
    // Most places are a scalar or a key, which the simple reader knows: no document need be parsed for them.
    const range = this.#simple?.range(path, target) ?? (this.doc ? rangeAt(this.doc, path, target) : undefined);
    if (!range) return this.placeOf(0, Math.min(3, this.text.length));
    return this.placeOf(this.yamlStart + range[0], this.yamlStart + range[1]);
  }

  /** Whether the YAML has a node at `path`. */
  has(path: YamlPath): boolean {
    // Data the simple reader gave has what the document would: no alias, no merge, keys that are strings.
    if (typeof this.#doc === 'function') return dataHas(this.data, path);
    return this.doc !== undefined && this.doc.hasIn(path);
  }
}

/** `Document.hasIn` asked of the data: a mapping has a key its pairs name, a sequence an index below its length. */
function dataHas(data: unknown, path: YamlPath): boolean {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node)) {
      // As `yaml` reads an index: a number, or a string of one (not the empty string), whole and not negative.
      const index = typeof segment === 'string' && segment !== '' ? Number(segment) : segment;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= node.length) return false;
      node = node[index];
    } else if (node !== null && typeof node === 'object') {
      if (typeof segment !== 'string' || !Object.hasOwn(node, segment)) return false;
      node = (node as Record<string, unknown>)[segment];
    } else return false;
  }
  return true;
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
