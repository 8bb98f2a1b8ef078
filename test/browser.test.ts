import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSER_TIMEOUT, launchBrowser, serveStatic, useBrowser, watchContext } from './helpers/browser.js';
import { makeTempDir } from './helpers/repo.js';

/** The helpers of the browser tests, on pages small enough to know the answers of. */
describe('the browser helpers', { timeout: BROWSER_TIMEOUT }, () => {
  const browser = useBrowser();

  it('record requests, dialogs and errors, and keep the page off the internet', async () => {
    const dir = await makeTempDir();
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><title>t</title><img src="https://example.org/x.png" alt=""><img src="local.png" alt=""><script>alert("hi"); console.error("oops"); throw new Error("boom")</script>',
    );
    const site = await serveStatic(dir, '/base/');
    const context = await browser().newContext();
    try {
      const log = await watchContext(context, [site.url]);
      const page = await context.newPage();
      await page.goto(`${site.url}index.html`);
      await page.waitForLoadState('load');
      expect(log.requests).toEqual(expect.arrayContaining([`${site.url}index.html`, `${site.url}local.png`, 'https://example.org/x.png']));
      expect(log.dialogs).toEqual(['alert: hi']);
      expect(log.consoleErrors).toContain('oops');
      expect(log.pageErrors).toEqual(['boom']);
      // Outside the base path the server has nothing.
      expect((await page.request.get(site.url.replace('/base/', '/index.html'))).status()).toBe(404);
    } finally {
      await context.close();
      await site.close();
    }
  });

  it('axe finds what WCAG 2.1 A/AA forbids, and nothing on a clean page', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'bad.html'), '<!doctype html><html><title>t</title><main><img src="a.png"><p style="color:#aaa;background:#fff">faint</p></main>');
    await writeFile(join(dir, 'good.html'), '<!doctype html><html lang="en"><title>t</title><main><h1>Hello</h1><p>Plain.</p></main>');
    // axe opens a page of its own in the context: pages from browser.newPage() have none it may use.
    const context = await browser().newContext();
    const page = await context.newPage();
    try {
      await page.goto(pathToFileURL(join(dir, 'bad.html')).href);
      expect((await axeViolations(page)).map((v) => v.id).sort()).toEqual(['color-contrast', 'html-has-lang', 'image-alt']);
      await page.goto(pathToFileURL(join(dir, 'good.html')).href);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a missing browser is an error that says what to do', async () => {
    const saved = process.env.ETAT_CHROMIUM;
    process.env.ETAT_CHROMIUM = '/nonexistent/chromium';
    try {
      await expect(launchBrowser()).rejects.toThrow(/No headless Chromium.*ETAT_CHROMIUM names \/nonexistent\/chromium[\s\S]*npm ci/);
    } finally {
      if (saved === undefined) delete process.env.ETAT_CHROMIUM;
      else process.env.ETAT_CHROMIUM = saved;
    }
  });
});
