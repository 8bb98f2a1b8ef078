import { isRestricted, legalBasis, publicTitle } from '../../model/publishing.js';
import { a, h, paths, table, time } from '../html.js';
import type { Page } from '../layout.js';
import { forumName, type Site } from '../site.js';

/**
 * What is published and what is withheld, on which basis (offentlegforskrifta
 * § 7): every restricted item and paper by its public title and legal basis,
 * from the same publishing questions the rules ask.
 */
export function publishingPage(site: Site): Page {
  const w = site.words;
  const from = paths.publishing;
  const items = [];
  const papers = [];
  for (const meeting of site.repo.meetings) {
    for (const item of meeting.agenda?.items ?? []) {
      const link = a(from, `${paths.meeting(meeting.forum, meeting.folder)}#item-${item.id ?? ''}`, [`${w.item} ${item.id ?? ''}`]);
      if (isRestricted(item)) items.push([time(meeting.date, site.lang), forumName(site, meeting.forum), link, publicTitle(item) ?? w.restrictedNoTitle, legalBasis(item) ?? '']);
      else for (const paper of item.papers) if (isRestricted(paper)) papers.push([time(meeting.date, site.lang), forumName(site, meeting.forum), link, site.isPublic ? '' : paper.target, legalBasis(paper) ?? '']);
    }
  }
  return {
    path: from,
    title: w.publishing,
    main: [
      h('p.etat-lead', site.isPublic ? w.publishingIntro : w.internalPublishing),
      h('h2.ds-heading', { dataSize: 'md' }, w.withheldItems),
      items.length > 0 ? table(w.withheldItems, [w.date, w.forum, w.item, w.title, w.legalBasis], items, { hideCaption: true }) : h('p', w.noneWithheld),
      h('h2.ds-heading', { dataSize: 'md' }, w.withheldPapers),
      papers.length > 0 ? table(w.withheldPapers, [w.date, w.forum, w.item, w.papers, w.legalBasis], papers, { hideCaption: true }) : h('p', w.noneWithheld),
    ],
  };
}

export function accessibilityPage(site: Site): Page {
  return { path: paths.accessibility, title: site.words.accessibility, main: [h('p', site.words.accessibilityIntro)] };
}
