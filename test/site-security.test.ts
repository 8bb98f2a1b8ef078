import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_TIMEOUT, useBrowser, watchContext, type PageLog } from './helpers/browser.js';
import { makeRepo } from './helpers/repo.js';
import { buildSite, committedCopy } from './helpers/site.js';

/**
 * A repository written by someone hostile: its minutes, agenda, a Markdown
 * paper, other papers and even `etat.yml` hold scripts, event handlers,
 * `javascript:` links, frames and things from the internet. In a real browser,
 * on every page the site makes of them, nothing may run (no dialog opens, and
 * the flag each payload would set stays unset) and nothing may be loaded from
 * outside the site's own folder.
 */

const browser = useBrowser();

/** Each payload sets `window.pwned` to its own name, and opens a dialog, if it ever runs. */
const run = (name: string) => `window.pwned='${name}';alert('${name}')`;
const EVIL = 'https://evil.example';

/** HTML and Markdown that try every way in that rehype-sanitize must close. */
function hostileMarkdown(where: string): string {
  return `# Notat ${where}

Vanlig tekst om ${where}.

<script>${run(`${where}-script`)}</script>

<img src=x onerror="${run(`${where}-onerror`)}">

<img src="${EVIL}/${where}/pixel.gif" alt="">

![logo](${EVIL}/${where}/logo.png)

[x-${where}](javascript:${run(`${where}-link`)})

<a href="javascript:${run(`${where}-raw-link`)}">raw-${where}</a>

<a href="data:text/html,<script>${run(`${where}-data`)}</script>">data-${where}</a>

[vb-${where}](vbscript:msgbox(1))

<iframe src="${EVIL}/${where}/frame"></iframe>

<iframe srcdoc="<script>parent.${run(`${where}-srcdoc`)}</script>"></iframe>

<svg onload="${run(`${where}-svg`)}"><script>${run(`${where}-svg-script`)}</script></svg>

<math><mi xlink:href="javascript:${run(`${where}-math`)}">m</mi></math>

<details open ontoggle="${run(`${where}-toggle`)}"><summary>s</summary>d</details>

<input autofocus onfocus="${run(`${where}-focus`)}">

<form action="${EVIL}/${where}/form"><button>send</button></form>

<object data="${EVIL}/${where}/object"></object>

<embed src="${EVIL}/${where}/embed">

<video src="${EVIL}/${where}/video.mp4" autoplay></video>

<link rel="stylesheet" href="${EVIL}/${where}/style.css">

<style>@import url("${EVIL}/${where}/import.css"); body { background: url("${EVIL}/${where}/bg.png") }</style>

<div style="background:url(${EVIL}/${where}/inline.png)">stil-${where}</div>

<meta http-equiv="refresh" content="0;url=${EVIL}/${where}/refresh">

<base href="${EVIL}/${where}/">

<b onclick="${run(`${where}-click`)}" onmouseover="${run(`${where}-hover`)}">fet-${where}</b>

## Main

## Search

## Item 1
`;
}

/** A title or text of the front matter, where HTML must stay text. */
const field = (name: string) => `"<script>${run(name)}</script><img src=x onerror=${run(`${name}-img`)}>"`;

