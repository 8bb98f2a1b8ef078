import type { Config } from '../config/types.js';
import { Git } from '../git/git.js';
import { compareMeetingFolders } from '../model/ids.js';
import type { Decision } from '../model/decisions.js';
import type { DecisionOutcome, Votes } from '../model/types.js';
import { readSnapshots, resolveSides, type Side, type Snapshot } from './read.js';
import { diffWords, oneLine, type WordPart } from './words.js';

/** The decision a correction names, as it reads at the `to` side. */
export interface CorrectionTarget {
  key: string;
  /** Whether the `to` side has a decision with this key; the fields below are set only then. */
  found: boolean;
  forumName?: string;
  meeting?: string;
  date?: string;
  item?: string;
  title?: string;
  text?: string;
}

/** A correction of a decision, at the `to` side. */
export interface Correction {
  key: string;
  forumName: string;
  meeting: string;
  date?: string;
  item: string;
  title?: string;
  text: string;
}

interface Shown {
  key: string;
  forum: string;
  forumName: string;
  meeting: string;
  date?: string;
  item: string;
  title?: string;
  /** The minutes that hold it (at `to`; at `from` for a removed decision). */
  path: string;
  /** `decided`, or `rejected` for a proposal that fell (at `to`; at `from` for a removed decision). */
  outcome: DecisionOutcome;
  /** The count, when the minutes record a vote (at the same side as `outcome`). */
  votes?: Votes;
  /** For a correction: the decision it corrects, as it reads at `to`. */
  corrects?: CorrectionTarget;
  /** The corrections of this decision at `to`. */
  correctedBy?: Correction[];
}

export interface AddedOrRemoved extends Shown {
  text: string;
}

export interface Changed extends Shown {
  from: string;
  to: string;
  /** The words that changed, with white space read as single spaces. */
  words: WordPart[];
  /** The outcome at `from` (`outcome` is the one at `to`). */
  fromOutcome: DecisionOutcome;
  /** The count at `from`, when the minutes recorded one there. */
  fromVotes?: Votes;
}

export type SideInfo = Side & {
  /** Minutes whose front matter could not be read at this side, so their decisions are not compared. */
  unreadable: string[];
};

export interface DecisionsDiff {
  from: SideInfo;
  to: SideInfo;
  added: AddedOrRemoved[];
  changed: Changed[];
  removed: AddedOrRemoved[];
}

/**
 * What happened to the decisions between two snapshots: those only at `to`
 * (added), only at `from` (removed), and those whose text differs in more than
 * white space, whose outcome changed (adopted ↔ rejected) or whose count of
 * votes did (changed). Sorted by forum, date and item id; corrections carry
 * the text of the decision they correct as it reads at `to`.
 */
export function diffSnapshots(from: Snapshot, to: Snapshot): DecisionsDiff {
  const correctionsOf = new Map<string, Correction[]>();
  for (const decision of to.decisions.values()) {
    if (decision.corrects === undefined || decision.corrects === decision.key) continue;
    const list = correctionsOf.get(decision.corrects) ?? [];
    list.push(omitUndefined({
      key: decision.key,
      forumName: decision.forumName,
      meeting: decision.meeting,
      date: decision.date,
      item: decision.item,
      title: decision.title,
      text: decision.text,
    }));
    correctionsOf.set(decision.corrects, list);
  }
  const shown = (decision: Decision): Shown => {
    const target = decision.corrects === undefined ? undefined : to.decisions.get(decision.corrects);
    const correctedBy = correctionsOf.get(decision.key);
    return omitUndefined({
      key: decision.key,
      forum: decision.forum,
      forumName: decision.forumName,
      meeting: decision.meeting,
      date: decision.date,
      item: decision.item,
      title: decision.title,
      path: decision.path,
      outcome: decision.outcome,
      votes: decision.votes,
      corrects:
        decision.corrects === undefined
          ? undefined
          : target
            ? omitUndefined({
                key: target.key,
                found: true,
                forumName: target.forumName,
                meeting: target.meeting,
                date: target.date,
                item: target.item,
                title: target.title,
                text: target.text,
              })
            : { key: decision.corrects, found: false },
      correctedBy,
    });
  };

  const added: AddedOrRemoved[] = [];
  const changed: Changed[] = [];
  const removed: AddedOrRemoved[] = [];
  // The decision's own text before what is said about corrections: the order JSON readers see.
  const withText = <T extends object>(decision: Decision, text: T) => {
    const { corrects, correctedBy, ...head } = shown(decision);
    return omitUndefined({ ...head, ...text, corrects, correctedBy });
  };
  for (const [key, after] of to.decisions) {
    const before = from.decisions.get(key);
    if (!before) added.push(withText(after, { text: after.text }));
    else if (oneLine(before.text) !== oneLine(after.text) || before.outcome !== after.outcome || !sameVotes(before.votes, after.votes)) {
      const words = diffWords(oneLine(before.text), oneLine(after.text));
      changed.push(withText(after, { from: before.text, to: after.text, words, fromOutcome: before.outcome, fromVotes: before.votes }));
    }
  }
  for (const [key, before] of from.decisions) {
    if (!to.decisions.has(key)) removed.push(withText(before, { text: before.text }));
  }
  return {
    from: { ...from.side, unreadable: from.unreadable },
    to: { ...to.side, unreadable: to.unreadable },
    added: added.sort(byPlace),
    changed: changed.sort(byPlace),
    removed: removed.sort(byPlace),
  };
}

export interface CompareOptions {
  /** The etat root (the folder of etat.yml). */
  root: string;
  config: Config;
  /** `A`: the merge-base of HEAD and the default branch when not given. */
  from?: string;
  /** `B`: the working tree when not given. */
  to?: string;
  /** The git runner (it counts the processes it starts); one for `root` by default. */
  git?: Git;
}

/** The decisions diff between two revisions of the repository at `root`, with a constant number of git processes. */
export async function compareDecisions(options: CompareOptions): Promise<DecisionsDiff> {
  const git = options.git ?? new Git(options.root);
  const sides = await resolveSides(git, { defaultBranch: options.config.defaultBranch, from: options.from, to: options.to });
  const [from, to] = await readSnapshots(git, options.root, options.config, [sides.from, sides.to]);
  return diffSnapshots(from!, to!);
}

/** Whether two counts are the same count (or both missing). */
export function sameVotes(a: Votes | undefined, b: Votes | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.for === b.for && a.against === b.against && a.abstain === b.abstain);
}

/** By forum, then date folder (`2026-03-01` < `2026-03-01-2` < `2026-03-02`), then item id (`2` < `10`). */
function byPlace(a: Shown, b: Shown): number {
  if (a.forum !== b.forum) return a.forum < b.forum ? -1 : 1;
  const folderA = a.meeting.slice(a.forum.length + 1);
  const folderB = b.meeting.slice(b.forum.length + 1);
  if (folderA !== folderB) return compareMeetingFolders(folderA, folderB);
  return compareIds(a.item, b.item);
}

/** Whole numbers in numeric order, before other ids in code-point order. */
function compareIds(a: string, b: string): number {
  const numA = /^\d+$/.test(a);
  const numB = /^\d+$/.test(b);
  if (numA && numB) return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
  if (numA !== numB) return numA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An object without its undefined fields: JSON leaves them out anyway, and tests compare exactly. */
function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
