import { defineRule } from '../define.js';
import { isBlank, isPlaceholderProposal } from '../util.js';

export default defineRule({
  id: 'agenda/decide-without-proposal',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'The evaluation found decisions taken without, or with poor, case preparation (saksforberedelse). An item for decision must say what the forum is asked to decide — the proposed decision (forslag til vedtak, innstilling) — so that every agency can anchor its position before the meeting. A placeholder such as `TBD` or `Forslag til vedtak` is treated as no proposal. An item that approves earlier minutes (`approves:`) needs none: the minutes are the proposal.',
    fix: 'Add `proposal:` with the decision the forum is asked to make, in the words it should be recorded in. If the forum is not asked to decide, make the item `kind: discuss` or `kind: inform`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        if (item.kind !== 'decide' || item.approves !== undefined) continue;
        const data = { id: item.id ?? '?', title: item.title ?? '' };
        if (isBlank(item.proposal)) report({ file: item.file, path: item.path, data });
        else if (isPlaceholderProposal(item.proposal!)) {
          report({ file: item.file, path: [...item.path, 'proposal'], messageId: 'placeholder', data: { ...data, proposal: item.proposal!.trim() } });
        }
      }
    }
  },
});
