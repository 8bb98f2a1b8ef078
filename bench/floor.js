// The parse-only floor: read the same files etat check reads and parse their YAML
// front matter (with positions) and their Markdown, and nothing else. No schema, no
// model, no rules: what any tool that looks at these files must at least pay.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';

const root = process.argv[2];
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const entries = await readdir(join(root, 'meetings'), { recursive: true, withFileTypes: true });
const files = entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(e.parentPath, e.name));
let nodes = 0;
await Promise.all(
  files.map(async (path) => {
    const text = await readFile(path, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
    if (match) {
      const lineCounter = new LineCounter();
      parseDocument(match[1], { lineCounter }).toJS();
    }
    nodes += markdown.parse(match ? text.slice(match[0].length) : text).children.length;
  }),
);
if (nodes === 0) process.exitCode = 1;
