import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Heading } from './types.js';
import type { SourceFile } from './source.js';

// remark-frontmatter: a paper's own front matter must not be read as a
// thematic break and a setext heading.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** The headings of a Markdown file, nested ones too (in lists and quotes), parsed with remark. */
export function parseHeadings(file: SourceFile): Heading[] {
  const headings: Heading[] = [];
  visit(parser.parse(file.text), 'heading', (node) => {
    if (!node.position) return;
    headings.push({
      depth: node.depth,
      // An image's alt text is not part of the heading's words.
      text: toString(node, { includeImageAlt: false }),
      line: node.position.start.line,
      column: node.position.start.column,
      endLine: node.position.end.line,
      endColumn: node.position.end.column,
    });
    return SKIP;
  });
  return headings;
}
