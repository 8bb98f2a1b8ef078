import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { packagePath } from '../package-root.js';
import { h, paths } from './html.js';
import type { Page } from './layout.js';
import type { PaperFile } from './papers.js';
import { shownDecisions } from './pages/decisions.js';
import { meetingTitle } from './pages/meeting.js';
import { forumName, type Site, type SiteBase } from './site.js';

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

/** Papers are handed to the index thread in messages of this many: often enough for it to keep up, few enough to cost little. */
const PAPERS_A_MESSAGE = 200;

const excerpt = (text: string) => (text.length > 180 ? `${text.slice(0, 179)}…` : text);

/**
 * The thread that builds the index: MiniSearch (its CommonJS build, the same
 * code the page reads the index back with) over the documents as they come,
 * serialised, when told the last has come, as the script the search page
 * loads. JSON in a script: `<` escaped, so no text from the repository can
 * close the script element. A thread of its own, because the index is the
 * largest single piece of work of a build and needs nothing but the
 * documents: it is built while the pages are rendered.
 */
const INDEX_THREAD = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const MiniSearch = require(workerData.miniSearch);
const { options, root, words } = workerData;
const index = new MiniSearch(options);
const shown = [];
parentPort.on('message', (docs) => {
  if (docs !== null) {
    index.addAll(docs);
    for (const { title, url, context } of docs) shown.push({ title, url, context });
    return;
  }
  const data = { options, index: index.toJSON(), docs: shown, root, words };
  parentPort.postMessage('window.etatSearchIndex = ' + JSON.stringify(data).replace(/</g, '\\u003c') + ';\n');
});
`;

// MiniSearch from the package root, not this module, which the bundle moves (src/package-root.ts).
const miniSearch = () => createRequire(packagePath('package.json')).resolve('minisearch');

/**
 * The search index of what the site shows, and only that: meetings (title and
 * purpose) first, then published papers (their text), each handed over as
 * its page is made; then decisions (the text in force; a withheld one by
 * its public title) and cases, once the registers are there. The script
 * (`script()`) is a classic one that sets `window.etatSearchIndex`, because
 * `file://` blocks fetch and ES modules.
 */
export class SearchIndex {
  private readonly thread: Worker;
  private next = 0;
  private papers: Omit<SearchDoc, 'id'>[] = [];
  private readonly done: Promise<string>;

  constructor(site: SiteBase) {
    const words = { results: site.words.results({ count: 0 }).replace('0', '{count}'), none: site.words.noResults };
    this.thread = new Worker(INDEX_THREAD, { eval: true, workerData: { miniSearch: miniSearch(), options: OPTIONS, root: '../', words } });
    this.done = new Promise<string>((resolve, reject) => {
      this.thread.once('message', (script: string) => {
        resolve(script);
        void this.thread.terminate();
      });
      this.thread.once('error', reject);
      this.thread.once('exit', (code) => reject(new Error(`The search index thread stopped (exit code ${code}) before it gave the index.`)));
    });
    this.done.catch(() => undefined);
  }

  private send(entries: Omit<SearchDoc, 'id'>[]): void {
    this.thread.postMessage(entries.map((entry) => ({ ...entry, id: this.next++, context: excerpt(entry.context) })));
  }

  /** The meetings: documents the registers are not needed for. */
  addMeetings(site: SiteBase): void {
    this.send(
      site.repo.meetings.map((meeting) => {
        const purpose = typeof meeting.agenda?.purpose === 'string' ? meeting.agenda.purpose : '';
        const items = (meeting.agenda?.items ?? []).map((item) => (site.redaction.withholds(item) ? (item.publicTitle ?? '') : (item.title ?? ''))).join(' · ');
        return { title: meetingTitle(site, meeting), text: `${purpose} ${items}`, url: paths.meeting(meeting.forum, meeting.folder), context: purpose || items };
      }),
    );
  }

  /** A published paper, with the text its page shows, as soon as the page is made: the thread indexes while the next are rendered. */
  addPaper(paper: PaperFile, text: string): void {
    this.papers.push({ title: paper.title, text, url: paper.href, context: text.trim() });
    if (this.papers.length >= PAPERS_A_MESSAGE) this.sendPapers();
  }

  /** The papers not sent yet: before the registers' documents and before the script, so that the order stays meetings, papers, decisions, cases. */
  private sendPapers(): void {
    if (this.papers.length > 0) this.send(this.papers);
    this.papers = [];
  }

  /** The decisions and the cases, from the registers. */
  addRegisters(site: Site): void {
    this.sendPapers();
    this.send(
      shownDecisions(site).map(({ entry, title, text }) => {
        const [forum, folder] = entry.meeting.split('/') as [string, string];
        return { title: `${site.words.decision}: ${title}`, text: text ?? '', url: `${paths.meeting(forum, folder)}#item-${entry.item}`, context: `${forumName(site, entry.forum)}, ${entry.date ?? ''}. ${text ?? ''}` };
      }),
    );
    this.send(site.data.cases.cases.map((entry) => ({ title: `${entry.id}${entry.title ? `: ${entry.title}` : ''}`, text: entry.title ?? '', url: paths.case(entry.id), context: entry.title ?? '' })));
  }

  /** The index as the search page's script, once every document is in. */
  script(): Promise<string> {
    this.sendPapers();
    this.thread.postMessage(null);
    return this.done;
  }

  /** Stop the thread: the build failed. */
  stop(): void {
    void this.thread.terminate();
  }
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
