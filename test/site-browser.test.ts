import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TIMEOUT, useBrowser, watchContext, type PageLog } from './helpers/browser.js';
import { clockEnv } from './helpers/git.js';
import { buildSite, committedCopy, EXAMPLE, EXAMPLE_TODAY } from './helpers/site.js';

/**
 * The example's website driven in a real Chromium, as a visitor would use it:
 * by clicking links and typing, from `file://` (a copy on disk) and from
 * `etat site serve`. Every request must stay on the site, and no page may
 * log an error.
 */

const ETAT = fileURLToPath(new URL('../bin/etat.js', import.meta.url));
const browser = useBrowser();

/** The page's h1, once it is there. */
async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').innerText()).trim();
}

/** The id of the element the URL's fragment points at (`:target`), if any. */
const target = (page: Page) => page.locator(':target').getAttribute('id');

/** A visitor's walk: home → forum → meeting → case → another meeting, and back. */
async function walk(page: Page, base: string): Promise<void> {
  await page.goto(`${base}index.html`);
  expect(await heading(page)).toBe('Etatssamarbeidet');
  expect(await page.locator('html').getAttribute('lang')).toBe('nb');

  await page.getByRole('navigation', { name: 'Fora' }).getByRole('link', { name: 'Direktørgruppen' }).click();
  expect(await heading(page)).toBe('Direktørgruppen');
  expect(page.url()).toBe(`${base}forums/direktorgruppen/index.html`);

  await page.getByRole('link', { name: '11. juni 2026' }).click();
  expect(await heading(page)).toBe('Direktørgruppen, torsdag 11. juni 2026');
  expect(await page.locator('#item-3').innerText()).toBe('Sak 3: Strategisk prosjektstyring');

  await page.locator('section[aria-labelledby="item-3"]').getByRole('link', { name: 'ES-2025-007' }).click();
  expect(await heading(page)).toBe('ES-2025-007: Strategisk prosjektstyring');
  // The case's path across fora, oldest first: the leaders' group twice, then the directors.
  const stops = await page.locator('.etat-timeline > li h3').allInnerTexts();
  expect(stops.map((stop) => stop.trim())).toEqual(expect.arrayContaining(['10. desember 2025 – Tverrgående ledergruppe', '15. april 2026 – Tverrgående ledergruppe', '11. juni 2026 – Direktørgruppen']));

  await page.getByRole('link', { name: 'Sak 3: Strategisk prosjektstyring – revidert modell' }).click();
  expect(await heading(page)).toBe('Tverrgående ledergruppe, onsdag 15. april 2026');
  expect(page.url()).toBe(`${base}meetings/tverrgaende-ledergruppe/2026-04-15/index.html#item-3`);
  expect(await target(page)).toBe('item-3');

  await page.goBack();
  expect(await heading(page)).toBe('ES-2025-007: Strategisk prosjektstyring');
  await page.goBack();
  expect(await heading(page)).toBe('Direktørgruppen, torsdag 11. juni 2026');

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Forside' }).click();
  expect(await heading(page)).toBe('Etatssamarbeidet');
  expect(page.url()).toBe(`${base}index.html`);
}

/** Search for a decision by a word of it, and open it. */
async function searchForDecision(page: Page, base: string): Promise<void> {
  await page.goto(`${base}index.html`);
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Søk' }).click();
  expect(await heading(page)).toBe('Søk');
  // The form is shown by the search script, once the index has loaded: then the script ran.
  const box = page.getByRole('searchbox', { name: 'Søk i titler, formål, vedtak og saksfremlegg' });
  await box.fill('kunnskapsbase');
  const results = page.locator('#search-results li a');
  await results.first().waitFor();
  expect(await page.locator('#search-status').innerText()).toMatch(/^\d+ treff$/);
  const titles = await results.allInnerTexts();
  expect(titles).toContain('Vedtak: Felles kunnskapsbase om barn og unge');
  // Every hit holds the word (prefix search): nothing unrelated comes first.
  expect(titles[0]).toMatch(/kunnskapsbase/i);

  await page.getByRole('link', { name: 'Vedtak: Felles kunnskapsbase om barn og unge' }).click();
  expect(page.url()).toBe(`${base}meetings/direktorgruppen/2026-06-11/index.html#item-4`);
  expect(await heading(page)).toBe('Direktørgruppen, torsdag 11. juni 2026');
  expect(await target(page)).toBe('item-4');
  const item = page.locator('section[aria-labelledby="item-4"]');
  expect(await item.innerText()).toContain('Direktørgruppen vedtok å etablere en felles kunnskapsbase om barn og unge fra 2027');

  // A search is a link too: ?q= fills the box and shows the hits.
  await page.goto(`${base}search/index.html?q=videom%C3%B8ter`);
  await results.first().waitFor();
  expect(await box.inputValue()).toBe('videomøter');
  expect(await results.allInnerTexts()).toContain('Vedtak: Felles innkjøp av verktøy for videomøter');
  await box.fill('qqqzzz');
  expect(await page.locator('#search-status').innerText()).toBe('Ingen treff.');
  expect(await results.count()).toBe(0);
}

/** A fresh context that may load only what `base` holds, and what it did. */
async function visit(base: string): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const log = await watchContext(context, [base]);
  const page = await context.newPage();
  return { context, page, log };
}

