import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocs, ROOT } from '../scripts/generate-docs.js';

describe('generated documentation', () => {
  it('is up to date: run `npm run docs` when this fails', async () => {
    const generated = await renderDocs();
    for (const [path, content] of generated) {
      const onDisk = await readFile(path, 'utf8').catch(() => '(missing)');
      expect(onDisk, relative(ROOT, path)).toBe(content);
    }
  });

  it('has no rule page for a rule that does not exist', async () => {
    const generated = new Set((await renderDocs()).keys());
    const pages = (await readdir(join(ROOT, 'docs', 'rules'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(pages.filter((page) => !generated.has(page))).toEqual([]);
  });
});
