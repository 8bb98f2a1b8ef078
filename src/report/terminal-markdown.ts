import { Chalk } from 'chalk';
import type { List, Nodes, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface TerminalOptions {
  /** Bold headings and coloured code; without it, what colour would show is kept in plain text (backticks). */
  color: boolean;
}

/**
 * Markdown as a terminal shows it: headings bold (underlined with `=`/`-`
 * without colour), inline code in colour or in its backticks, lists with a
 * bullet, code blocks indented, links with where they lead, HTML comments left
 * out. Nothing is wrapped: the terminal does that.
 *
 * The tree comes from remark-parse, which etat already uses to read papers; a
 * second Markdown library (marked-terminal and the like) would be a dependency
 * for this one command, with its own idea of what the pages look like.
 */
export function renderMarkdown(markdown: string, options: TerminalOptions): string {
  const tree = unified().use(remarkParse).parse(markdown);
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const node of tree.children) {
    const block = renderBlock(node, { ...options, chalk });
    if (block !== undefined) out.push(block);
  }
  return out.join('\n\n') + '\n';
}

/** `x` as inline code: coloured, or in backticks when there is no colour. Also for text already in the catalogue's `…` marks. */
export function inlineCode(value: string, chalk: InstanceType<typeof Chalk>): string {
  return chalk.level > 0 ? chalk.cyan(value) : `\`${value}\``;
}

/** Backtick spans of a sentence (the catalogue's messages write keys that way) coloured when colour is on. */
export function codeSpans(text: string, chalk: InstanceType<typeof Chalk>): string {
  return chalk.level > 0 ? text.replace(/`([^`\n]+)`/g, (_, value: string) => chalk.cyan(value)) : text;
}

interface Context extends TerminalOptions {
  chalk: InstanceType<typeof Chalk>;
}

function renderBlock(node: RootContent, context: Context): string | undefined {
  const { chalk } = context;
  switch (node.type) {
    case 'heading': {
      const text = inline(node.children, { ...context, chalk: new Chalk({ level: 0 }) }).replace(/`/g, '');
      if (chalk.level > 0) return chalk.bold(text);
      return `${text}\n${(node.depth === 1 ? '=' : '-').repeat([...text].length)}`;
    }
    case 'paragraph':
      return inline(node.children, context);
    case 'list':
      return list(node, context);
    case 'code':
      return node.value
        .split('\n')
        .map((line) => (line === '' ? '' : `    ${line}`))
        .join('\n');
    case 'blockquote':
      return node.children
        .map((child) => renderBlock(child, context))
        .filter((text): text is string => text !== undefined)
        .join('\n\n')
        .split('\n')
        .map((line) => `│ ${line}`)
        .join('\n');
    case 'thematicBreak':
      return '─'.repeat(40);
    case 'html':
      // The generated-file comment at the top of every page, and any other comment: not for a reader.
      return /^<!--[\s\S]*-->$/.test(node.value.trim()) ? undefined : node.value;
    case 'definition':
      return undefined;
    default:
      return toString(node);
  }
}

function list(node: List, context: Context, depth = 0): string {
  const indent = '  '.repeat(depth);
  return node.children
    .map((item, index) => {
      const bullet = node.ordered ? `${(node.start ?? 1) + index}.` : '•';
      const parts = item.children.map((child) => (child.type === 'list' ? list(child, context, depth + 1) : (renderBlock(child, context) ?? '')));
      const [first = '', ...rest] = parts;
      const lines = first.split('\n').map((line, i) => (i === 0 ? `${indent}${bullet} ${line}` : `${indent}  ${line}`));
      return [lines.join('\n'), ...rest].join('\n');
    })
    .join('\n');
}

function inline(nodes: PhrasingContent[], context: Context): string {
  return nodes.map((node) => phrase(node, context)).join('');
}

function phrase(node: PhrasingContent, context: Context): string {
  const { chalk } = context;
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return inlineCode(node.value, chalk);
    case 'strong':
      return chalk.bold(inline(node.children, context));
    case 'emphasis':
      return chalk.italic(inline(node.children, context));
    case 'break':
      return '\n';
    case 'link': {
      const text = inline(node.children, context);
      // Relative links lead nowhere from a terminal: the pages given here have them made absolute (see rule-help.ts).
      return toString(node) === node.url || node.url === '' ? text : `${text} (${node.url})`;
    }
    case 'image':
      return node.alt ?? '';
    case 'html':
      return /^<!--[\s\S]*-->$/.test(node.value) ? '' : node.value;
    default:
      return toString(node as Nodes);
  }
}
