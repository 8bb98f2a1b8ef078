import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { packagePath } from '../package-root.js';
import { h, paths } from './html.js';
import type { Page } from './layout.js';
import type { PaperFile } from './papers.js';
import { shownDecisions } from './pages/decisions.js';
import { meetingTitle } from './pages/meeting.js';
import { forumName, type Site } from './site.js';

/** The search index's path in the site: a classic script, which `file://` allows where it blocks `fetch`. */
export const SEARCH_INDEX = 'assets/search-index.js';

interface SearchDoc {
  id: number;
  title: string;
  text: string;
  url: string;
  context: string;
}

/** The options the index is built with and read back with, in the page: the same object both sides. */
const OPTIONS = { fields: ['title', 'text'], storeFields: [] as string[] };

const excerpt = (text: string) => (text.length > 180 ? `${text.slice(0, 179)}…` : text);

/**
 * The thread that builds the index: MiniSearch (its CommonJS build, the same
 * code the page reads the index back with) over the documents, serialised as
 * the script the search page loads. JSON in a script: `<` escaped, so no text
 * from the repository can close the script element. A thread of its own,
 * because the index is the largest single piece of work of a build and needs
 * nothing but the documents: the pages after it are rendered meanwhile.
 */
const INDEX_THREAD = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const MiniSearch = require(workerData.miniSearch);
const { docs, options, root, words } = workerData;
const index = new MiniSearch(options);
index.addAll(docs);
const data = { options, index: index.toJSON(), docs: docs.map(({ title, url, context }) => ({ title, url, context })), root, words };
parentPort.postMessage('window.etatSearchIndex = ' + JSON.stringify(data).replace(/</g, '\\u003c') + ';\n');
`;

// MiniSearch from the package root, not this module, which the bundle moves (src/package-root.ts).
const miniSearch = () => createRequire(packagePath('package.json')).resolve('minisearch');

/**
 * The search index of what the site shows, and only that: meetings (title and
 * purpose), decisions (the text in force; a withheld one by its public title),
 * published papers (their text) and cases. A classic script that sets
 * `window.etatSearchIndex`, because `file://` blocks fetch and ES modules.
 * Built on a thread of its own; the promise is the script.
 */
export function searchIndexScript(site: Site, papers: ReadonlyMap<string, PaperFile>, paperTexts: ReadonlyMap<string, string>): Promise<string> {
  const docs: SearchDoc[] = [];
  const add = (title: string, text: string, url: string, context: string) => docs.push({ id: docs.length, title, text, url, context: excerpt(context) });
  for (const meeting of site.repo.meetings) {
    const purpose = typeof meeting.agenda?.purpose === 'string' ? meeting.agenda.purpose : '';
    const items = (meeting.agenda?.items ?? []).map((item) => (site.redaction.withholds(item) ? (item.publicTitle ?? '') : (item.title ?? ''))).join(' · ');
    add(meetingTitle(site, meeting), `${purpose} ${items}`, paths.meeting(meeting.forum, meeting.folder), purpose || items);
  }
  for (const { entry, title, text } of shownDecisions(site)) {
    const [forum, folder] = entry.meeting.split('/') as [string, string];
    add(`${site.words.decision}: ${title}`, text ?? '', `${paths.meeting(forum, folder)}#item-${entry.item}`, `${forumName(site, entry.forum)}, ${entry.date ?? ''}. ${text ?? ''}`);
  }
  for (const paper of papers.values()) {
    const text = paperTexts.get(paper.path);
    if (text !== undefined) add(paper.title, text, paper.href, text.trim());
  }
  for (const entry of site.data.cases.cases) add(`${entry.id}${entry.title ? `: ${entry.title}` : ''}`, entry.title ?? '', paths.case(entry.id), entry.title ?? '');
  const words = { results: site.words.results({ count: 0 }).replace('0', '{count}'), none: site.words.noResults };
  const thread = new Worker(INDEX_THREAD, { eval: true, workerData: { miniSearch: miniSearch(), docs, options: OPTIONS, root: '../', words } });
  return new Promise<string>((resolve, reject) => {
    thread.once('message', (script: string) => {
      resolve(script);
      void thread.terminate();
    });
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`The search index thread stopped (exit code ${code}) before it gave the index.`)));
  });
}

export function searchPage(site: Site): Page {
  const w = site.words;
  return {
    path: paths.search,
    title: w.search,
    scripts: ['assets/minisearch.js', SEARCH_INDEX, 'assets/search.js'],
    main: [
      h('form#search-form.etat-search', { role: 'search', hidden: true }, [
        h('label.ds-label', { htmlFor: 'search' }, w.searchLabel),
        h('p.ds-paragraph#search-hint', { dataSize: 'sm' }, w.searchHint),
        h('input#search.ds-input', { type: 'search', name: 'q', ariaDescribedby: 'search-hint', autocomplete: 'off' }),
      ]),
      h('p#search-status', { role: 'status' }),
      h('ul#search-results.etat-results'),
    ],
  };
}
