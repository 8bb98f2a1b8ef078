import type { Forum } from '../../config/types.js';
import type { Minutes } from '../../model/types.js';
import { defineRule } from '../define.js';

/** The forum's member agencies present at a meeting (guests do not count). */
export function membersPresent(minutes: Minutes, forum: Forum): Set<string> {
  const members = new Set(forum.members);
  return new Set(minutes.present.filter((agency): agency is string => agency !== undefined && (members.size === 0 || members.has(agency))));
}

export default defineRule({
  id: 'minutes/quorum',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'Peripheral agencies felt like a "B team", and meetings for core agencies only added to that, the evaluation found. A forum with a `quorum` in `etat.yml` decides only when at least that many member agencies are present; minutes below the quorum record decisions the forum could not take. A meeting below its quorum may still be held — for information and discussion — so the rule fires only when the minutes record an item as `decided`. Only members of the forum count; guests do not.',
    fix: 'Check `present` against the attendance. If the forum really was below its quorum, its decisions must be confirmed at a later meeting that has a quorum; record the items as `deferred` instead of `decided`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      const forum = minutes?.forum === undefined ? undefined : ctx.config.fora.get(minutes.forum);
      if (!minutes || minutes.file.problem || forum?.quorum === undefined) continue;
      const present = membersPresent(minutes, forum).size;
      // A forum below its quorum may still meet, inform and discuss; it cannot decide.
      const decided = minutes.items.filter((item) => item.outcome === 'decided').map((item) => item.id ?? '?');
      if (present < forum.quorum && decided.length > 0) {
        report({ file: minutes.file, path: ['present'], target: minutes.file.has(['present']) ? 'key' : 'value', data: { present, quorum: forum.quorum, forum: forum.name, decided } });
      }
    }
  },
});
