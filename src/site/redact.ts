import { itemKey } from '../model/decisions.js';
import { isRestricted, legalBasis, publicTitle } from '../model/publishing.js';
import type { AgendaItem, Repository } from '../model/types.js';

/** What the public build shows of an item it withholds: its public title (if it has one) and legal basis. */
export interface Withheld {
  title: string | undefined;
  basis: string;
}

/**
 * The publishing questions of the one model (`src/model/publishing.ts`), asked
 * by item key: whether the public build withholds an item, and what it may
 * show of it. An internal build withholds nothing. A correction of a withheld
 * decision is withheld with it, or its text would publish what the item hid.
 */
export class Redaction {
  private readonly items = new Map<string, AgendaItem>();

  constructor(
    repo: Repository,
    readonly isPublic: boolean,
  ) {
    for (const meeting of repo.meetings) {
      for (const item of meeting.agenda?.items ?? []) if (item.id !== undefined) this.items.set(`${meeting.id}#${item.id}`, item);
    }
  }

  /** The agenda item of `<forum>/<date>#<id>`. */
  item(key: string): AgendaItem | undefined {
    return this.items.get(key);
  }

  /** What to show instead of the item of `key` (or of the decision it corrects); undefined when it is published. */
  withheld(key: string, corrects?: string | null): Withheld | undefined {
    if (!this.isPublic) return undefined;
    const item = this.items.get(itemKey(key)) ?? (corrects ? this.items.get(itemKey(corrects)) : undefined);
    if (!item || !isRestricted(item)) return corrects ? this.withheld(corrects) : undefined;
    return { title: publicTitle(item), basis: legalBasis(item) ?? '' };
  }

  /** Whether the public build leaves out this agenda item. */
  withholds(item: Pick<AgendaItem, 'restricted'>): boolean {
    return this.isPublic && isRestricted(item);
  }
}
