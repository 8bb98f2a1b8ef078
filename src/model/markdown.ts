import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading } from './types.js';
import type { SourceFile } from './source.js';

// remark-frontmatter: a paper's own front matter must not be read as a
// thematic break and a setext heading.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

interface MdastNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdastNode[];
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** The headings of a Markdown file, nested ones too, parsed with remark. */
export function parseHeadings(file: SourceFile): Heading[] {
  const headings: Heading[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'heading' && node.position) {
      headings.push({
        depth: node.depth ?? 1,
        text: textOf(node),
        line: node.position.start.line,
        column: node.position.start.column,
        endLine: node.position.end.line,
        endColumn: node.position.end.column,
      });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(parser.parse(file.text) as MdastNode);
  return headings;
}

function textOf(node: MdastNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}
