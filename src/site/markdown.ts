import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import MarkdownIt from 'markdown-it';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { trusted, type Markup } from './markup.js';

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

/**
 * Ids the site gives its own elements: the skip link's target, the search and
 * filter boxes, an item's anchor (`#item-3`), a chart's title. A heading of a
 * file ("Main", "Item 3") gets its slug's id with the prefix rehype-sanitize
 * gives ids written in the file, so that an id stays unique and every link to
 * one of these lands where the site means it to.
 */
const SITE_IDS = /^(main|search(-.*)?|filter(-.*)?|decisions|item-.*|chart-.*)$/;
const headingId = (slug: string) => (SITE_IDS.test(slug) ? `user-content-${slug}` : slug);

export interface MarkdownOptions {
  /** How many levels to push the headings down: 1 when the text sits under the page's own `<h1>`. */
  shiftHeadings?: number;
  /**
   * The text rendered before this one on the same page: its headings' ids are
   * taken, so this one's go on from them (`sak-2`, then `sak-2-1`), as in one
   * document, and every id of the page stays unique.
   */
  after?: Rendered;
}

/** A text rendered for a page: its HTML, its plain text (for the search index) and its own first `<h1>`, taken out. */
export interface Rendered {
  html: Markup;
  text: string;
  title: string | undefined;
  /** The headings' texts slugged for ids, this text's and those of the texts before it on the page, in order. */
  slugged: readonly string[];
}

/**
 * The careful path, for a text that holds raw HTML or an image: raw HTML is
 * parsed (rehype-raw) so that it can be sanitised as HTML, then everything
 * untrusted is behind rehype-sanitize; the steps after it are ours: heading
 * ids (github-slugger, as rehype-slug gives them, so anchors work), heading
 * levels, `.md` links made `.html`.
 */
const careful = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema);

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const mdLink = (href: string) => (SCHEME.test(href) || href.startsWith('/') ? href : href.replace(/\.md(#|$)/, '.html$1'));

/** A slugger that has given the slugs of the headings before (github-slugger numbers a repeated slug: `a`, `a-1`). */
function sluggerAfter(before: readonly string[]): { slugger: GithubSlugger; slugged: string[] } {
  const slugger = new GithubSlugger();
  for (const heading of before) slugger.slug(heading);
  return { slugger, slugged: [...before] };
}

function carefully(text: string, shift: number, takeTitle: boolean, before: readonly string[]): Rendered {
  const tree = careful.runSync(careful.parse(text)) as Root;
  const { slugger, slugged } = sluggerAfter(before);
  visit(tree, 'element', (node: Element) => {
    const level = /^h([1-6])$/.exec(node.tagName);
    // As rehype-slug does (in the same order, the title's too), after the sanitiser: a heading without an id gets its slug.
    if (level && !node.properties.id) {
      const heading = toString(node);
      slugged.push(heading);
      node.properties.id = slugger.slug(heading);
    }
    if (level && shift > 0) node.tagName = `h${Math.min(6, Number(level[1]) + shift)}`;
    if (level && typeof node.properties.id === 'string') node.properties.id = headingId(node.properties.id);
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string') node.properties.href = mdLink(href);
  });
  const first = takeTitle ? tree.children.findIndex((node) => node.type === 'element' && node.tagName === 'h1') : -1;
  const title = first === -1 ? undefined : toString(tree.children[first]!);
  const children = tree.children.filter((_, i) => i !== first) as ElementContent[];
  // Safe to pass through: rehype-sanitize was the last step that took anything from the file.
  return { html: trusted(toHtml({ type: 'root', children })), text: toString({ type: 'root', children }), title, slugged };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot);/g, (entity) => ENTITIES[entity]!).trim();

// Raw HTML off: markdown-it escapes every `<` of the text; its link check drops
// `javascript:`, `vbscript:`, `file:` and `data:` URLs (the text stays, as text).
const markdownIt = new MarkdownIt({ html: false, linkify: false });

/**
 * The fast path, for a text with no `<` and no image — most papers, agendas
 * and minutes. markdown-it (the parser Eleventy and VS Code use, several times
 * faster than remark with GFM tables) compiles it to HTML that is safe by
 * construction with raw HTML off, and with no image nothing in it loads
 * anything. The careful path's own steps follow on the string: heading ids as
 * the careful path gives them (github-slugger), heading levels, `.md` links. It goes
 * into the page as trusted markup, as the careful path's sanitised HTML does.
 */
function quickly(body: string, shift: number, takeTitle: boolean, before: readonly string[]): Rendered {
  const { slugger, slugged } = sluggerAfter(before);
  let title: string | undefined;
  let html = markdownIt.render(body);
  if (takeTitle) {
    html = html.replace(/<h1>([\s\S]*?)<\/h1>\n?/, (_, inner: string) => {
      title = plain(inner);
      return '';
    });
  }
  html = html
    .replace(/<h([1-6])>([\s\S]*?)<\/h\1>/g, (_, level: string, inner: string) => {
      const depth = Math.min(6, Number(level) + shift);
      const heading = plain(inner);
      slugged.push(heading);
      return `<h${depth} id="${headingId(slugger.slug(heading))}">${inner}</h${depth}>`;
    })
    .replace(/<a href="([^"]*)"/g, (_, href: string) => `<a href="${mdLink(href)}"`);
  return { html: trusted(html), text: plain(html), title, slugged };
}

/** Where the Markdown body starts: after a front matter block, if the text opens with one. */
function bodyOf(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/**
 * Markdown → nodes for a page, the one way the site renders a file's text.
 * `takeTitle`: a paper's own first `<h1>` becomes the page's title.
 */
export function renderMarkdown(text: string, options: MarkdownOptions & { takeTitle?: boolean } = {}): Rendered {
  const shift = options.shiftHeadings ?? 0;
  const takeTitle = options.takeTitle ?? false;
  const before = options.after?.slugged ?? [];
  const key = `${shift}${takeTitle ? 't' : 'f'}${before.length}\0${before.join('\0')}\0${text}`;
  const known = kept?.current.get(key) ?? kept?.previous.get(key);
  if (known) {
    kept!.current.set(key, known);
    return known;
  }
  const body = bodyOf(text);
  const rendered = body.includes('<') || body.includes('![') ? carefully(text, shift, takeTitle, before) : quickly(body, shift, takeTitle, before);
  kept?.current.set(key, rendered);
  return rendered;
}

let kept: { previous: Map<string, Rendered>; current: Map<string, Rendered> } | undefined;

/**
 * Start a build that keeps what it renders, by text, for the next build in
 * this process: `etat site serve` renders again only the texts that changed,
 * and forgets those no build used since. A single build keeps nothing.
 */
export function nextBuildKeepsRendered(): void {
  kept = { previous: kept?.current ?? new Map(), current: new Map() };
}