const FILES = {
  'etat.yml': `language: nb
site:
  title: ${field('site-title')}
agencies:
  bufdir: { name: ${field('agency')}, short: Bufdir }
  hdir: { name: Helsedirektoratet, short: Hdir }
  udir: { name: Utdanningsdirektoratet, short: Udir }
fora:
  direktorgruppen:
    name: Direktørgruppen
    members: [bufdir, hdir, udir]
    quorum: 2
`,
  'meetings/direktorgruppen/2026-03-12/agenda.md': `---
type: agenda
forum: direktorgruppen
date: 2026-03-12
purpose: ${field('purpose')}
status: sent
items:
  - id: "1"
    title: ${field('item-title')}
    kind: decide
    owner: bufdir
    case: ES-2026-001
    proposal: ${field('proposal')}
    papers:
      - papers/01-notat.md
      - papers/02-vedlegg.html
      - papers/03-figur.svg
      - papers/04-rapport.pdf
---
${hostileMarkdown('agenda')}`,
  'meetings/direktorgruppen/2026-03-12/minutes.md': `---
type: minutes
forum: direktorgruppen
date: 2026-03-12
status: approved
present: [bufdir, hdir, udir]
items:
  - id: "1"
    outcome: decided
    decision: ${field('decision')}
    consensus: true
    actions:
      - { what: ${field('action')}, owner: hdir, due: 2026-04-01 }
---
${hostileMarkdown('minutes')}`,
  'meetings/direktorgruppen/2026-03-12/papers/01-notat.md': hostileMarkdown('paper'),
  'meetings/direktorgruppen/2026-03-12/papers/02-vedlegg.html': `<!doctype html><script>${run('html-paper')}</script><img src="${EVIL}/html-paper.png">`,
  'meetings/direktorgruppen/2026-03-12/papers/03-figur.svg': `<svg xmlns="http://www.w3.org/2000/svg" onload="${run('svg-paper')}"><script>${run('svg-paper-script')}</script></svg>`,
  'meetings/direktorgruppen/2026-03-12/papers/04-rapport.pdf': '%PDF-1.4\n%%EOF\n',
  'cases/ES-2026-001.md': `---
type: case
id: ES-2026-001
title: ${field('case-title')}
owner: bufdir
status: open
---
${hostileMarkdown('case')}`,
};

