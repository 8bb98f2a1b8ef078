import type { Lang } from './lang.js';

/**
 * Everything `etat status` says. Each sentence is a function of its data, so
 * that word order, inflection and plurals stay right in each language.
 */

/** A date and how far it is from today, already put into words ("in 3 days"). */
interface Dated {
  date: string;
  when: string;
}

const en = {
  title: (d: { today: string }) => `Status as of ${d.today}`,
  section: {
    upcoming: 'Upcoming meetings',
    withoutMinutes: 'Meetings without minutes',
    awaitingApproval: 'Minutes awaiting approval',
    overdueActions: 'Overdue action items',
    actions: (d: { days: number }) => `Action items due within ${d.days} ${d.days === 1 ? 'day' : 'days'}`,
    undatedActions: 'Action items without a due date',
  },
  when: {
    /** `days` ≥ 0. */
    ahead: (d: { days: number }): string => (d.days === 0 ? 'today' : d.days === 1 ? 'tomorrow' : `in ${d.days} days`),
    /** `days` ≥ 1. */
    ago: (d: { days: number }): string => (d.days === 1 ? 'yesterday' : `${d.days} days ago`),
    /** `days` ≥ 1: how long a deadline has been passed. */
    overdue: (d: { days: number }) => `${d.days} ${d.days === 1 ? 'day' : 'days'} overdue`,
  },
  agendaStatus: (d: { status: 'draft' | 'sent' | undefined }): string =>
    d.status === 'sent' ? 'invitation sent' : d.status === 'draft' ? 'agenda in draft' : 'agenda without a status',
  noticeDue: (d: Dated) => `send the invitation by ${d.date} (${d.when})`,
  papersDue: (d: Dated) => `case papers due ${d.date} (${d.when})`,
  ready: 'ready',
  missing: {
    purpose: 'no purpose: say what the meeting is for',
    papers: (d: { item: string }) => `item ${d.item} has no case paper`,
    proposal: (d: { item: string }) => `item ${d.item} has no proposed decision`,
    notice: (d: Dated) => `invitation not sent, due ${d.date} (${d.when})`,
    commit: 'marked as sent, but the agenda is not committed; the invitation counts as sent from its commit:',
  },
  minutesDue: (d: Dated) => `minutes due ${d.date} (${d.when})`,
  noMinutesYet: 'no minutes yet',
  minutesStatus: (d: { status: 'draft' | undefined }): string => (d.status === 'draft' ? 'draft' : 'no status'),
  approveAt: (d: Dated) => `to be approved at the meeting on ${d.date} (${d.when})`,
  approvalNotOnAgenda: (d: Dated) => `put their approval on the agenda of ${d.date} (${d.when})`,
  approvalOverdue: (d: Dated) => `should have been approved at the meeting on ${d.date} (${d.when})`,
  noLaterMeeting: 'no later meeting planned yet',
  noDueDate: 'no due date',
  noOwner: 'no owner',
  noDescription: '(no description)',
  origin: (d: { meeting: string; item: string }) => `minutes ${d.meeting}, item ${d.item}`,
  nothingToDo: 'Nothing to do.',
  allClear: 'Nothing to do in any forum.',
  allClearIn: (d: { forum: string }) => `Nothing to do in ${d.forum}.`,
};

export type StatusTexts = typeof en;

