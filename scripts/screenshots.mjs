#!/usr/bin/env node
/**
 * Screenshots of the website, one of each page type at 1280 and 375 px wide,
 * to docs/site/<page>-<width>.png (shown in the README and docs/site.md).
 * The site is the bundled example's, built as the browser tests build it (a
 * copy committed at a fixed date, `--today 2026-11-24`), in the Chromium the
 * tests use (it builds the site in-process from src/, so no `npm run build`).
 * Run after a change to the site's looks, and commit the PNGs:
 *
 *   node scripts/screenshots.mjs               # every page type
 *   node scripts/screenshots.mjs meeting stats  # only these
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs', 'site');
const WIDTHS = [1280, 375];
/** A screenshot shows the top of a page: a register of a year is long, and the top shows how it looks. */
const MAX_HEIGHT = { 1280: 2000, 375: 2600 };
/** Pages shown in a state a visitor brings them to. */
const QUERY = { search: '?q=kunnskapsbase' };

const { launchBrowser } = await tsImport('../test/helpers/chromium.ts', import.meta.url);
const { buildSite, committedCopy, EXAMPLE, PAGE_TYPES } = await tsImport('../test/helpers/site.ts', import.meta.url);

const only = process.argv.slice(2);
const { dir, repo } = await committedCopy(EXAMPLE);
const browser = await launchBrowser();
try {
  const site = join(dir, 'site');
  await buildSite(repo, site);
  const base = pathToFileURL(site).href + '/';
  await mkdir(OUT, { recursive: true });
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    // Nothing but the site's own files: the screenshots show what a reader offline sees.
    await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    const page = await context.newPage();
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      if (only.length > 0 && !only.includes(name)) continue;
      await page.goto(base + path + (QUERY[name] ?? ''));
      await page.waitForLoadState('load');
      await page.evaluate('document.fonts.ready');
      const height = Math.min(MAX_HEIGHT[width], await page.evaluate('document.documentElement.scrollHeight'));
      const file = join(OUT, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
      console.log(`${file.slice(ROOT.length)}  ${width}×${height}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
