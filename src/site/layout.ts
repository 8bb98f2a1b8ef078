import { a, h, linkFrom, paths, type Children } from './html.js';
import type { SiteBase } from './site.js';

/** A page of the site: where it goes, its title, its main content and the site's own scripts it needs. */
export interface Page {
  path: string;
  title: string;
  main: Children;
  /** Paths of scripts under `assets/` (classic scripts: ES modules do not load from `file://`). */
  scripts?: string[];
}

/** The menu, in the order a reader looks for things. */
function menu(site: SiteBase, from: string) {
  const w = site.words;
  const entries: [string, string][] = [
    [paths.home, w.home],
    [paths.decisions, w.decisions],
    [paths.cases, w.cases],
    [paths.actions, w.actions],
    [paths.agencies, w.agencies],
    [paths.stats, w.stats],
    [paths.search, w.search],
  ];
  return h('nav.etat-menu', { ariaLabel: w.menu }, [
    h(
      'ul',
      entries.map(([to, label]) => h('li', [a(from, to, [label], to === from ? { ariaCurrent: 'page' } : {})])),
    ),
  ]);
}

/**
 * Every page in one frame: `lang`, a skip link to `<main>`, the menu, the
 * internal banner on an internal build, and a footer that links the
 * accessibility statement (its URL from etat.yml, or the site's own page).
 */
export function renderPage(site: SiteBase, page: Page): string {
  const w = site.words;
  const from = page.path;
  const statement = site.accessibilityUrl ? h('a', { href: site.accessibilityUrl }, w.accessibility) : a(from, paths.accessibility, [w.accessibility]);
  const scripts = [...(page.scripts ?? []), ...(site.serving ? ['assets/reload.js'] : [])];
  const document = h('html', { lang: site.lang === 'en' ? 'en' : site.lang }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', `${page.title} – ${site.title}`),
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
      h('main#main.etat-main', { tabIndex: -1 }, [h('h1.ds-heading', { dataSize: 'lg' }, page.title), ...page.main]),
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
