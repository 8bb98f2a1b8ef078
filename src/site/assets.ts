import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packagePath } from '../package-root.js';

// From the package root, not this module, which the bundle moves (src/package-root.ts).
const require = createRequire(packagePath('package.json'));
const OWN = packagePath('site-assets');

/**
 * The files under `assets/` every site has, all shipped with etat, none from
 * the internet: Designsystemet's theme and CSS with etat's own layer in one
 * stylesheet, the Inter font files the theme names, MiniSearch's browser
 * build and etat's three small classic scripts.
 */
export async function siteAssets(): Promise<Map<string, Uint8Array | string>> {
  const fonts = dirname(require.resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'));
  const miniSearch = join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js');
  const [theme, css, own, latin, latinExt, search, filter, searchUi, reload] = await Promise.all([
    readFile(require.resolve('@digdir/designsystemet-css/theme.css'), 'utf8'),
    readFile(require.resolve('@digdir/designsystemet-css'), 'utf8'),
    readFile(join(OWN, 'etat.css'), 'utf8'),
    readFile(join(fonts, 'inter-latin-wght-normal.woff2')),
    readFile(join(fonts, 'inter-latin-ext-wght-normal.woff2')),
    readFile(miniSearch, 'utf8'),
    readFile(join(OWN, 'filter.js'), 'utf8'),
    readFile(join(OWN, 'search.js'), 'utf8'),
    readFile(join(OWN, 'reload.js'), 'utf8'),
  ]);
  return new Map<string, Uint8Array | string>([
    // One stylesheet, one request; the source maps Designsystemet's files point at are not shipped.
    ['assets/site.css', `${own}\n${theme}\n${css}\n`.replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '')],
    ['assets/fonts/inter-latin-wght-normal.woff2', latin],
    ['assets/fonts/inter-latin-ext-wght-normal.woff2', latinExt],
    ['assets/minisearch.js', search.replace(/\/\/# sourceMappingURL=\S+/g, '')],
    ['assets/filter.js', filter],
    ['assets/search.js', searchUi],
    ['assets/reload.js', reload],
  ]);
}
