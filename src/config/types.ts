import type { SeveritySetting } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import type { SourceFile } from '../model/source.js';

export interface Agency {
  id: string;
  name: string;
  short: string;
}

export interface Deadlines {
  agendaDays?: number;
  papersDays?: number;
  minutesDays?: number;
}

/**
 * The standing items an agenda opens with (`fora.<id>.standing_items`):
 * `agenda` approves the meeting's invitation and agenda, `minutes` the previous
 * meeting's minutes when they are not approved yet.
 */
export const STANDING_ITEMS = ['agenda', 'minutes'] as const;
export type StandingItem = (typeof STANDING_ITEMS)[number];

/** What a forum without `standing_items` opens with: the approval of the last minutes, as before the key existed. */
export const DEFAULT_STANDING_ITEMS: readonly StandingItem[] = ['minutes'];

export interface Forum {
  id: string;
  name: string;
  members: string[];
  quorum?: number;
  /**
   * How the forum reaches its decisions (`decides_by`): by `consensus`, where a
   * decision without dissent is everyone's, or by `vote`, where each decision
   * records the count. Unset: the minutes say which, item by item.
   */
  decidesBy?: 'consensus' | 'vote';
  deadlines: Deadlines;
  /** In the order written; the key unset is `DEFAULT_STANDING_ITEMS`. */
  standingItems: readonly StandingItem[];
}

/** `etat.yml`, validated. */
export interface Config {
  /** Absolute path of the repository root: the folder holding etat.yml. */
  root: string;
  file: SourceFile;
  language: Lang;
  /** `timezone`: the IANA time zone deadlines are counted in (default `Europe/Oslo`). */
  timezone: string;
  agencies: ReadonlyMap<string, Agency>;
  fora: ReadonlyMap<string, Forum>;
  maxReferrals: number;
  /** `calendar.domain`: the right-hand side of every calendar event's UID (`etat agenda ics`, `etat calendar`); undefined: from the repository's folder name. */
  calendarDomain?: string;
  /** `site`: the website's title and the URL of its accessibility statement (`etat site build`). */
  site: { title?: string; accessibilityStatement?: string };
  defaultBranch: string;
  rules: Readonly<Record<string, SeveritySetting>>;
}
