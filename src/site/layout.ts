import { a, h, linkFrom, paths, type Children } from './html.js';
import { escapeText, fragment, trusted } from './markup.js';
import type { SiteBase } from './site.js';

/** A page of the site: where it goes, its title, its main content and the site's own scripts it needs. */
export interface Page {
  path: string;
  title: string;
  main: Children;
  /** Paths of scripts under `assets/` (classic scripts: ES modules do not load from `file://`). */
  scripts?: string[];
}

/** The menu, in the order a reader looks for things: each page and the word that names it. */
const MENU = [
  [paths.home, 'home'],
  [paths.decisions, 'decisions'],
  [paths.cases, 'cases'],
  [paths.actions, 'actions'],
  [paths.agencies, 'agencies'],
  [paths.stats, 'stats'],
  [paths.search, 'search'],
] as const;
const MENU_PATHS: readonly string[] = MENU.map(([to]) => to);

function menu(site: SiteBase, from: string) {
  const w = site.words;
  return h('nav.etat-menu', { ariaLabel: w.menu }, [h('ul', MENU.map(([to, word]) => h('li', [a(from, to, [w[word]], to === from ? { ariaCurrent: 'page' } : {})])))]);
}

/**
 * Every page in one frame: `lang`, a skip link to `<main>`, the menu, the
 * internal banner on an internal build, and a footer that links the
 * accessibility statement (its URL from etat.yml, or the site's own page).
 * The frame is made once for every set of links it holds (a page's folder
 * depth, mostly) and kept as the pieces around the title, the heading and the
 * main content: a site of thousands of pages made the same frame thousands of
 * times. `framedPage` makes it whole, and test/site-layout.test.ts holds the
 * two to the same bytes.
 */
export function renderPage(site: SiteBase, page: Page): string {
  const scripts = scriptsOf(site, page);
  const key = [...FRAME_LINKS.map((to) => linkFrom(page.path, to)), MENU_PATHS.indexOf(page.path), ...scripts.map((src) => linkFrom(page.path, src))].join('\n');
  let known = frames.get(site);
  if (!known) frames.set(site, (known = new Map()));
  let pieces = known.get(key);
  if (pieces === undefined) {
    const whole = framedPage(site, { path: page.path, title: '', main: [trusted(MAIN)], scripts: page.scripts }, true);
    const parts = whole.split(/\0(?:title|heading|main)\0/);
    // Sentinels the frame's own words hold (a site title with a NUL in it) leave the frame to be made whole, page by page.
    pieces = parts.length === 4 && whole.split('\0').length === 7 ? parts : null;
    known.set(key, pieces);
  }
  if (pieces === null) return framedPage(site, page);
  return pieces[0]! + escapeText(`${page.title} – ${site.title}`) + pieces[1]! + escapeText(page.title) + pieces[2]! + fragment(page.main).html + pieces[3]!;
}

/** The frame's sentinels: the title is written into `<title>` with the site's name after it, and as the heading. */
const TITLE = '\0title\0';
const HEADING = '\0heading\0';
const MAIN = '\0main\0';
/** Frames by site (its words and settings), then by the links they hold; null: made whole for every page. */
const frames = new WeakMap<SiteBase, Map<string, string[] | null>>();
/** Every file the frame links to: the stylesheet, the feed, the footer's pages and the menu's. */
const FRAME_LINKS = ['assets/site.css', paths.feed, paths.accessibility, paths.publishing, ...MENU_PATHS];

const scriptsOf = (site: SiteBase, page: Page) => [...(page.scripts ?? []), ...(site.serving ? ['assets/reload.js'] : [])];

/** A page in its frame, made whole; with `sentinels`, the title and heading are the sentinels `renderPage` cuts at. */
export function framedPage(site: SiteBase, page: Page, sentinels = false): string {
  const w = site.words;
  const from = page.path;
  const statement = site.accessibilityUrl ? h('a', { href: site.accessibilityUrl }, w.accessibility) : a(from, paths.accessibility, [w.accessibility]);
  const scripts = scriptsOf(site, page);
  const heading = sentinels ? HEADING : page.title;
  const document = h('html', { lang: site.lang === 'en' ? 'en' : site.lang }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', sentinels ? TITLE : `${page.title} – ${site.title}`),
      h('link', { rel: 'stylesheet', href: linkFrom(from, 'assets/site.css') }),
      h('link', { rel: 'alternate', type: 'application/atom+xml', title: w.feed, href: linkFrom(from, paths.feed) }),
    ]),
    h('body', [
      h('a.ds-skip-link', { href: '#main' }, w.skip),
      h('header.etat-header', [
        h('div.etat-bar', [a(from, paths.home, [site.title], { className: 'etat-brand' }), h('span.etat-edition', site.isPublic ? w.publicBuild : '')]),
        menu(site, from),
      ]),
      site.isPublic ? undefined : h('div.etat-internal', { role: 'note' }, w.internal),
      h('main#main.etat-main', { tabIndex: -1 }, [h('h1.ds-heading', { dataSize: 'lg' }, heading), ...page.main]),
      h('footer.etat-footer', [
        h('ul', [
          h('li', [statement]),
          h('li', [a(from, paths.publishing, [w.publishing])]),
          h('li', [a(from, paths.feed, [w.feed])]),
        ]),
        h('p', w.generated({ date: site.today })),
      ]),
      ...scripts.map((src) => h('script', { src: linkFrom(from, src) })),
    ]),
  ]);
  return `<!doctype html>${document.html}`;
}