/** Nothing left the site, no dialog opened, nothing failed in the page. */
function expectQuiet(log: PageLog, base: string): void {
  expect(log.requests.length).toBeGreaterThan(2);
  expect(log.requests.filter((url) => !url.startsWith(base))).toEqual([]);
  expect(log.dialogs).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
}

let dir: string;
let repo: string;
beforeAll(async () => {
  ({ dir, repo } = await committedCopy(EXAMPLE));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the site from file://', { timeout: BROWSER_TIMEOUT }, () => {
  let base: string;
  beforeAll(async () => {
    const out = join(dir, 'site');
    await buildSite(repo, out);
    base = pathToFileURL(out).href + '/';
  }, 60_000);

  it('takes a visitor from home to a meeting to a case and back, by its links', async () => {
    const { context, page, log } = await visit(base);
    try {
      await walk(page, base);
      expectQuiet(log, base);
    } finally {
      await context.close();
    }
  });

  it('finds a decision by a word of it and opens it, offline', async () => {
    const { context, page, log } = await visit(base);
    try {
      await searchForDecision(page, base);
      expectQuiet(log, base);
      // The index comes as a classic script, which file:// allows (fetch and modules it blocks).
      expect(log.requests).toContain(`${base}assets/search-index.js`);
    } finally {
      await context.close();
    }
  });

  it('filters the decision register as one types, and shows it all without a filter', async () => {
    const { context, page, log } = await visit(base);
    try {
      await page.goto(`${base}decisions/index.html`);
      const rows = page.locator('#decisions tbody tr');
      const total = await rows.count();
      expect(total).toBeGreaterThan(15);
      const filter = page.getByRole('searchbox', { name: 'Filtrer' });
      const shown = page.locator('#decisions tbody tr:not([hidden])');
      expect(await page.locator('#filter-count').innerText()).toBe(`${total} av ${total} vises`);
      await filter.fill('videomøter');
      expect(await shown.count()).toBe(1);
      expect(await shown.innerText()).toContain('Felles innkjøp av verktøy for videomøter');
      expect(await page.locator('#filter-count').innerText()).toBe(`1 av ${total} vises`);
      await filter.fill('');
      expect(await shown.count()).toBe(total);
      expectQuiet(log, base);
    } finally {
      await context.close();
    }
  });
});

describe('the site from etat site serve', { timeout: BROWSER_TIMEOUT }, () => {
  let server: ResultPromise<{ reject: false }>;
  let base: string;
  let output = '';
  beforeAll(async () => {
    server = execa('node', [ETAT, 'site', 'serve', '--port', '0', '--today', EXAMPLE_TODAY], { cwd: repo, env: clockEnv(), reject: false });
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`etat site serve printed no address within 60 s:\n${output}`)), 60_000);
      const look = () => {
        const url = /^http:\/\/127\.0\.0\.1:(\d+)\/$/m.exec(output)?.[0];
        if (url) {
          clearTimeout(timer);
          resolve(url);
        }
      };
      server.stdout.on('data', look);
      void server.then((result) => reject(new Error(`etat site serve stopped (${result.exitCode}):\n${output}`)));
    });
  }, 90_000);
  afterAll(async () => {
    server.kill('SIGTERM');
    const result = await server;
    // Stopped by the signal, it closes its watcher and server and exits 0.
    expect(result.exitCode, output).toBe(0);
  });

  it('serves on localhost, on the port it chose', () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(base).not.toBe('http://127.0.0.1:0/');
  });

  it('takes a visitor from home to a meeting to a case and back, by its links', async () => {
    const { context, page, log } = await visit(base);
    try {
      await walk(page, base);
      expectQuiet(log, base);
    } finally {
      await context.close();
    }
  });

  it('finds a decision by a word of it and opens it', async () => {
    const { context, page, log } = await visit(base);
    try {
      await searchForDecision(page, base);
      expectQuiet(log, base);
    } finally {
      await context.close();
    }
  });

  it('serves nothing outside the site', async () => {
    const { context, page } = await visit(base);
    try {
      for (const path of ['../etat.yml', '%2e%2e/etat.yml', 'meetings/../../etat.yml', '.etat-site/../../etat.yml']) {
        const response = await page.request.get(`${base}${path}`);
        expect(response.status(), path).toBe(404);
      }
    } finally {
      await context.close();
    }
  });

  it('rebuilds when a file changes, and the open page reloads with it', async () => {
    const { context, page, log } = await visit(base);
    try {
      await page.goto(`${base}meetings/direktorgruppen/2026-12-03/index.html`);
      expect(await page.locator('main').innerText()).not.toContain('Et nytt formål for møtet');
      const agenda = join(repo, 'meetings/direktorgruppen/2026-12-03/agenda.md');
      const text = await readFile(agenda, 'utf8');
      const purpose = /^purpose: .*$/m;
      expect(text).toMatch(purpose);
      const reloaded = page.waitForEvent('load', { timeout: 30_000 });
      await writeFile(agenda, text.replace(purpose, 'purpose: Et nytt formål for møtet'));
      await reloaded;
      expect(await page.locator('main').innerText()).toContain('Et nytt formål for møtet');
      expect(output).toMatch(/↻ \d+ ms/);
      expectQuiet(log, base);
    } finally {
      await context.close();
    }
  });
});
