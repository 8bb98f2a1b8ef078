import type { Lang } from '../i18n/lang.js';
import { decisions as decisionsOf, type Decision } from '../model/decisions.js';
import type { Repository, Votes } from '../model/types.js';
import { codeUnitOrder, naturalOrder } from '../text/order.js';
import type { Table } from './table.js';

/** Which decisions `etat decisions` lists. Dates are inclusive, YYYY-MM-DD. */
export interface DecisionFilter {
  forum?: string;
  since?: string;
  until?: string;
  case?: string;
  /** Decisions on items this agency owns, or where it dissented or was recused. */
  agency?: string;
  /** Case-insensitive, in the title and the text (as written and as in force). */
  grep?: string;
}

/** A decision as `etat decisions --format json` prints it (docs/decisions-format.md). */
export interface DecisionEntry {
  key: string;
  forum: string;
  forumName: string;
  meeting: string;
  date: string | null;
  item: string;
  title: string | null;
  case: string | null;
  owner: string | null;
  outcome: Decision['outcome'];
  text: string;
  textInForce: string;
  votes: Votes | null;
  consensus: boolean;
  dissent: { by: string | null; note: string | null }[];
  recused: string[];
  approved: boolean;
  corrects: string | null;
  correctedBy: string | null;
  path: string;
}

export interface DecisionsReport {
  format: 'etat-decisions';
  version: 1;
  decisions: DecisionEntry[];
  /** Minutes whose front matter could not be read: their decisions are not listed. */
  unreadable: string[];
}

/**
 * Every decision of the repository, newest first (date, then forum, then item),
 * with each correction beside what it corrects: the corrected decision names
 * the one that corrects it (`correctedBy`, the latest of a chain), and its
 * text in force is the correction's.
 */
export function decisionsReport(repo: Repository, filter: DecisionFilter = {}): DecisionsReport {
  const { decisions, unreadable } = decisionsOf(repo);
  const correctedBy = new Map<string, Decision>();
  for (const decision of decisions.values()) {
    if (decision.corrects !== undefined && decisions.has(decision.corrects)) correctedBy.set(decision.corrects, decision);
  }
  /** The last correction of a chain; a cycle of corrections (each naming the other) stops where it began. */
  const latest = (decision: Decision): Decision | undefined => {
    let current = correctedBy.get(decision.key);
    const seen = new Set([decision.key]);
    while (current && correctedBy.has(current.key) && !seen.has(correctedBy.get(current.key)!.key)) {
      seen.add(current.key);
      current = correctedBy.get(current.key);
    }
    return current;
  };
  const grep = filter.grep?.toLocaleLowerCase();
  const entries: DecisionEntry[] = [];
  for (const d of decisions.values()) {
    const correction = latest(d);
    const textInForce = correction?.text ?? d.text;
    if (filter.forum !== undefined && d.forum !== filter.forum) continue;
    if (filter.since !== undefined && (d.date === undefined || d.date < filter.since)) continue;
    if (filter.until !== undefined && (d.date === undefined || d.date > filter.until)) continue;
    if (filter.case !== undefined && d.case !== filter.case) continue;
    if (filter.agency !== undefined && d.owner !== filter.agency && !d.dissent.some((x) => x.by === filter.agency) && !d.recused.includes(filter.agency)) continue;
    if (grep !== undefined && ![d.title ?? '', d.text, textInForce].some((text) => text.toLocaleLowerCase().includes(grep))) continue;
    entries.push({
      key: d.key,
      forum: d.forum,
      forumName: d.forumName,
      meeting: d.meeting,
      date: d.date ?? null,
      item: d.item,
      title: d.title ?? null,
      case: d.case ?? null,
      owner: d.owner ?? null,
      outcome: d.outcome,
      text: d.text,
      textInForce,
      votes: d.votes ?? null,
      consensus: d.consensus,
      dissent: d.dissent.map(({ by, note }) => ({ by: by ?? null, note: note ?? null })),
      recused: d.recused.filter((by) => by !== undefined),
      approved: d.approved,
      corrects: d.corrects ?? null,
      correctedBy: correction?.key ?? null,
      path: d.path,
    });
  }
  entries.sort((a, b) => codeUnitOrder(b.date ?? '', a.date ?? '') || codeUnitOrder(a.forum, b.forum) || naturalOrder(a.item, b.item));
  return { format: 'etat-decisions', version: 1, decisions: entries, unreadable };
}

const words = {
  en: {
    header: ['Date', 'Forum', 'Item', 'Title', 'Decision', 'Agreement', 'Minutes'],
    rejected: 'Fell: ',
    corrected: 'Corrected: ',
    consensus: 'consensus',
    dissent: 'dissent',
    votes: (v: Votes) => `${v.for} for, ${v.against} against, ${v.abstain} abstaining`,
    recused: 'recused',
    approved: 'approved',
    draft: 'draft',
    correctedBy: 'corrected by',
    corrects: 'corrects',
  },
  nb: {
    header: ['Dato', 'Forum', 'Sak', 'Tittel', 'Vedtak', 'Enighet', 'Referat'],
    rejected: 'Falt: ',
    corrected: 'Rettet: ',
    consensus: 'enighet',
    dissent: 'dissens',
    votes: (v: Votes) => `${v.for} for, ${v.against} mot, ${v.abstain} avholdende`,
    recused: 'inhabil',
    approved: 'godkjent',
    draft: 'utkast',
    correctedBy: 'rettet i',
    corrects: 'retter',
  },
  nn: {
    header: ['Dato', 'Forum', 'Sak', 'Tittel', 'Vedtak', 'Semje', 'Referat'],
    rejected: 'Fall: ',
    corrected: 'Retta: ',
    consensus: 'semje',
    dissent: 'dissens',
    votes: (v: Votes) => `${v.for} for, ${v.against} mot, ${v.abstain} avhaldande`,
    recused: 'inhabil',
    approved: 'godkjent',
    draft: 'utkast',
    correctedBy: 'retta i',
    corrects: 'rettar',
  },
} satisfies Record<Lang, unknown>;

/** The register as a table: the text in force, and who agreed, dissented or stood aside. */
export function decisionsTable(report: DecisionsReport, lang: Lang): Table {
  const w = words[lang];
  return {
    header: w.header,
    wide: 4,
    rows: report.decisions.map((d) => {
      const agreement = [
        d.votes ? w.votes(d.votes) : undefined,
        d.consensus ? w.consensus : undefined,
        d.dissent.length > 0 ? `${w.dissent}: ${d.dissent.map((x) => x.by ?? '?').join(', ')}` : undefined,
        d.recused.length > 0 ? `${w.recused}: ${d.recused.join(', ')}` : undefined,
      ].filter(Boolean);
      const text = [
        // The labels come first, so that a terminal that cuts the text still shows them.
        `${d.correctedBy ? w.corrected : ''}${d.outcome === 'rejected' ? w.rejected : ''}${d.textInForce}`,
        d.correctedBy ? `(${w.correctedBy} ${d.correctedBy})` : undefined,
        d.corrects ? `(${w.corrects} ${d.corrects})` : undefined,
      ].filter(Boolean);
      return [d.date ?? undefined, d.forumName, d.item, d.title ?? undefined, text.join(' '), agreement.join('; ') || undefined, d.approved ? w.approved : w.draft];
    }),
  };
}
