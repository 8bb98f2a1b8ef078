import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * What may survive of a repository's Markdown: GitHub's schema (rehype-sanitize's
 * default), but no image, video or frame from anywhere, and no link but to the
 * web, mail or a relative path. A site that must work offline and leak nothing
 * loads nothing it did not ship: an `<img src="https://…">` is a request the
 * reader did not choose.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'picture', 'source', 'video', 'audio', 'iframe'].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: [], cite: ['http', 'https'] },
};

export interface MarkdownOptions {
  /** How many levels to push the headings down: 1 when the text sits under the page's own `<h1>`. */
  shiftHeadings?: number;
}

/**
 * Markdown → hast, the one way the site renders a file's text. Raw HTML is
 * parsed (rehype-raw) so that it can be sanitised as HTML, then everything
 * untrusted is behind rehype-sanitize; the steps after it are ours: heading ids
 * (rehype-slug, so anchors work), heading levels, and `.md` links made `.html`
 * links to the rendered papers.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeSlug);

export function renderMarkdown(text: string, options: MarkdownOptions = {}): Root {
  const tree = processor.runSync(processor.parse(text)) as Root;
  const shift = options.shiftHeadings ?? 0;
  visit(tree, 'element', (node: Element) => {
    const level = /^h([1-6])$/.exec(node.tagName);
    if (level && shift > 0) node.tagName = `h${Math.min(6, Number(level[1]) + shift)}`;
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('/')) {
      node.properties.href = href.replace(/\.md(#|$)/, '.html$1');
    }
  });
  return tree;
}

/** Whether a rendered text has a first-level heading of its own (a paper that titles itself). */
export function hasH1(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'h1') found = true;
  });
  return found;
}
