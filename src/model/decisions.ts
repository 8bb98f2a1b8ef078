import { parseMeetingFolder, parseMeetingId } from './ids.js';
import { isConsensus, wasPut } from './items.js';
import type { DecisionOutcome, Repository, Votes } from './types.js';

/**
 * A decision: a minutes item with `outcome: decided`, or a proposal the forum
 * put and did not adopt (`outcome: rejected`) — the forum decided that too,
 * and the registers show what fell beside what was adopted.
 */
export interface Decision {
  /** `<forum>/<folder>#<item-id>`, as `corrects:` names it. */
  key: string;
  forum: string;
  /** The forum's name in etat.yml; its id when etat.yml does not define it. */
  forumName: string;
  /** `<forum>/<folder>`. */
  meeting: string;
  /** The date the folder names; undefined for a folder that names none. */
  date: string | undefined;
  item: string;
  /** The title of the agenda item (of the minutes item, for items added in the meeting). */
  title: string | undefined;
  /** `decided`, or `rejected` for a proposal that fell. */
  outcome: DecisionOutcome;
  /**
   * The decision as written, without a final line break. For a rejected
   * proposal, what fell: its `decision` text when the minutes give one, else
   * the agenda item's `proposal`.
   */
  text: string;
  /** The count, when the minutes record a vote. */
  votes: Votes | undefined;
  /** The repository path of the minutes. */
  path: string;
  /** The decision this one corrects, as a key (`corrects:` normalised). */
  corrects: string | undefined;
  /** The agenda item's case (`case:`), when it names one. */
  case: string | undefined;
  /** The agency that owns the agenda item. */
  owner: string | undefined;
  /** Whether the forum agreed: `consensus: true`, or no dissent in a forum that `decides_by: consensus`. */
  consensus: boolean;
  /** Who disagreed, and what they said. */
  dissent: { by: string | undefined; note: string | undefined }[];
  /** Agencies that took no part (inhabilitet). */
  recused: (string | undefined)[];
  /** Whether the minutes that record it are approved. */
  approved: boolean;
}

export interface Decisions {
  /** By key, in the order of the minutes' paths. */
  decisions: Map<string, Decision>;
  /** Minutes whose front matter could not be read: their decisions are not known. */
  unreadable: string[];
}

/** Every decision in a repository's minutes (the registers and `decisions diff` read them from here). */
export function decisions(repo: Pick<Repository, 'meetings' | 'config'>): Decisions {
  const found = new Map<string, Decision>();
  const unreadable: string[] = [];
  const withMinutes = repo.meetings.filter((m) => m.minutes).sort((a, b) => (a.minutes!.file.path < b.minutes!.file.path ? -1 : 1));
  for (const { forum, folder, id: meeting, agenda, minutes } of withMinutes) {
    const path = minutes!.file.path;
    if (minutes!.file.problem) {
      unreadable.push(path);
      continue;
    }
    const titles = agenda && !agenda.file.problem ? agenda.items : [];
    for (const item of minutes!.items) {
      if (!wasPut(item.outcome) || item.id === undefined) continue;
      const onAgenda = titles.find((i) => i.id === item.id);
      // A decision without its text is not known yet (`minutes/decision-missing-text`); what fell is the proposal, unless the minutes say otherwise.
      const text = item.outcome === 'rejected' ? (item.decision ?? onAgenda?.proposal) : item.decision;
      if (text === undefined) continue;
      const key = `${meeting}#${item.id}`;
      if (found.has(key)) continue; // a duplicate id: the first one counts (etat check reports the rest)
      found.set(key, {
        key,
        forum,
        forumName: repo.config.fora.get(forum)?.name ?? forum,
        meeting,
        date: parseMeetingFolder(folder)?.date,
        item: item.id,
        title: onAgenda?.title ?? item.title,
        outcome: item.outcome,
        text: text.replace(/\s+$/, ''),
        votes: item.votes,
        path,
        corrects: item.corrects === undefined ? undefined : itemKey(item.corrects),
        case: onAgenda?.case,
        owner: onAgenda?.owner,
        consensus: isConsensus(item, repo.config.fora.get(forum)),
        dissent: item.dissent.map(({ by, note }) => ({ by, note })),
        recused: item.recused.map(({ by }) => by),
        approved: minutes!.status === 'approved',
      });
    }
  }
  return { decisions: found, unreadable };
}

/** `<forum>/<date>#<id>` as a decision key: white space trimmed, the folder as written; what cannot be read stays as written. */
export function itemKey(reference: string): string {
  const hash = reference.indexOf('#');
  if (hash === -1) return reference.trim();
  const meeting = parseMeetingId(reference.slice(0, hash));
  const id = reference.slice(hash + 1).trim();
  return meeting ? `${meeting.forum}/${meeting.folder}#${id}` : reference.trim();
}
