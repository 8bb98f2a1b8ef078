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
}

/** `etat.yml`, validated. */
export interface Config {
  /** Absolute path of the repository root: the folder holding etat.yml. */
  root: string;
  file: SourceFile;
  language: Lang;
  agencies: ReadonlyMap<string, Agency>;
  fora: ReadonlyMap<string, Forum>;
  maxReferrals: number;
  defaultBranch: string;
  rules: Readonly<Record<string, SeveritySetting>>;
}
