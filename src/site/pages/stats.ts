import type { Figures, Share } from '../../registers/stats.js';
import { barChart } from '../charts.js';
import { h, paths, table, type Children } from '../html.js';
import type { Page } from '../layout.js';
import { agencyName, type Site } from '../site.js';

type ShareKey = { [K in keyof Figures]: Figures[K] extends Share | null ? K : never }[keyof Figures];

/** The shares a chart shows, each with its name in the site's language. */
const SHARES: Record<'en' | 'nb' | 'nn', [ShareKey, string][]> = {
  en: [
    ['agendasWithPurpose', 'Agendas with a purpose'],
    ['decisionItemsPrepared', 'Items for decision with papers and a proposal'],
    ['papersInTime', 'Items for decision with papers in time'],
    ['agendaItemsRecorded', 'Agenda items recorded in the minutes'],
    ['agreementRecorded', 'Decisions with agreement recorded'],
    ['itemsAdded', 'Items added in the meeting'],
    ['decisionsWithoutPreparation', 'Decisions without case preparation'],
  ],
  nb: [
    ['agendasWithPurpose', 'Sakslister med formål'],
    ['decisionItemsPrepared', 'Vedtakssaker med saksfremlegg og forslag'],
    ['papersInTime', 'Vedtakssaker med saksfremlegg i tide'],
    ['agendaItemsRecorded', 'Saker på sakslisten som er ført i referatet'],
    ['agreementRecorded', 'Vedtak med enighet eller avstemning ført'],
    ['itemsAdded', 'Saker meldt i møtet'],
    ['decisionsWithoutPreparation', 'Vedtak uten saksforberedelse'],
  ],
  nn: [
    ['agendasWithPurpose', 'Saklister med føremål'],
    ['decisionItemsPrepared', 'Vedtakssaker med saksframlegg og framlegg'],
    ['papersInTime', 'Vedtakssaker med saksframlegg i tide'],
    ['agendaItemsRecorded', 'Saker på saklista som er førte i referatet'],
    ['agreementRecorded', 'Vedtak med semje eller røysting ført'],
    ['itemsAdded', 'Saker melde i møtet'],
    ['decisionsWithoutPreparation', 'Vedtak utan saksførebuing'],
  ],
};

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);

/** Governance health: for each share, a chart of the fora and all fora, and the same figures as a table. */
export function statsPage(site: Site): Page {
  const w = site.words;
  const report = site.data.stats;
  const rows = [...report.fora.map((forum) => ({ name: forum.name, figures: forum as Figures })), { name: w.allFora, figures: report.total }];
  // A share no forum can count (papers in time without history) gets no chart: the note above says why.
  const counted = SHARES[site.lang].filter(([key]) => rows.some((row) => row.figures[key] !== null));
  const sections: Children = counted.map(([key, name], n) => {
    const shares = rows.map((row) => ({ name: row.name, share: row.figures[key] }));
    const value = (share: Share | null) => (share ? `${percent(share.share)} · ${w.of({ n: share.numerator, total: share.denominator })}` : '–');
    return h('section.etat-figure', [
      h('h2.ds-heading', { dataSize: 'xs' }, name),
      barChart(`chart-${n}`, name, shares.map(({ name: label, share }) => ({ label, value: share?.share ?? null, text: value(share) }))),
      table(name, [w.forum, w.share, w.value], shares.map(({ name: label, share }) => [label, share ? percent(share.share) : w.noData, share ? w.of({ n: share.numerator, total: share.denominator }) : '–']), { rowHeaders: true, hidden: true }),
    ]);
  });
  const attendance = report.total.attendance;
  return {
    path: paths.stats,
    title: w.stats,
    main: [
      h('p.etat-lead', w.healthIntro),
      report.history.read ? undefined : h('p.etat-note', report.history.reason === 'rule-off' ? w.historyRuleOff : w.historyUnknown),
      h('div.etat-figures', [
        ...sections,
        h('section.etat-figure', [
          h('h2.ds-heading', { dataSize: 'xs' }, w.attendance),
          barChart('chart-attendance', w.attendance, attendance.map((row) => ({ label: agencyName(site, row.agency), value: row.share, text: `${percent(row.share)} · ${w.of({ n: row.present, total: row.meetings })}` }))),
          table(w.attendance, [w.agencies, w.share, w.present], attendance.map((row) => [agencyName(site, row.agency), percent(row.share), w.of({ n: row.present, total: row.meetings })]), { rowHeaders: true, hidden: true }),
        ]),
      ]),
    ],
  };
}