const nb: typeof en = {
  title: (d) => `Status per ${d.today}`,
  section: {
    upcoming: 'Kommende møter',
    withoutMinutes: 'Møter uten referat',
    awaitingApproval: 'Referater som venter på godkjenning',
    overdueActions: 'Oppfølgingspunkter over fristen',
    actions: (d) => `Oppfølgingspunkter med frist innen ${d.days} ${d.days === 1 ? 'dag' : 'dager'}`,
    undatedActions: 'Oppfølgingspunkter uten frist',
  },
  when: {
    ahead: (d) => (d.days === 0 ? 'i dag' : d.days === 1 ? 'i morgen' : `om ${d.days} dager`),
    ago: (d) => (d.days === 1 ? 'i går' : `for ${d.days} dager siden`),
    overdue: (d) => `${d.days} ${d.days === 1 ? 'dag' : 'dager'} over fristen`,
  },
  agendaStatus: (d) => (d.status === 'sent' ? 'innkalling sendt' : d.status === 'draft' ? 'saksliste i utkast' : 'saksliste uten status'),
  noticeDue: (d) => `innkallingen sendes senest ${d.date} (${d.when})`,
  papersDue: (d) => `frist for saksfremlegg ${d.date} (${d.when})`,
  ready: 'klart',
  missing: {
    purpose: 'formålet mangler: skriv hva møtet skal oppnå',
    papers: (d) => `sak ${d.item} mangler saksfremlegg`,
    proposal: (d) => `sak ${d.item} mangler forslag til vedtak`,
    notice: (d) => `innkallingen er ikke sendt, frist ${d.date} (${d.when})`,
    commit: 'merket som sendt, men sakslisten er ikke committet; innkallingen regnes som sendt fra commiten:',
  },
  minutesDue: (d) => `frist for referat ${d.date} (${d.when})`,
  noMinutesYet: 'ikke noe referat ennå',
  minutesStatus: (d) => (d.status === 'draft' ? 'utkast' : 'uten status'),
  approveAt: (d) => `godkjennes i møtet ${d.date} (${d.when})`,
  approvalNotOnAgenda: (d) => `sett godkjenningen på sakslisten til møtet ${d.date} (${d.when})`,
  approvalOverdue: (d) => `skulle vært godkjent i møtet ${d.date} (${d.when})`,
  noLaterMeeting: 'ikke noe senere møte planlagt ennå',
  noDueDate: 'uten frist',
  noOwner: 'uten ansvarlig',
  noDescription: '(uten beskrivelse)',
  origin: (d) => `referat ${d.meeting}, sak ${d.item}`,
  nothingToDo: 'Ingenting å gjøre.',
  allClear: 'Ingenting å gjøre i noe forum.',
  allClearIn: (d) => `Ingenting å gjøre i ${d.forum}.`,
};

const nn: typeof en = {
  title: (d) => `Status per ${d.today}`,
  section: {
    upcoming: 'Komande møte',
    withoutMinutes: 'Møte utan referat',
    awaitingApproval: 'Referat som ventar på godkjenning',
    overdueActions: 'Oppfølgingspunkt over fristen',
    actions: (d) => `Oppfølgingspunkt med frist innan ${d.days} ${d.days === 1 ? 'dag' : 'dagar'}`,
    undatedActions: 'Oppfølgingspunkt utan frist',
  },
  when: {
    ahead: (d) => (d.days === 0 ? 'i dag' : d.days === 1 ? 'i morgon' : `om ${d.days} dagar`),
    ago: (d) => (d.days === 1 ? 'i går' : `for ${d.days} dagar sidan`),
    overdue: (d) => `${d.days} ${d.days === 1 ? 'dag' : 'dagar'} over fristen`,
  },
  agendaStatus: (d) => (d.status === 'sent' ? 'innkalling send' : d.status === 'draft' ? 'sakliste i utkast' : 'sakliste utan status'),
  noticeDue: (d) => `innkallinga skal sendast seinast ${d.date} (${d.when})`,
  papersDue: (d) => `frist for saksframlegg ${d.date} (${d.when})`,
  ready: 'klart',
  missing: {
    purpose: 'føremålet manglar: skriv kva møtet skal oppnå',
    papers: (d) => `sak ${d.item} manglar saksframlegg`,
    proposal: (d) => `sak ${d.item} manglar framlegg til vedtak`,
    notice: (d) => `innkallinga er ikkje send, frist ${d.date} (${d.when})`,
    commit: 'merkt som send, men saklista er ikkje committa; innkallinga vert rekna som send frå commiten:',
  },
  minutesDue: (d) => `frist for referat ${d.date} (${d.when})`,
  noMinutesYet: 'ikkje noko referat enno',
  minutesStatus: (d) => (d.status === 'draft' ? 'utkast' : 'utan status'),
  approveAt: (d) => `vert godkjent i møtet ${d.date} (${d.when})`,
  approvalNotOnAgenda: (d) => `set godkjenninga på saklista til møtet ${d.date} (${d.when})`,
  approvalOverdue: (d) => `skulle vore godkjent i møtet ${d.date} (${d.when})`,
  noLaterMeeting: 'ikkje noko seinare møte planlagt enno',
  noDueDate: 'utan frist',
  noOwner: 'utan ansvarleg',
  noDescription: '(utan skildring)',
  origin: (d) => `referat ${d.meeting}, sak ${d.item}`,
  nothingToDo: 'Ingenting å gjere.',
  allClear: 'Ingenting å gjere i noko forum.',
  allClearIn: (d) => `Ingenting å gjere i ${d.forum}.`,
};

export const statusTexts: Record<Lang, StatusTexts> = { en, nb, nn };
