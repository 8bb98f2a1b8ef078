import { isAlias, isMap, isPair, isSeq, visit, type Alias, type Document } from 'yaml';
import { MAX_YAML_DEPTH } from './limits.js';

// What could exhaust the YAML parser or the heap, found before (or instead of) building data.

/**
 * Where the nesting of YAML text first goes deeper than MAX_YAML_DEPTH, found
 * by a scan of its lines: block indentation levels, `- ` and `? ` entries
 * opened on one line, and open `[` and `{`. It counts brackets inside quotes
 * too, so it may overcount — only in text no real file holds.
 */
export function tooDeep(yaml: string): number | undefined {
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
      // Most lines open no bracket, and close none while none is open: nothing to count in them.
      if (flow > 0 || rest.includes('[') || rest.includes('{')) {
        for (let i = 0; i < rest.length; i++) {
          const char = rest[i];
          if (char === '[' || char === '{') {
            if (block + ++flow > MAX_YAML_DEPTH) return offset + indent + i;
          } else if ((char === ']' || char === '}') && flow > 0) flow--;
        }
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
export function targetsOf(doc: Document): Map<Alias, unknown> {
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

export function aliasTarget(doc: Document, alias: Alias): unknown {
  return targetsOf(doc).get(alias);
}

/** The offset of the first alias whose anchor the document does not have before it. */
export function unresolvedAlias(doc: Document): number | undefined {
  for (const [alias, target] of targetsOf(doc)) if (target === undefined) return alias.range?.[0] ?? 0;
  return undefined;
}

/**
 * How many values (keys included) the data would hold with every alias
 * written out: an alias counts as much as the node it names. Recursion is
 * bounded by the depth limit, checked before parsing.
 */
export function expandedSize(doc: Document): number {
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
export function containsItself(data: unknown): boolean {
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
