import { posix } from 'node:path';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h as hastscript } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { linkFrom } from '../src/site/html.js';
import { fragment, h, type Child, type Properties } from '../src/site/markup.js';

/*
 * The site's page builder against the pair it stands for: hastscript's `h`,
 * then hast-util-to-html with its defaults. The same calls, made both ways
 * from one generated description, must give the same bytes: every tag and
 * property the site uses, void elements, booleans, numbers, class lists, and
 * texts and attribute values full of what HTML must escape.
 */

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

const TAGS = ['a', 'article', 'body', 'caption', 'dd', 'div', 'dl', 'dt', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'head', 'header', 'html', 'input', 'label', 'li', 'link', 'main', 'meta', 'nav', 'ol', 'p', 'script', 'section', 'span', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'title', 'tr', 'ul', 'br', 'img', 'hr', 'TD', 'Section'];
const NAMES = ['main', 'item-3', 'search', 'chart-0-title', 'x'];
const CLASSES = ['ds-heading', 'etat-facts', 'ds-sr-only', 'etat-stack', 'a-b_c'];
const PIECES = ['Vedtak', ' ', 'æøå', '<script>', '&amp;', '"', "'", '`', '\0', '€', '😀', '=', '>', '/', 'a b', '\n', '\t', '', 'hidden', 'true', '0', '-1', ',', 'x, y'];
const KEYS = [
  'className', 'class', 'id', 'href', 'role', 'lang', 'title', 'type', 'name', 'content', 'charset', 'rel', 'src', 'scope', 'dateTime',
  'ariaLabel', 'ariaCurrent', 'ariaLabelledby', 'ariaDescribedby', 'dataSize', 'dataState', 'dataLabel', 'dataBorder', 'dataTable', 'dataTemplate',
  'tabIndex', 'hidden', 'htmlFor', 'autocomplete', 'open', 'checked', 'download', 'accept', 'coords', 'value', 'aria-label', 'data-x',
];

type Spec = { selector: string; properties: Properties | undefined; children: SpecChild[] };
type SpecChild = Spec | string | number | null | undefined | SpecChild[];

function generate(seed: number) {
  const { next, pick } = random(seed);
  const text = () => Array.from({ length: Math.floor(next() * 5) }, () => pick(PIECES)).join('');
  const value = (): Properties[string] => {
    const kind = next();
    if (kind < 0.5) return text();
    if (kind < 0.6) return next() < 0.5;
    if (kind < 0.7) return Math.floor(next() * 7) - 3;
    if (kind < 0.8) return [text(), text()];
    if (kind < 0.85) return next() < 0.5 ? null : undefined;
    if (kind < 0.88) return Number.NaN;
    return '';
  };
  const element = (depth: number): Spec => {
    let selector = pick(TAGS);
    if (next() < 0.3) selector += `#${pick(NAMES)}`;
    while (next() < 0.35) selector += `.${pick(CLASSES)}`;
    const properties = next() < 0.7 ? Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [pick(KEYS), value()])) : undefined;
    // A script or style holds nothing (the builder refuses: hast-util-to-html would write its text unescaped).
    const children: SpecChild[] = /^(script|style)/.test(selector) ? [] : Array.from({ length: Math.floor(next() * 4) }, () => child(depth));
    return { selector, properties, children };
  };
  const child = (depth: number): SpecChild => {
    const kind = next();
    if (kind < 0.35 && depth < 4) return element(depth + 1);
    if (kind < 0.7) return text();
    if (kind < 0.75) return Math.floor(next() * 100);
    if (kind < 0.85 && depth < 4) return [child(depth + 1), child(depth + 1)];
    return next() < 0.5 ? null : undefined;
  };
  return element(0);
}

type HastChild = ElementContent | string | number | null | undefined | HastChild[];
const ours = (spec: Spec): ReturnType<typeof h> => h(spec.selector, spec.properties ?? spec.children.map(oursChild), ...(spec.properties ? [spec.children.map(oursChild)] : []));
const oursChild = (child: SpecChild): Child => (Array.isArray(child) ? child.map(oursChild) : child !== null && typeof child === 'object' ? ours(child) : child);
const theirs = (spec: Spec) => (spec.properties ? hastscript(spec.selector, spec.properties, spec.children.map(theirsChild) as never) : hastscript(spec.selector, spec.children.map(theirsChild) as never));
const theirsChild = (child: SpecChild): HastChild => (Array.isArray(child) ? child.map(theirsChild) : child !== null && typeof child === 'object' ? theirs(child) : child);

describe('the page builder (markup.ts)', () => {
  it('writes what hastscript and hast-util-to-html write, byte for byte, for 3,000 generated elements', () => {
    let compared = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const spec = generate(seed);
      const expected = toHtml(theirs(spec));
      expect(ours(spec).html, `seed ${seed}: ${JSON.stringify(spec)}`).toBe(expected);
      compared += expected.length;
    }
    // The cases are not all empty: they hold a good deal of markup.
    expect(compared).toBeGreaterThan(300_000);
  });

  it('escapes a text and an attribute as hast-util-to-html does, and passes markup through once', () => {
    const text = 'A & B <b>"x"</b> `y` \'z\'';
    expect(h('p', { title: text }, text).html).toBe('<p title="A &#x26; B <b>&#x22;x&#x22;</b> &#x60;y&#x60; &#x27;z&#x27;">A &#x26; B &#x3C;b>"x"&#x3C;/b> `y` \'z\'</p>');
    expect(h('div', [h('p', 'a'), fragment('b', h('br'))]).html).toBe('<div><p>a</p>b<br></div>');
  });

  it('refuses a text in a script or a style, which no escaping would make safe there', () => {
    expect(() => h('script', '</script><script>alert(1)')).toThrow(/holds nothing/);
    expect(() => h('style', {}, 'x')).toThrow(/holds nothing/);
    expect(h('script', { src: 'assets/search.js' }).html).toBe('<script src="assets/search.js"></script>');
  });
});

describe('links between pages (linkFrom)', () => {
  it('gives what posix.relative gives from the page’s folder, for every pair of the paths a site makes', () => {
    const paths = [
      'index.html', 'feed.xml', 'assets/site.css', 'decisions/index.html', 'cases/index.html', 'cases/S-2026-01/index.html',
      'meetings/direktorgruppen/2026-10-29/index.html', 'meetings/direktorgruppen/2026-10-29/meeting.ics', 'meetings/direktorgruppen/2026-10-29/papers/02-a.html',
      'meetings/direktorgruppen/2026-11-26/index.html', 'meetings/direktorgruppen/2026-10-29/index.html#item-3', 'meetings/sekretariatet/2026-10-29/index.html',
      'forums/direktorgruppen/calendar.ics', 'meetings/direktorgruppen/2026-10-29', 'meetings', 'meetings/meetings/index.html', 'a/../b.html', './c.html', '/abs.html',
    ];
    let pairs = 0;
    for (const from of paths) {
      for (const to of paths) {
        const relative = posix.relative(posix.dirname(from), to);
        expect(linkFrom(from, to), `${from} → ${to}`).toBe(relative === '' ? posix.basename(to) : relative);
        pairs++;
      }
    }
    expect(pairs).toBe(paths.length ** 2);
  });
});
