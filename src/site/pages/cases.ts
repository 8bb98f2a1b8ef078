import type { CaseReport } from '../../registers/cases/data.js';
import { a, facts, h, paths, table, time } from '../html.js';
import type { Page } from '../layout.js';
import { agencyName, forumName, type Site } from '../site.js';

export function casesPage(site: Site): Page {
  const w = site.words;
  const from = paths.cases;
  const rows = site.data.cases.cases.map((entry) => [
    a(from, paths.case(entry.id), [entry.id]),
    entry.title ?? '',
    agencyName(site, entry.owner),
    entry.status ? w.caseStatus[entry.status] : '',
    entry.fora.map((f) => forumName(site, f)).join(', '),
    entry.lastMovement ? time(entry.lastMovement.date, site.lang) : '',
    String(entry.referrals),
  ]);
  return { path: from, title: w.cases, main: [table(w.cases, [site.caseWords.header[0]!, w.title, w.owner, w.state, w.fora, site.caseWords.lastMovement, w.referrals], rows)] };
}

/** A case: its facts, then its path across fora as a timeline, each stop what the agenda asked and what the minutes say. */
export function casePage(site: Site, report: CaseReport): Page {
  const w = site.words;
  const from = paths.case(report.case.id);
  const stops = report.path.map((stop) => {
    const [forum, folder] = stop.meeting.split('/') as [string, string];
    const withheld = site.redaction.withheld(`${stop.meeting}#${stop.item ?? ''}`);
    const title = withheld ? (withheld.title ?? w.restrictedNoTitle) : (stop.title ?? '');
    return h('li.etat-stop', [
      // Each stop is a part of the section "path across fora" (an h2): its heading is one level below.
      h('h3.ds-heading', { dataSize: 'xs' }, [time(stop.date, site.lang), ' – ', stop.forumName]),
      h('p', [a(from, `${paths.meeting(forum, folder)}#item-${stop.item ?? ''}`, [`${w.item} ${stop.item ?? ''}: ${title}`])]),
      withheld
        ? h('p.etat-withheld', w.restricted({ basis: withheld.basis }))
        : facts([
            [w.kind, stop.kind ? site.caseWords.kind[stop.kind] : undefined],
            [w.owner, agencyName(site, stop.owner)],
            [w.proposal, stop.proposal],
            [w.outcome, stop.cancelled ? w.cancelled : stop.outcome ? site.caseWords.outcome[stop.outcome] : stop.minutes === 'none' ? w.noMinutes : undefined],
            [w.decision, stop.decision],
            [w.referredTo, stop.referredTo ? forumName(site, stop.referredTo) : undefined],
          ]),
    ]);
  });
  return {
    path: from,
    title: `${report.case.id}${report.case.title ? `: ${report.case.title}` : ''}`,
    main: [
      facts([
        [w.owner, agencyName(site, report.case.owner)],
        [w.state, report.case.status ? w.caseStatus[report.case.status] : undefined],
        [w.origin, report.case.origin],
        [w.referrals, String(report.referrals)],
      ]),
      h('h2.ds-heading', { dataSize: 'md' }, w.path),
      stops.length > 0 ? h('ol.etat-timeline', stops) : h('p', w.nothing),
      h('p', [a(from, paths.cases, [w.allCases], { className: 'ds-link' })]),
    ],
  };
}
