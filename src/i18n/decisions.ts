import type { Outcome } from '../model/types.js';
import { code, joinList, type Lang } from './lang.js';

/**
 * What `etat decisions diff`, `etat git textconv` and `etat git setup` say.
 * Each sentence is a function of its data, so that word order and inflection
 * stay right in each language. Help texts and errors are in `i18n/cli.ts`.
 */

/** A decision as a reader finds it: forum, meeting and item, and the item's title when there is one. */
interface Where {
  forum: string;
  /** The meeting folder: the date, or `<date>-2`. */
  meeting: string;
  item: string;
  title?: string;
}

/** ` – decided, corrects …`: what is known of a decision after its item, or nothing. */
function labelParts(...parts: (string | undefined)[]): string {
  const known = parts.filter((part): part is string => part !== undefined && part !== '');
  return known.length === 0 ? '' : ` – ${known.join(', ')}`;
}

const en = {
  diff: {
    worktree: 'the working tree',
    mergeBase: (d: { commit: string; branch: string }) => `${d.commit} (where HEAD left ${d.branch})`,
    commit: (d: { ref: string; commit: string }) => `${d.ref} (${d.commit})`,
    heading: 'Decisions',
    summary: (d: { added: number; changed: number; removed: number; from: string; to: string }) =>
      `${d.added} added, ${d.changed} changed, ${d.removed} removed, from ${d.from} to ${d.to}.`,
    none: (d: { from: string; to: string }) => `No decision was added, changed or removed from ${d.from} to ${d.to}.`,
    section: { added: 'Added', changed: 'Changed', removed: 'Removed' },
    decision: (d: Where) => `${d.forum} ${d.meeting}, item ${d.item}${d.title ? `: ${d.title}` : ''}`,
    corrects: (d: { target: string; text: string }) => `corrects ${d.target}, which reads: ${d.text}`,
    correctsUnknown: (d: { key: string; side: string }) => `corrects ${code(d.key)}, which is not a decision in ${d.side}`,
    correctedBy: (d: { correction: string; text: string }) => `corrected by ${d.correction}: ${d.text}`,
    /** A count of votes; `votes` is what `count` says, or `noVotes`, or two of them with an arrow between. */
    count: (d: { for: number; against: number; abstain: number }) => `${String(d.for)} for, ${String(d.against)} against, ${String(d.abstain)} abstaining`,
    votes: (d: { votes: string }) => `votes: ${d.votes}`,
    noVotes: 'none recorded',
    unreadable: (d: { path: string; side: string }) =>
      `${code(d.path)} cannot be read in ${d.side}, so its decisions are left out; ${code('etat check')} says why.`,
  },
  /**
   * The diff driver's text: a heading that says whose view it is, a line per
   * decision, then a rule (see `decisions/textconv.ts`). `outcome` is already
   * in the language (from `outcomes`), or the user's own word when etat does
   * not know it.
   */
  textconv: {
    heading: {
      minutes: 'etat: the decisions in these minutes, one per item; below the line, the rest of the file',
      agenda: 'etat: the proposed decisions in this agenda, one per item; below the line, the rest of the file',
    },
    decision: (d: { item: string; outcome?: string; corrects?: string }) =>
      `Item ${d.item}${labelParts(d.outcome, d.corrects ? `corrects ${d.corrects}` : undefined)}`,
    proposal: (d: { item: string }) => `Item ${d.item} – proposed decision`,
  },
  /** An item's `outcome`, as a reader says it. */
  outcomes: { decided: 'decided', rejected: 'rejected', discussed: 'discussed', noted: 'noted', deferred: 'deferred', referred: 'referred', withdrawn: 'withdrawn' } satisfies Record<Outcome, string>,
  setup: {
    attributesAdded: (d: { file: string; lines: string[] }) => `Added ${joinList('en', d.lines.map(code))} to ${code(d.file)}.`,
    attributesPresent: (d: { file: string }) => `${code(d.file)} already sends minutes and agendas through the etat diff driver.`,
    attributesComment: 'etat: show each decision in minutes and agendas as one line in git diff (etat git setup)',
    configSet: (d: { value: string }) =>
      `Set ${code('diff.etat.textconv')} to ${code(d.value)} in this clone's git config: ${code('git diff')} and ${code('git log -p')} now show each decision as one line.`,
    configPresent: (d: { value: string }) => `${code('diff.etat.textconv')} is already set to ${code(d.value)}.`,
    configKept: (d: { value: string }) => `${code('diff.etat.textconv')} is already set to ${code(d.value)}; it was left as it is.`,
    local: `The setting is in ${code('.git/config')}, which is never committed: nothing in the repository makes git run a program. Each clone runs ${code('etat git setup')} once.`,
    notOnPath: `${code('etat')} is not on PATH, so the driver is not switched on: git could not run it, and ${code('git diff')} of minutes would fail. Install etat where git finds it and run ${code('etat git setup')} again, or run ${code('git config diff.etat.textconv "npx etat git textconv"')}.`,
  },
};

