/**
 * What the browser tests share: one Chromium per test file (`chromium.ts`,
 * which `scripts/screenshots.mjs` uses too), axe, a log of what a page did,
 * and a static server.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { BROWSER_TIMEOUT, launchBrowser } from './chromium.js';

export { BROWSER_TIMEOUT, launchBrowser };

/** The tags of the WCAG 2.1 A and AA success criteria, which Norwegian public bodies are bound by. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * One browser for the test file: launched before its first test, closed after
 * its last. Call at the top of a test file; the getter gives the browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser did not start (see the error of beforeAll)');
    return browser;
  };
}

/** The violations of WCAG 2.1 A/AA that axe-core finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<Awaited<ReturnType<AxeBuilder['analyze']>>['violations']> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations;
}

/** Axe's violations in a line each (rule, impact, the first few elements): what a failing test shows. */
export function describeViolations(violations: Awaited<ReturnType<typeof axeViolations>>): string[] {
  return violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
}

/** What a page did that a visitor might not see: every request, dialog, console error and uncaught error. */
export interface PageLog {
  requests: string[];
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/**
 * Record what `context` asks for and what its pages do. Requests outside
 * `allowed` (URL prefixes: the site's own origin or folder) are recorded and
 * aborted, so a test never reaches the internet; dialogs are recorded and
 * dismissed, so a payload that opens one cannot hang the test.
 */
export async function watchContext(context: BrowserContext, allowed: string[]): Promise<PageLog> {
  const log: PageLog = { requests: [], dialogs: [], consoleErrors: [], pageErrors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return allowed.some((prefix) => url.startsWith(prefix)) ? route.continue() : route.abort('blockedbyclient');
  });
  const watch = (page: Page) => {
    page.on('request', (request) => log.requests.push(request.url()));
    page.on('dialog', (dialog) => {
      log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') log.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => log.pageErrors.push(error.message));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return log;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xml': 'application/atom+xml',
  '.ics': 'text/calendar',
};

/**
 * A static file server on 127.0.0.1 and a free port, for a built site: the
 * files under `root` at `prefix` (a base path such as `/etat/`), nothing else.
 */
export async function serveStatic(root: string, prefix = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolve(base, '.' + (path.startsWith(prefix) ? path.slice(prefix.length - 1) : '/\0'));
    const notFound = () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (file !== base && !file.startsWith(base + sep)) return notFound();
    const target = path.endsWith('/') ? join(file, 'index.html') : file;
    stat(target).then(
      (info) => {
        if (!info.isFile()) return notFound();
        response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
        createReadStream(target).pipe(response);
      },
      notFound,
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
