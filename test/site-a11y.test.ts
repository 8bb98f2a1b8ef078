import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, BROWSER_TIMEOUT, describeViolations, useBrowser } from './helpers/browser.js';
import { buildSite, committedCopy, EXAMPLE, PAGE_TYPES, withoutIdentityNumber, type PageType } from './helpers/site.js';

/**
 * Universal design: axe-core finds no violation of WCAG 2.1 A/AA (the
 * regulations Norwegian public bodies are bound by) on any page type of the
 * example's site, on a wide screen and a phone's, in the internal and the
 * public build, and with what the scripts add (search hits, the filter). And
 * the keyboard gets a visitor past the menu to the content, with focus seen.
 */

const browser = useBrowser();
const WIDTHS = [1280, 375] as const;

let dir: string;
let internal: string;
let published: string;
beforeAll(async () => {
  ({ dir } = await committedCopy(EXAMPLE, withoutIdentityNumber));
  const repo = join(dir, 'etatssamarbeidet');
  await buildSite(repo, join(dir, 'internal'));
  await buildSite(repo, join(dir, 'public'), '--public');
  internal = pathToFileURL(join(dir, 'internal')).href + '/';
  published = pathToFileURL(join(dir, 'public')).href + '/';
}, 90_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** axe's violations on a page, as lines that say what and where: `[]` is the answer wanted. */
async function violations(page: Page): Promise<string[]> {
  return describeViolations(await axeViolations(page));
}

describe.each(WIDTHS)('axe at %i px', { timeout: BROWSER_TIMEOUT }, (width) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it.each(Object.keys(PAGE_TYPES) as PageType[])('finds no violation on the %s page', async (type) => {
    await page.goto(internal + PAGE_TYPES[type]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  });

  it('finds none with search hits shown, or with the register filtered', async () => {
    await page.goto(`${internal}search/index.html?q=felles`);
    await page.locator('#search-results li').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.goto(`${internal}decisions/index.html`);
    await page.getByRole('searchbox', { name: 'Filtrer' }).fill('direktørgruppen');
    expect(await violations(page)).toEqual([]);
  });

  it('finds none on the public build: a meeting with a withheld item, and what is published', async () => {
    await page.goto(`${published}meetings/direktorgruppen/2026-10-29/index.html`);
    expect(await page.locator('main').innerText()).toContain('Unntatt offentlighet');
    expect(await violations(page)).toEqual([]);
    await page.goto(`${published}publishing/index.html`);
    expect(await violations(page)).toEqual([]);
  });
});

describe('reflow at 320 px (WCAG 1.4.10)', { timeout: BROWSER_TIMEOUT }, () => {
  it('lets no page scroll sideways: long words wrap, wide tables scroll in their own box', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 640 } });
    try {
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of Object.values(PAGE_TYPES)) {
        await page.goto(internal + path);
        const scroll = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        if (scroll > 320) wide.push(`${path}: ${scroll} px`);
      }
      expect(wide).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the keyboard', { timeout: BROWSER_TIMEOUT }, () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  /** What has focus: its tag, id, text and whether it is drawn with an outline or ring. */
  const focused = () =>
    page.evaluate(`(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        text: (el.textContent || '').trim().slice(0, 40),
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 || style.boxShadow !== 'none',
        visible: box.width > 1 && box.height > 1 && box.top >= 0 && box.top < innerHeight,
      };
    })()`) as Promise<{ tag: string; id: string; text: string; ring: boolean; visible: boolean }>;

  it.each(['index.html', PAGE_TYPES.meeting, PAGE_TYPES.stats])('the first Tab on %s shows the skip link, and Enter moves to the content', async (path) => {
    await page.goto(internal + path);
    await page.keyboard.press('Tab');
    // Designsystemet's skip link is hidden (1 px) until focused, when it appears as a bar of its own: that is its focus.
    expect(await focused()).toMatchObject({ tag: 'a', text: 'Hopp til hovedinnhold', visible: true });
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('main');
    expect(page.url()).toBe(`${internal}${path}#main`);
  });

  it('moves through the menu with visible focus, and opens a page with Enter', async () => {
    await page.goto(`${internal}index.html`);
    const seen: string[] = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (i > 0) expect(now.ring, now.text).toBe(true);
      expect(now.visible, now.text).toBe(true);
      seen.push(now.text);
    }
    // Skip link, the site's name, then the menu in order.
    expect(seen).toEqual(['Hopp til hovedinnhold', 'Etatssamarbeidet', 'Forside', 'Vedtak', 'Saker', 'Oppfølgingspunkter', 'Etater', 'Styringshelse', 'Søk']);
    await page.keyboard.press('Enter');
    expect((await page.locator('h1').innerText()).trim()).toBe('Søk');
    // On the search page the box is one Tab past the menu and the skip link takes you to it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'input', id: 'search', ring: true });
  });
});