export type DecisionsTexts = typeof en;

const nb: DecisionsTexts = {
  diff: {
    worktree: 'arbeidskopien',
    mergeBase: (d) => `${d.commit} (der HEAD skilte lag med ${d.branch})`,
    commit: (d) => `${d.ref} (${d.commit})`,
    heading: 'Vedtak',
    summary: (d) => `${d.added} lagt til, ${d.changed} endret, ${d.removed} fjernet, fra ${d.from} til ${d.to}.`,
    none: (d) => `Ingen vedtak er lagt til, endret eller fjernet fra ${d.from} til ${d.to}.`,
    section: { added: 'Lagt til', changed: 'Endret', removed: 'Fjernet' },
    decision: (d) => `${d.forum} ${d.meeting}, sak ${d.item}${d.title ? `: ${d.title}` : ''}`,
    corrects: (d) => `retter ${d.target}, som lyder: ${d.text}`,
    correctsUnknown: (d) => `retter ${code(d.key)}, som ikke er et vedtak i ${d.side}`,
    correctedBy: (d) => `rettet ved ${d.correction}: ${d.text}`,
    count: (d) => `${String(d.for)} for, ${String(d.against)} mot, ${String(d.abstain)} avsto`,
    votes: (d) => `stemmer: ${d.votes}`,
    noVotes: 'ikke ført',
    unreadable: (d) => `${code(d.path)} kan ikke leses i ${d.side}, så vedtakene der er utelatt; ${code('etat check')} sier hvorfor.`,
  },
  textconv: {
    heading: {
      minutes: 'etat: vedtakene i dette referatet, ett per sak; under streken står resten av filen',
      agenda: 'etat: forslagene til vedtak i denne sakslisten, ett per sak; under streken står resten av filen',
    },
    decision: (d) => `Sak ${d.item}${labelParts(d.outcome, d.corrects ? `retter ${d.corrects}` : undefined)}`,
    proposal: (d) => `Sak ${d.item} – forslag til vedtak`,
  },
  outcomes: { decided: 'vedtatt', rejected: 'forslaget falt', discussed: 'drøftet', noted: 'tatt til orientering', deferred: 'utsatt', referred: 'henvist', withdrawn: 'trukket' },
  setup: {
    attributesAdded: (d) => `La til ${joinList('nb', d.lines.map(code))} i ${code(d.file)}.`,
    attributesPresent: (d) => `${code(d.file)} sender allerede referater og sakslister gjennom etats diff-driver.`,
    attributesComment: 'etat: vis hvert vedtak i referater og sakslister som én linje i git diff (etat git setup)',
    configSet: (d) =>
      `Satte ${code('diff.etat.textconv')} til ${code(d.value)} i git-oppsettet til denne klonen: ${code('git diff')} og ${code('git log -p')} viser nå hvert vedtak som én linje.`,
    configPresent: (d) => `${code('diff.etat.textconv')} er allerede satt til ${code(d.value)}.`,
    configKept: (d) => `${code('diff.etat.textconv')} er allerede satt til ${code(d.value)}; det ble latt være.`,
    local: `Innstillingen ligger i ${code('.git/config')}, som aldri blir committet: ingenting i repositoriet får git til å kjøre et program. Hver klone kjører ${code('etat git setup')} én gang.`,
    notOnPath: `${code('etat')} ligger ikke i PATH, så driveren er ikke slått på: git kunne ikke kjørt den, og ${code('git diff')} av referater ville feilet. Installer etat der git finner det og kjør ${code('etat git setup')} igjen, eller kjør ${code('git config diff.etat.textconv "npx etat git textconv"')}.`,
  },
};

