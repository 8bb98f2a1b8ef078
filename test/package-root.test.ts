import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packagePath, packageRoot, packageUrl } from '../src/package-root.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

describe('the package root', () => {
  it('is the folder of etat’s package.json, found from src/ as from dist/ and the bundle', () => {
    expect(packageRoot()).toBe(ROOT);
    expect(packagePath('schemas', 'agenda.schema.json')).toBe(join(ROOT, 'schemas', 'agenda.schema.json'));
    expect(existsSync(packagePath('templates', 'nb', 'paper.md'))).toBe(true);
  });

  it('gives file URLs, a folder’s ending in a slash so that names resolve inside it', () => {
    expect(packageUrl('docs', 'rules/').href.endsWith('/docs/rules/')).toBe(true);
    expect(fileURLToPath(new URL('minutes/late.md', packageUrl('docs', 'rules/')))).toBe(join(ROOT, 'docs', 'rules', 'minutes', 'late.md'));
  });
});

describe('files etat ships', () => {
  it('are found from the package root in every module of src/, never relative to the module (which the bundle moves)', async () => {
    const files = (await readdir(join(ROOT, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts') && f !== 'package-root.ts');
    const relative: string[] = [];
    for (const file of files) {
      const text = await readFile(join(ROOT, 'src', file), 'utf8');
      if (/new URL\([^)]*import\.meta\.url/.test(text) || /fileURLToPath\(import\.meta\.url\)/.test(text)) relative.push(file);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(relative).toEqual([]);
  });
});
