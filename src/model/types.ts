import type { Config } from '../config/types.js';
import type { SourceFile, YamlPath } from './source.js';

export const ITEM_KINDS = ['inform', 'discuss', 'decide'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** `rejected`: a proposal put to the forum and not adopted (forslaget falt). */
export const OUTCOMES = ['decided', 'rejected', 'discussed', 'noted', 'deferred', 'referred', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcomes of an item the forum put to a decision: adopted, or not. */
export type DecisionOutcome = Extract<Outcome, 'decided' | 'rejected'>;

/** A vote on an item, as counted (each a whole number, 0 or more; `abstain` 0 when left out). */
export interface Votes {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

/** Something read from front matter: the file it is in and where in its YAML. */
export interface Located {
  readonly file: SourceFile;
  readonly path: YamlPath;
}

/** A paper listed on an agenda item, resolved against the repository. */
export interface PaperRef extends Located {
  /** The path as written. */
  readonly target: string;
  readonly restricted: string | boolean | undefined;
  /** The repository-relative path, when it stays inside the repository. */
  readonly resolved: string | undefined;
  readonly status: 'present' | 'missing' | 'outside';
  /** The paper's text, for Markdown papers that could be read. */
  readonly source: PaperSource | undefined;
  /** For a missing paper: the existing file it most likely is, as the agenda would list it. */
  readonly suggestion?: string;
}

/** A Markdown paper's text, read once; headings are parsed only when a rule asks. */
export interface PaperSource {
  readonly file: SourceFile;
  /** Every heading, nested ones too, from a full Markdown parse (remark). */
  headings(): readonly Heading[];
  /**
   * The ATX headings (`## …`) found by a scan of the lines, without parsing:
   * fast, and never a heading remark would not see — but it may miss some
   * (setext headings, headings in block quotes), so trust it only for what it
   * finds. `undefined` when the text has constructs a line scan could misread
   * (code fences, HTML blocks, front matter).
   */
  atxHeadings(): readonly Heading[] | undefined;
}

export interface Heading {
  depth: number;
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * What an agenda item approves (`approves:`): this meeting's own invitation and
 * agenda (`approves: agenda`, "godkjenning av innkalling og saksliste"), or the
 * minutes of an earlier meeting (`approves: <forum>/<date>`, kept as written).
 * Either way the item is a standing item for decision whose paper is what it
 * approves, so it needs no case paper and no proposal.
 */
export type Approval = { readonly kind: 'agenda' } | { readonly kind: 'minutes'; readonly meeting: string };

export interface AgendaItem extends Located {
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly publicTitle: string | undefined;
  readonly kind: ItemKind | undefined;
  readonly owner: string | undefined;
  readonly case: string | undefined;
  readonly papers: readonly PaperRef[];
  readonly proposal: string | undefined;
  readonly approves: Approval | undefined;
  readonly restricted: unknown;
  readonly lateReason: string | undefined;
}

export interface Agenda {
  readonly file: SourceFile;
  readonly forum: string | undefined;
  readonly date: string | undefined;
  readonly purpose: unknown;
  readonly status: 'draft' | 'sent' | 'cancelled' | undefined;
  readonly chair: string | undefined;
  readonly items: readonly AgendaItem[];
}

/** An agency named in a list of the minutes (`dissent`, `recused`). */
export interface AgencyEntry extends Located {
  readonly by: string | undefined;
  /** What the agency said (a dissent's `note`). */
  readonly note: string | undefined;
}

export interface Action extends Located {
  readonly what: string | undefined;
  readonly owner: string | undefined;
  readonly due: string | undefined;
  readonly done: boolean;
}

/** A follow-up of an earlier action (`follow_up`): what became of it, recorded in later minutes. */
export interface FollowUp extends Located {
  /** `<forum>/<date>#<item-id>.<n>`, as written. */
  readonly action: string | undefined;
  readonly done: boolean | undefined;
  readonly due: string | undefined;
  readonly note: string | undefined;
}

export interface MinutesItem extends Located {
  readonly id: string | undefined;
  readonly added: boolean;
  readonly title: string | undefined;
  readonly kind: ItemKind | undefined;
  readonly outcome: Outcome | undefined;
  readonly decision: string | undefined;
  readonly consensus: boolean | undefined;
  readonly dissent: readonly AgencyEntry[];
  /** The vote, when one was held and counted; undefined when `votes` is missing or not well formed (the schema says why). */
  readonly votes: Votes | undefined;
  readonly recused: readonly AgencyEntry[];
  readonly referredTo: string | undefined;
  readonly actions: readonly Action[];
  readonly followUp: readonly FollowUp[];
  readonly corrects: string | undefined;
}

export interface Minutes {
  readonly file: SourceFile;
  readonly forum: string | undefined;
  readonly date: string | undefined;
  readonly status: 'draft' | 'approved' | undefined;
  readonly approvedAt: string | undefined;
  /** Agency ids, in the order written; `['present', i]` is the path of the i-th. */
  readonly present: readonly (string | undefined)[];
  readonly absent: readonly (string | undefined)[];
  readonly items: readonly MinutesItem[];
}

export interface Meeting {
  /** `<forum>/<date>`, from the folders. */
  readonly id: string;
  /** The forum folder. */
  readonly forum: string;
  /** The date folder, e.g. `2026-12-03` or `2026-12-03-2`. */
  readonly folder: string;
  /** The date the folder names, when it names one. */
  readonly date: string | undefined;
  /** `meetings/<forum>/<folder>`. */
  readonly dir: string;
  readonly agenda: Agenda | undefined;
  readonly minutes: Minutes | undefined;
}

export interface Case {
  /** The file name without `.md`. */
  readonly id: string;
  readonly file: SourceFile;
  readonly title: string | undefined;
  readonly owner: string | undefined;
  readonly status: 'open' | 'closed' | undefined;
  /** Where the case came from (`origin:`), e.g. a commission letter. */
  readonly origin: string | undefined;
}

/** A file that was not read because a symbolic link takes it out of the repository. */
export interface OutsideFile {
  readonly path: string;
  /** An empty stand-in, so that findings can be placed on it (at 1:1). */
  readonly file: SourceFile;
}

/** A governance repository, parsed: what every rule and command reads. */
export interface Repository {
  readonly root: string;
  readonly config: Config;
  /** Sorted by forum, then date. */
  readonly meetings: readonly Meeting[];
  readonly cases: ReadonlyMap<string, Case>;
  /** Every agenda, minutes and case file, in meeting order. */
  readonly files: readonly SourceFile[];
  /** Markdown papers that were read, by repository path. */
  readonly papers: ReadonlyMap<string, PaperSource>;
  readonly outside: readonly OutsideFile[];
  /**
   * The guidance lines of the case-paper templates — etat's own, and the
   * repository's `templates/paper.md` when it has one — that a section of an
   * unwritten paper still holds.
   */
  readonly paperGuidance?: ReadonlySet<string>;
  meeting(id: string): Meeting | undefined;
}