const nn: DecisionsTexts = {
  diff: {
    worktree: 'arbeidskopien',
    mergeBase: (d) => `${d.commit} (der HEAD skilde lag med ${d.branch})`,
    commit: (d) => `${d.ref} (${d.commit})`,
    heading: 'Vedtak',
    summary: (d) => `${d.added} lagt til, ${d.changed} endra, ${d.removed} fjerna, frå ${d.from} til ${d.to}.`,
    none: (d) => `Ingen vedtak er lagt til, endra eller fjerna frå ${d.from} til ${d.to}.`,
    section: { added: 'Lagt til', changed: 'Endra', removed: 'Fjerna' },
    decision: (d) => `${d.forum} ${d.meeting}, sak ${d.item}${d.title ? `: ${d.title}` : ''}`,
    corrects: (d) => `rettar ${d.target}, som lyder: ${d.text}`,
    correctsUnknown: (d) => `rettar ${code(d.key)}, som ikkje er eit vedtak i ${d.side}`,
    correctedBy: (d) => `retta ved ${d.correction}: ${d.text}`,
    count: (d) => `${String(d.for)} for, ${String(d.against)} mot, ${String(d.abstain)} avstod`,
    votes: (d) => `røyster: ${d.votes}`,
    noVotes: 'ikkje førde',
    unreadable: (d) => `${code(d.path)} kan ikkje lesast i ${d.side}, så vedtaka der er utelatne; ${code('etat check')} seier kvifor.`,
  },
  textconv: {
    heading: {
      minutes: 'etat: vedtaka i dette referatet, eitt per sak; under streken står resten av fila',
      agenda: 'etat: framlegga til vedtak i denne saklista, eitt per sak; under streken står resten av fila',
    },
    decision: (d) => `Sak ${d.item}${labelParts(d.outcome, d.corrects ? `rettar ${d.corrects}` : undefined)}`,
    proposal: (d) => `Sak ${d.item} – framlegg til vedtak`,
  },
  outcomes: { decided: 'vedteke', rejected: 'framlegget fall', discussed: 'drøfta', noted: 'teke til orientering', deferred: 'utsett', referred: 'vist vidare', withdrawn: 'trekt' },
  setup: {
    attributesAdded: (d) => `La til ${joinList('nn', d.lines.map(code))} i ${code(d.file)}.`,
    attributesPresent: (d) => `${code(d.file)} sender alt referat og saklister gjennom diff-drivaren til etat.`,
    attributesComment: 'etat: vis kvart vedtak i referat og saklister som éi linje i git diff (etat git setup)',
    configSet: (d) =>
      `Sette ${code('diff.etat.textconv')} til ${code(d.value)} i git-oppsettet til denne klonen: ${code('git diff')} og ${code('git log -p')} viser no kvart vedtak som éi linje.`,
    configPresent: (d) => `${code('diff.etat.textconv')} er alt sett til ${code(d.value)}.`,
    configKept: (d) => `${code('diff.etat.textconv')} er alt sett til ${code(d.value)}; det vart late vere.`,
    local: `Innstillinga ligg i ${code('.git/config')}, som aldri vert committa: ingenting i repositoriet får git til å køyre eit program. Kvar klone køyrer ${code('etat git setup')} éin gong.`,
    notOnPath: `${code('etat')} ligg ikkje i PATH, så drivaren er ikkje slått på: git kunne ikkje ha køyrt han, og ${code('git diff')} av referat ville ha feila. Installer etat der git finn det og køyr ${code('etat git setup')} igjen, eller køyr ${code('git config diff.etat.textconv "npx etat git textconv"')}.`,
  },
};

export const decisionsTexts: Record<Lang, DecisionsTexts> = { en, nb, nn };
