import type { Lang } from '../i18n/lang.js';
import type { Figures, Share, StatsReport } from './stats.js';
import type { Cell, Table } from './table.js';

type Label = Exclude<keyof Figures, 'attendance' | 'neverOwner' | 'referrals' | 'actions'> | 'referredItems' | 'casesPingPong' | 'actionsAgreed' | 'actionsDone' | 'actionsOpen' | 'actionsOverdue' | 'medianDaysToClose';

const words: Record<Lang, { figure: string; total: string; unknown: string; attendance: (agency: string) => string; neverOwner: string; labels: Record<Label, string> }> = {
  en: {
    figure: 'Figure',
    total: 'All fora',
    unknown: 'unknown',
    attendance: (agency) => `Attendance: ${agency}`,
    neverOwner: 'Members who own no item',
    labels: {
      meetings: 'Meetings held',
      agendasWithPurpose: 'Agendas with a purpose',
      decisionItemsPrepared: 'Items for decision with papers and a proposal',
      papersInTime: 'Items for decision with papers in time',
      itemsAdded: 'Items added in the meeting',
      agendaItemsRecorded: 'Agenda items recorded in the minutes',
      agreementRecorded: 'Decisions with consensus or dissent recorded',
      decisionsWithoutPreparation: 'Decisions without preparation',
      referredItems: 'Items referred to another forum',
      casesPingPong: 'Cases referred more than once',
      actionsAgreed: 'Actions agreed',
      actionsDone: 'Actions done',
      actionsOpen: 'Actions open',
      actionsOverdue: 'Actions overdue',
      medianDaysToClose: 'Median days to close an action',
    },
  },
  nb: {
    figure: 'Tall',
    total: 'Alle fora',
    unknown: 'ukjent',
    attendance: (agency) => `Oppmøte: ${agency}`,
    neverOwner: 'Medlemmer som ikke eier noen sak',
    labels: {
      meetings: 'Møter holdt',
      agendasWithPurpose: 'Sakslister med formål',
      decisionItemsPrepared: 'Beslutningssaker med saksfremlegg og forslag til vedtak',
      papersInTime: 'Beslutningssaker med saksfremlegg i tide',
      itemsAdded: 'Saker tatt opp i møtet',
      agendaItemsRecorded: 'Saker på sakslisten som er ført i referatet',
      agreementRecorded: 'Vedtak med enighet eller dissens ført',
      decisionsWithoutPreparation: 'Vedtak uten saksforberedelse',
      referredItems: 'Saker henvist til et annet forum',
      casesPingPong: 'Saker henvist mer enn én gang',
      actionsAgreed: 'Oppfølgingspunkter vedtatt',
      actionsDone: 'Oppfølgingspunkter gjort',
      actionsOpen: 'Oppfølgingspunkter åpne',
      actionsOverdue: 'Oppfølgingspunkter forfalt',
      medianDaysToClose: 'Median dager til et punkt er lukket',
    },
  },
  nn: {
    figure: 'Tal',
    total: 'Alle fora',
    unknown: 'ukjent',
    attendance: (agency) => `Oppmøte: ${agency}`,
    neverOwner: 'Medlemer som ikkje eig noka sak',
    labels: {
      meetings: 'Møte haldne',
      agendasWithPurpose: 'Saklister med føremål',
      decisionItemsPrepared: 'Avgjerdssaker med saksframlegg og framlegg til vedtak',
      papersInTime: 'Avgjerdssaker med saksframlegg i tide',
      itemsAdded: 'Saker tekne opp i møtet',
      agendaItemsRecorded: 'Saker på saklista som er førte i referatet',
      agreementRecorded: 'Vedtak med semje eller dissens ført',
      decisionsWithoutPreparation: 'Vedtak utan saksførebuing',
      referredItems: 'Saker viste til eit anna forum',
      casesPingPong: 'Saker viste til meir enn éin gong',
      actionsAgreed: 'Oppfølgingspunkt vedtekne',
      actionsDone: 'Oppfølgingspunkt gjorde',
      actionsOpen: 'Oppfølgingspunkt opne',
      actionsOverdue: 'Oppfølgingspunkt forfalne',
      medianDaysToClose: 'Median dagar til eit punkt er lukka',
    },
  },
};

/** `7/9 (78 %)`: the counts first, as a secretariat quotes them. */
const shareCell = (s: Share | null, unknown: string): Cell => (s === null ? unknown : `${s.numerator}/${s.denominator}${s.share === null ? '' : ` (${Math.round(s.share * 100)} %)`}`);

/** Governance health as one table: a row a figure, a column a forum, and a last column for all fora (when there are several). */
export function statsTable(report: StatsReport, lang: Lang): Table {
  const w = words[lang];
  // All fora together is worth a column only beside more than one.
  const single = report.fora.length === 1;
  const columns: Figures[] = single ? [...report.fora] : [...report.fora, report.total];
  const row = (label: string, cell: (f: Figures) => Cell): Cell[] => [label, ...columns.map(cell)];
  const s = (key: 'agendasWithPurpose' | 'decisionItemsPrepared' | 'papersInTime' | 'itemsAdded' | 'agendaItemsRecorded' | 'agreementRecorded' | 'decisionsWithoutPreparation') =>
    row(w.labels[key], (f) => shareCell(f[key], w.unknown));
  const agencies = report.total.attendance.map((a) => a.agency);
  return {
    header: [w.figure, ...report.fora.map((f) => f.name), ...(single ? [] : [w.total])],
    wide: 0,
    rows: [
      row(w.labels.meetings, (f) => f.meetings),
      s('agendasWithPurpose'),
      s('decisionItemsPrepared'),
      s('papersInTime'),
      s('itemsAdded'),
      s('agendaItemsRecorded'),
      s('agreementRecorded'),
      s('decisionsWithoutPreparation'),
      row(w.labels.referredItems, (f) => f.referrals.items),
      row(w.labels.casesPingPong, (f) => f.referrals.casesReferredMoreThanOnce),
      row(w.labels.actionsAgreed, (f) => f.actions.agreed),
      row(w.labels.actionsDone, (f) => f.actions.done),
      row(w.labels.actionsOpen, (f) => f.actions.open),
      row(w.labels.actionsOverdue, (f) => f.actions.overdue),
      row(w.labels.medianDaysToClose, (f) => f.actions.medianDaysToClose ?? undefined),
      ...agencies.map((agency) =>
        row(w.attendance(agency), (f) => {
          const a = f.attendance.find((x) => x.agency === agency);
          return a ? shareCell({ numerator: a.present, denominator: a.meetings, share: a.share }, w.unknown) : undefined;
        }),
      ),
      row(w.neverOwner, (f) => f.neverOwner.join(', ') || undefined),
    ],
  };
}
