import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ruleUrl } from '../meta.js';
import { packagePath } from '../package-root.js';

export interface RuleHelp {
  markdown: string;
  text: string;
}

/**
 * A rule's page (docs/rules/<id>.md, shipped with etat), for viewers that show
 * help beside a finding (GitHub code scanning): the generated-file comment
 * left out, relative links made absolute, and a plain-text rendering for
 * viewers without Markdown. Undefined when the page is not there.
 */
export function ruleHelp(ruleId: string): RuleHelp | undefined {
  let page: string;
  try {
    page = readFileSync(packagePath('docs', 'rules', `${ruleId}.md`), 'utf8');
  } catch {
    return undefined;
  }
  const base = ruleUrl(ruleId);
  const markdown = page
    .replace(/^<!--[\s\S]*?-->\s*/, '')
    // Links to the fixtures and sources are relative to the page; from a SARIF viewer they must be absolute.
    .replace(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g, (_, link: string) => `](${new URL(link, base).href})`)
    .trim();
  const tree = unified().use(remarkParse).parse(markdown);
  const text = tree.children.map((block) => toString(block)).join('\n\n');
  return { markdown: markdown + '\n', text };
}