let dir: string;
let out: string;
let base: string;
let pages: string[];
beforeAll(async () => {
  const source = await makeRepo(FILES);
  ({ dir } = await committedCopy(source));
  out = join(dir, 'site');
  await buildSite(join(dir, 'etatssamarbeidet'), out);
  base = pathToFileURL(out).href + '/';
  pages = (await readdir(out, { recursive: true })).filter((path) => path.endsWith('.html')).sort();
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a hostile repository in the browser', { timeout: BROWSER_TIMEOUT }, () => {
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    log = await watchContext(context, [base]);
    page = await context.newPage();
  });
  afterAll(() => context.close());

  /** What a payload would have left behind on the page. */
  const pwned = () => page.evaluate('window.pwned') as Promise<unknown>;

  it('builds pages of the meeting, the paper and the case', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['index.html', 'meetings/direktorgruppen/2026-03-12/index.html', 'meetings/direktorgruppen/2026-03-12/papers/01-notat.html', 'cases/ES-2026-001/index.html', 'decisions/index.html', 'search/index.html']),
    );
  });

  it('runs nothing and loads nothing from outside on any page, even when every element is hovered, clicked and focused', async () => {
    for (const path of pages) {
      await page.goto(base + path);
      await page.waitForLoadState('load');
      // Touch every element as a visitor might: hover and focus fire handlers a click does not.
      await page.evaluate(`(() => {
        for (const el of document.querySelectorAll('main *, header *, footer *')) {
          for (const type of ['mouseover', 'focus', 'toggle']) el.dispatchEvent(new Event(type));
        }
      })()`);
      expect(await pwned(), path).toBeUndefined();
    }
    expect(log.dialogs).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.requests.filter((url) => !url.startsWith(base))).toEqual([]);
  });

  it('follows every link of the meeting, paper and case pages without running anything', async () => {
    for (const path of ['meetings/direktorgruppen/2026-03-12/index.html', 'meetings/direktorgruppen/2026-03-12/papers/01-notat.html', 'cases/ES-2026-001/index.html']) {
      await page.goto(base + path);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(10);
      // Only relative links, the web and mail: never javascript:, data: or vbscript:.
      for (const href of hrefs) expect(href, `${path}: ${href}`).toMatch(/^(?![a-z][a-z0-9+.-]*:)|^(https?|mailto):/i);
      // Click the links the payloads made, where they survived as text, and each of the page's own.
      for (const text of ['x-', 'raw-', 'data-', 'vb-', 'fet-']) {
        const where = path.includes('papers') ? 'paper' : path.includes('cases') ? 'case' : 'minutes';
        const found = page.getByText(`${text}${where}`, { exact: true });
        if ((await found.count()) > 0) await found.first().click({ noWaitAfter: true });
      }
      expect(await pwned(), path).toBeUndefined();
    }
    expect(log.dialogs).toEqual([]);
  });

  it('keeps the text of the files, and shows HTML in front matter as text', async () => {
    await page.goto(`${base}meetings/direktorgruppen/2026-03-12/index.html`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Vanlig tekst om minutes.');
    expect(main).toContain('Vanlig tekst om agenda.');
    expect(main).toContain(`<script>${run('item-title')}</script>`);
    expect(main).toContain(`<script>${run('decision')}</script>`);
    expect(await page.title()).toContain(`<script>${run('site-title')}</script>`);
    await page.goto(`${base}meetings/direktorgruppen/2026-03-12/papers/01-notat.html`);
    expect(await page.locator('main').innerText()).toContain('Vanlig tekst om paper.');
    expect(await page.locator('main').innerText()).toContain('fet-paper');
  });

  it('leaves no element that runs or loads: no script but the site’s own, no frame, image, object or handler', async () => {
    for (const path of pages) {
      await page.goto(base + path);
      const found = await page.evaluate(`(() => {
        const bad = [];
        for (const el of document.querySelectorAll('*')) {
          const tag = el.tagName.toLowerCase();
          if (['iframe', 'frame', 'object', 'embed', 'img', 'video', 'audio', 'source', 'base', 'style', 'math'].includes(tag)) bad.push(tag);
          // The search box and the register's filter are the site's only form fields.
          if (tag === 'form' && el.id !== 'search-form') bad.push('form');
          // A task list's box in Markdown is kept, disabled, as GitHub keeps it: an <input> in a file becomes one.
          const taskBox = tag === 'input' && el.disabled && el.type === 'checkbox';
          if (['input', 'button', 'select', 'textarea'].includes(tag) && !['search', 'filter'].includes(el.id) && !taskBox) bad.push(tag);
          if (tag === 'link' && el.getAttribute('href') && !/^(\\.\\.\\/)*(assets\\/site\\.css|feed\\.xml)$/.test(el.getAttribute('href'))) bad.push('link ' + el.getAttribute('href'));
          if (tag === 'meta' && el.getAttribute('http-equiv')) bad.push('meta http-equiv');
          if (tag === 'script' && !/^(\\.\\.\\/)*assets\\/[a-z-]+\\.js$/.test(el.getAttribute('src') || '')) bad.push('script ' + (el.getAttribute('src') || 'inline'));
          for (const attribute of el.getAttributeNames()) if (/^on/i.test(attribute) || attribute === 'style' || attribute === 'srcdoc') bad.push(tag + ' ' + attribute);
        }
        return bad;
      })()`);
      expect(found, path).toEqual([]);
    }
  });

  it('gives the site’s own ids to the site: a heading of a file never takes main, search or an item’s anchor', async () => {
    for (const path of ['meetings/direktorgruppen/2026-03-12/index.html', 'meetings/direktorgruppen/2026-03-12/papers/01-notat.html']) {
      await page.goto(base + path);
      for (const id of ['main', 'search', 'item-1']) expect(await page.locator(`[id="${id}"]`).count(), `${path} #${id}`).toBeLessThanOrEqual(1);
      expect(await page.locator('#main').evaluate((element) => element.tagName)).toBe('MAIN');
      // The file's own headings are there, under the prefix rehype-sanitize gives a file's ids.
      expect(await page.locator('[id="user-content-main"]').count()).toBeGreaterThan(0);
    }
    await page.goto(`${base}meetings/direktorgruppen/2026-03-12/index.html#item-1`);
    expect(await page.locator(':target').evaluate((element) => element.tagName)).toBe('H3');
  });

  it('never publishes an HTML or SVG paper as a file of the site, where a browser would run it', async () => {
    const written = await readdir(join(out, 'meetings/direktorgruppen/2026-03-12/papers'));
    expect(written.sort()).toEqual(['01-notat.html', '04-rapport.pdf']);
    const meeting = await readFile(join(out, 'meetings/direktorgruppen/2026-03-12/index.html'), 'utf8');
    expect(meeting).toContain('href="papers/04-rapport.pdf"');
    expect(meeting).not.toContain('href="papers/02-vedlegg.html"');
    expect(meeting).not.toContain('href="papers/03-figur.svg"');
  });
});
