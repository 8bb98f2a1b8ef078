import type { DecisionEntry } from '../../registers/decisions.js';
import { a, h, paths, table, time, type Children } from '../html.js';
import type { Page } from '../layout.js';
import { agencyName, forumName, type Site } from '../site.js';

/** A decision as the site may show it: withheld ones by their public title and basis, with no text. */
export interface ShownDecision {
  entry: DecisionEntry;
  title: string;
  text: string | undefined;
  withheld: string | undefined;
}

export function shownDecisions(site: Site): ShownDecision[] {
  return site.data.decisions.decisions.map((entry) => {
    const withheld = site.redaction.withheld(entry.key, entry.corrects);
    if (withheld) return { entry, title: withheld.title ?? site.words.restrictedNoTitle, text: undefined, withheld: site.words.restricted({ basis: withheld.basis }) };
    return { entry, title: entry.title ?? '', text: entry.textInForce, withheld: undefined };
  });
}

/** One row of a decision: date, forum, the item linked to its meeting, the text in force, agreement. */
export function decisionRow(site: Site, from: string, { entry, title, text, withheld }: ShownDecision): Children {
  const w = site.words;
  const [forum, folder] = entry.meeting.split('/') as [string, string];
  const agreement = entry.votes ? w.votes(entry.votes) : entry.consensus ? w.consensus : '';
  const dissent = entry.dissent.map((d) => agencyName(site, d.by)).join(', ');
  return [
    time(entry.date, site.lang),
    forumName(site, entry.forum),
    h('span', [a(from, `${paths.meeting(forum, folder)}#item-${entry.item}`, [`${w.item} ${entry.item}: ${title}`])]),
    h('span', [
      withheld ?? text ?? '',
      entry.correctedBy ? h('span.etat-note', ` (${w.correctedBy} ${entry.correctedBy})`) : '',
      entry.outcome === 'rejected' ? h('span.etat-note', ` (${site.caseWords.outcome.rejected})`) : '',
    ]),
    [agreement, dissent ? `${w.dissent}: ${dissent}` : ''].filter(Boolean).join('; '),
  ];
}

/** The decision register: every decision, newest first, with a filter field that works without a server (and the whole table without JavaScript). */
export function decisionsPage(site: Site): Page {
  const w = site.words;
  const from = paths.decisions;
  const shown = shownDecisions(site);
  return {
    path: from,
    title: w.decisions,
    scripts: ['assets/filter.js'],
    main: [
      h('div.etat-filter', { hidden: true }, [
        h('label.ds-label', { htmlFor: 'filter' }, w.filter),
        h('p.ds-paragraph#filter-hint', { dataSize: 'sm' }, w.filterHint),
        h('input#filter.ds-input', { type: 'search', ariaDescribedby: 'filter-hint', dataTable: 'decisions', autocomplete: 'off' }),
        h('p#filter-count', { role: 'status', dataTemplate: w.shown({ shown: 0, total: 0 }).replace(/0/, '{shown}').replace(/0/, '{total}') }),
      ]),
      h('div#decisions', [table(w.decisions, [w.date, w.forum, w.item, w.decision, w.agreement], shown.map((d) => decisionRow(site, from, d)))]),
      h('p', [a(from, paths.feed, [w.feed], { className: 'ds-link' })]),
    ],
  };
}
