import type { Forum } from '../../config/types.js';
import type { Minutes } from '../../model/types.js';
import { defineRule } from '../define.js';
import { wasPut } from '../../model/items.js';
import { code, joinList, type Lang } from '../../i18n/lang.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** "a decision on item `2`" / "decisions on items `2` and `3`", from the ids in `d.decided`. */
const decisions = (lang: Lang, d: { decided: unknown }) => {
  // Read as unknown: `etat rules <id>` says the messages with `…` for every value.
  const ids = (Array.isArray(d.decided) ? d.decided : []).map(code);
  const words = { en: ['a decision on item', 'decisions on items'], nb: ['vedtak i sak', 'vedtak i sakene'], nn: ['vedtak i sak', 'vedtak i sakene'] }[lang];
  return `${ids.length === 1 ? words[0] : words[1]} ${joinList(lang, ids)}`;
};

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { present: number; forum: string; quorum: number; decided: readonly string[] };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Enough member agencies are present for the forum to decide',
    messages: {
      default: m(
        (d) => `Only ${excerpt(d.present)} member agencies are present; ${excerpt(d.forum)} needs ${String(d.quorum)} to decide, yet the minutes record ${decisions('en', d)}.`,
        () => 'Check `present` against the attendance; below the quorum the forum may inform and discuss, but must defer its decisions to a meeting that has it.',
      ),
    },
  },
  nb: {
    description: 'Nok medlemsetater er til stede til at forumet kan fatte vedtak',
    messages: {
      default: m(
        (d) => `Bare ${excerpt(d.present)} medlemsetater er til stede; ${excerpt(d.forum)} trenger ${String(d.quorum)} for å være beslutningsdyktig, men referatet fører ${decisions('nb', d)}.`,
        () => 'Sjekk `present` mot oppmøtet; under grensen kan forumet orientere og drøfte, men vedtakene må utsettes til et møte som er beslutningsdyktig.',
      ),
    },
  },
  nn: {
    description: 'Nok medlemsetatar er til stades til at forumet er vedtaksført',
    messages: {
      default: m(
        (d) => `Berre ${excerpt(d.present)} medlemsetatar er til stades; ${excerpt(d.forum)} treng ${String(d.quorum)} for å vere vedtaksført, men referatet fører ${decisions('nn', d)}.`,
        () => 'Sjekk `present` mot oppmøtet; under grensa kan forumet orientere og drøfte, men vedtaka må utsetjast til eit møte som er vedtaksført.',
      ),
    },
  },
};

/** The forum's member agencies present at a meeting (guests do not count). */
export function membersPresent(minutes: Minutes, forum: Forum): Set<string> {
  const members = new Set(forum.members);
  return new Set(minutes.present.filter((agency): agency is string => agency !== undefined && (members.size === 0 || members.has(agency))));
}

export default defineRule({
  id: 'minutes/quorum',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Peripheral agencies felt like a "B team", and meetings for core agencies only added to that, the evaluation found. A forum with a `quorum` in `etat.yml` decides only when at least that many member agencies are present; minutes below the quorum record decisions the forum could not take. A meeting below its quorum may still be held — for information and discussion — so the rule fires only when the minutes record an item as `decided` — or as `rejected`: voting a proposal down is a decision too, and one the forum could not take either. Only members of the forum count; guests do not.',
    fix: 'Check `present` against the attendance. If the forum really was below its quorum, its decisions must be confirmed at a later meeting that has a quorum; record the items as `deferred` instead of `decided`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      const forum = minutes?.forum === undefined ? undefined : ctx.config.fora.get(minutes.forum);
      if (!minutes || minutes.file.problem || forum?.quorum === undefined) continue;
      const present = membersPresent(minutes, forum).size;
      // A forum below its quorum may still meet, inform and discuss; it cannot decide, not even to reject a proposal.
      const decided = minutes.items.filter((item) => wasPut(item.outcome)).map((item) => item.id ?? '?');
      if (present < forum.quorum && decided.length > 0) {
        report({ file: minutes.file, path: ['present'], target: minutes.file.has(['present']) ? 'key' : 'value', data: { present, quorum: forum.quorum, forum: forum.name, decided } });
      }
    }
  },
});
