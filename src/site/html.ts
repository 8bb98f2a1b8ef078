import { posix } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { longDate as longDateInWords } from '../model/dates.js';
import { h, type Child, type Markup } from './markup.js';

/**
 * Pages are made with `h` (markup.ts), which takes what hastscript takes:
 * every text from the repository goes in as a text, escaped as it goes in,
 * and no page is a string template.
 */
export type Html = Markup;
/** What a page puts in an element: markup and texts; nothing, where a value is missing. */
export type Children = Child[];
export { h };

/**
 * A page's place in the site (`meetings/direktorgruppen/2026-10-29/index.html`)
 * and the link to another page from it: always relative, so the site works
 * under any base path and from `file://`. What `posix.relative` gives from the
 * page's folder (test/site.test.ts holds it to that), without normalising
 * paths that are normal already: a site links hundreds of thousands of times.
 */
export function linkFrom(from: string, to: string): string {
  if (from !== lastFrom) {
    lastFrom = from;
    lastFolders = from.split('/');
    lastFolders.pop();
  }
  const folders = lastFolders;
  const target = to.split('/');
  const limit = Math.min(folders.length, target.length);
  let shared = 0;
  while (shared < limit && folders[shared] === target[shared]) shared++;
  if (shared === target.length || !isPlain(from) || !isPlain(to)) {
    const relative = posix.relative(posix.dirname(from), to);
    return relative === '' ? posix.basename(to) : relative;
  }
  const up = folders.length - shared;
  const rest = target.slice(shared).join('/');
  return up === 0 ? rest : `${'../'.repeat(up)}${rest}`;
}
// The page the last link was made from, and its folders: a page makes all its links one after another.
let lastFrom = '';
let lastFolders: string[] = [];
/** A path from the site's root with no empty, `.` or `..` segment: the paths the site makes. */
const isPlain = (path: string) => path !== '' && !path.startsWith('/') && !path.endsWith('/') && !path.includes('//') && !/(^|\/)\.\.?(\/|$)/.test(path);

/** The folder of a page, the index that links end in. */
export const page = (...segments: string[]) => [...segments.map(segment), 'index.html'].join('/');

/**
 * A path segment from a name in the repository (a forum, a date folder, a
 * case id): the characters ids may hold pass; anything else is escaped, so a
 * name never walks out of its folder.
 */
export function segment(name: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) && !name.includes('..') ? name : encodeURIComponent(name).replace(/\./g, '%2E');
}

/** Paths of the pages other pages link to. */
export const paths = {
  home: 'index.html',
  forum: (forum: string) => page('forums', forum),
  forumCalendar: (forum: string) => `forums/${segment(forum)}/calendar.ics`,
  meeting: (forum: string, folder: string) => page('meetings', forum, folder),
  meetingCalendar: (forum: string, folder: string) => `meetings/${segment(forum)}/${segment(folder)}/meeting.ics`,
  paper: (forum: string, folder: string, file: string) => `meetings/${segment(forum)}/${segment(folder)}/papers/${segment(file)}`,
  decisions: page('decisions'),
  cases: page('cases'),
  case: (id: string) => page('cases', id),
  actions: page('actions'),
  agencies: page('agencies'),
  agency: (id: string) => page('agencies', id),
  stats: page('stats'),
  search: page('search'),
  publishing: page('publishing'),
  accessibility: page('accessibility'),
  feed: 'feed.xml',
};

/** A link from the page `from`: the one way pages link, so every href is relative. */
export function a(from: string, to: string, children: Children, properties: Record<string, string> = {}): Markup {
  return h('a', { href: linkFrom(from, to), ...properties }, children);
}

/**
 * A table with a caption and column headers (`scope=col`), each row's first
 * cell a row header when asked. Each cell carries its column's name
 * (`data-label`), which a narrow screen shows beside the value when the
 * stylesheet stacks the rows; the ARIA roles keep it a table to assistive
 * technology when CSS changes how it is drawn. `hideCaption`: the caption
 * repeats the heading just above it, so only screen readers get it.
 */
export function table(caption: string, header: string[], rows: Children[], options: { rowHeaders?: boolean; hideCaption?: boolean; hidden?: boolean } = {}): Markup {
  const inner = h('table.ds-table.etat-stack', { role: 'table', dataBorder: '' }, [
    h(options.hideCaption ? 'caption.ds-sr-only' : 'caption', caption),
    h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' }, header.map((cell) => h('th', { scope: 'col', role: 'columnheader' }, cell)))),
    h(
      'tbody',
      { role: 'rowgroup' },
      rows.map((row) =>
        h(
          'tr',
          { role: 'row' },
          row.map((cell, i) => (i === 0 && options.rowHeaders ? h('th', { scope: 'row', role: 'rowheader', dataLabel: header[i] }, cell ?? '') : h('td', { role: 'cell', dataLabel: header[i] }, cell ?? ''))),
        ),
      ),
    ),
  ]);
  // A table only screen readers get (beside a chart) is no scrolling region: as one it would need a
  // keyboard stop nobody sees (axe: scrollable-region-focusable), and its caption names it already.
  return options.hidden ? h('div.ds-sr-only', inner) : h('div.etat-table-wrap', { tabIndex: 0, role: 'region', ariaLabel: caption }, inner);
}

/** A definition list of label and value, leaving out the empty values. */
export function facts(pairs: [string, Html | string | undefined | null][]): Markup | undefined {
  const shown = pairs.filter((pair): pair is [string, Html | string] => pair[1] !== undefined && pair[1] !== null && pair[1] !== '');
  if (shown.length === 0) return undefined;
  return h('dl.etat-facts', shown.flatMap(([label, value]) => [h('dt', label), h('dd', value)]));
}

/** A date written for a reader in the site's language (`29. oktober 2026`, `29 October 2026`). */
export function longDate(date: string | null | undefined, lang: Lang): string {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return date ?? '';
  return longDateInWords(date.slice(0, 10), lang, { weekday: false });
}

/** A `<time>` element for a calendar date. */
export function time(date: string | null | undefined, lang: Lang): Html | string {
  return date ? h('time', { dateTime: date.slice(0, 10) }, longDate(date, lang)) : '';
}
