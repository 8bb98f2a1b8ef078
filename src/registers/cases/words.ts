import type { Lang } from '../../i18n/lang.js';
import type { ItemKind, Outcome } from '../../model/types.js';

/** The words of `etat cases` and `etat case show`, in each language. */
export interface CaseWords {
  header: string[];
  status: Record<'open' | 'closed', string>;
  noFile: string;
  kind: Record<ItemKind, string>;
  outcome: Record<Outcome, string>;
  item: (d: { item: string }) => string;
  owner: string;
  statusLabel: string;
  file: string;
  origin: string;
  papers: string;
  proposal: string;
  decision: string;
  referredTo: (d: { forum: string }) => string;
  referredNowhere: string;
  noMinutes: string;
  notRecorded: string;
  draftMinutes: string;
  cancelled: string;
  referrals: (d: { count: number; max: number }) => string;
  noStops: string;
  lastMovement: string;
}

const en: CaseWords = {
  header: ['Case', 'Title', 'Owner', 'Status', 'Meetings', 'Last movement', 'Referrals'],
  status: { open: 'open', closed: 'closed' },
  noFile: 'no case file',
  kind: { inform: 'for information', discuss: 'for discussion', decide: 'for decision' },
  outcome: { decided: 'decided', rejected: 'rejected', discussed: 'discussed', noted: 'noted', deferred: 'deferred', referred: 'referred', withdrawn: 'withdrawn' },
  item: (d) => `item ${d.item}`,
  owner: 'Owner',
  statusLabel: 'Status',
  file: 'File',
  origin: 'Origin',
  papers: 'papers',
  proposal: 'proposed decision',
  decision: 'decision',
  referredTo: (d) => `referred to ${d.forum}`,
  referredNowhere: 'referred (the minutes do not say where)',
  noMinutes: 'no minutes yet',
  notRecorded: 'not recorded in the minutes',
  draftMinutes: 'draft minutes',
  cancelled: 'meeting cancelled',
  referrals: (d) => `Referrals without a decision: ${d.count} (the limit is ${d.max})`,
  noStops: 'No agenda names this case yet.',
  lastMovement: 'Last movement',
};

const nb: CaseWords = {
  header: ['Sak', 'Tittel', 'Ansvarlig', 'Status', 'Møter', 'Siste behandling', 'Henvisninger'],
  status: { open: 'åpen', closed: 'lukket' },
  noFile: 'ingen saksfil',
  kind: { inform: 'til orientering', discuss: 'til drøfting', decide: 'til beslutning' },
  outcome: { decided: 'vedtatt', rejected: 'forslaget falt', discussed: 'drøftet', noted: 'tatt til orientering', deferred: 'utsatt', referred: 'henvist', withdrawn: 'trukket' },
  item: (d) => `sak ${d.item}`,
  owner: 'Ansvarlig',
  statusLabel: 'Status',
  file: 'Fil',
  origin: 'Opphav',
  papers: 'saksfremlegg',
  proposal: 'forslag til vedtak',
  decision: 'vedtak',
  referredTo: (d) => `henvist til ${d.forum}`,
  referredNowhere: 'henvist (referatet sier ikke hvor)',
  noMinutes: 'ikke referat ennå',
  notRecorded: 'ikke ført i referatet',
  draftMinutes: 'referatet er utkast',
  cancelled: 'møtet ble avlyst',
  referrals: (d) => `Henvisninger uten vedtak: ${d.count} (grensen er ${d.max})`,
  noStops: 'Ingen saksliste viser til saken ennå.',
  lastMovement: 'Siste behandling',
};

const nn: CaseWords = {
  header: ['Sak', 'Tittel', 'Ansvarleg', 'Status', 'Møte', 'Siste handsaming', 'Tilvisingar'],
  status: { open: 'open', closed: 'lukka' },
  noFile: 'inga saksfil',
  kind: { inform: 'til orientering', discuss: 'til drøfting', decide: 'til avgjerd' },
  outcome: { decided: 'vedteke', rejected: 'framlegget fall', discussed: 'drøfta', noted: 'teke til orientering', deferred: 'utsett', referred: 'tilvist', withdrawn: 'trekt' },
  item: (d) => `sak ${d.item}`,
  owner: 'Ansvarleg',
  statusLabel: 'Status',
  file: 'Fil',
  origin: 'Opphav',
  papers: 'saksframlegg',
  proposal: 'framlegg til vedtak',
  decision: 'vedtak',
  referredTo: (d) => `tilvist til ${d.forum}`,
  referredNowhere: 'tilvist (referatet seier ikkje kvar)',
  noMinutes: 'ikkje referat enno',
  notRecorded: 'ikkje ført i referatet',
  draftMinutes: 'referatet er utkast',
  cancelled: 'møtet vart avlyst',
  referrals: (d) => `Tilvisingar utan vedtak: ${d.count} (grensa er ${d.max})`,
  noStops: 'Inga sakliste viser til saka enno.',
  lastMovement: 'Siste handsaming',
};

export const caseWords: Record<Lang, CaseWords> = { en, nb, nn };
