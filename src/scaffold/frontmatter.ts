import { Document, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { SchemaType } from '../schema/index.js';
import { schemaModeline } from './editor-schemas.js';

/**
 * Front matter for a new file, produced by the `yaml` library from data — never
 * by pasting strings into YAML text — so that any value, `Mål: "bedre" #1`
 * included, comes out as valid YAML and reads back the same. The first line
 * points editors (yaml-language-server) at the file's schema, kept in the
 * repository, by a path relative to `path` (the file's, from the root).
 */
export function frontMatter(schema: SchemaType, path: string, data: Record<string, unknown>, options: { flowKeys?: readonly string[]; comments?: Record<string, string> } = {}): string {
  const doc = new Document(data);
  doc.commentBefore = schemaModeline(schema, path);
  // Short lists read best on one line: `papers: [papers/01-sak.md]`.
  const flowKeys = new Set(options.flowKeys ?? []);
  const visit = (node: unknown) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
        if (isSeq(pair.value) && flowKeys.has(key)) pair.value.flow = true;
        // Times are quoted: a YAML 1.1 reader (older editors, PyYAML) takes 10:00 for the number 600.
        if (isScalar(pair.value) && QUOTED.has(key)) pair.value.type = 'QUOTE_DOUBLE';
        const comment = options.comments?.[key];
        if (comment && pair.value) (pair.value as YamlNode).commentBefore = comment;
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      node.items.forEach(visit);
    }
  };
  visit(doc.contents);
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}

const QUOTED = new Set(['start', 'end']);
