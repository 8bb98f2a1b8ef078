import { defineRule } from '../define.js';
import { membersPresent } from './quorum.js';

export default defineRule({
  id: 'minutes/recused-counted',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'A member who is disqualified (inhabil, Public Administration Act § 6) takes no part in the item: not in the decision, not in the dissent, and not in the quorum for it. Minutes that name a recused agency in the dissent, or reach the quorum only by counting it, record a decision the forum could not lawfully take that way.',
    fix: 'Remove the recused agency from the item\'s `dissent`. If the forum is below its quorum without the recused agency, the item cannot be decided at this meeting: record it as `deferred`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      if (!minutes) continue;
      const forum = minutes.forum === undefined ? undefined : ctx.config.fora.get(minutes.forum);
      const present = forum ? membersPresent(minutes, forum) : new Set<string>();
      for (const item of minutes.items) {
        const recused = new Set(item.recused.map((r) => r.by).filter((by): by is string => by !== undefined));
        for (const dissent of item.dissent) {
          if (dissent.by !== undefined && recused.has(dissent.by)) {
            report({ file: dissent.file, path: [...dissent.path, 'by'], messageId: 'dissent', data: { agency: dissent.by, id: item.id ?? '?' } });
          }
        }
        if (forum?.quorum === undefined || item.outcome !== 'decided' || recused.size === 0) continue;
        const taking = [...present].filter((agency) => !recused.has(agency)).length;
        if (taking < forum.quorum && present.size >= forum.quorum) {
          // The first recused agency that was counted as present (one is, or the quorum would hold).
          const first = item.recused.find((r) => r.by !== undefined && present.has(r.by)) ?? item.recused[0]!;
          report({ file: first.file, path: [...first.path, 'by'], messageId: 'quorum', data: { id: item.id ?? '?', taking, quorum: forum.quorum } });
        }
      }
    }
  },
});
