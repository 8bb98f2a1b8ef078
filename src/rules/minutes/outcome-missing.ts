import { defineRule } from '../define.js';
import { agendaItemsById, kindOf } from '../util.js';

export default defineRule({
  id: 'minutes/outcome-missing',
  defaultSeverity: 'warn',
  docs: {
    rationale:
      'The evaluation found that the minutes did not summarise the input and that the case flow was hard to follow. Every item on the agenda ends somehow — noted, discussed, deferred, withdrawn — and the minutes say how, or a reader cannot tell whether an item was reached at all. Items for decision without an outcome are errors (`minutes/decide-without-outcome`): a decision is at stake. For items for information or discussion nothing is decided, so a missing outcome is a warning.',
    fix: 'Record what happened to the item: `outcome: noted` (information received), `discussed`, `deferred` (carried to the next agenda) or `withdrawn`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const onAgenda = agendaItemsById(meeting);
      for (const item of meeting.minutes?.items ?? []) {
        const kind = kindOf(item, onAgenda);
        // Items for decision are `minutes/decide-without-outcome`'s; an approval of minutes is one.
        if (item.file.has([...item.path, 'outcome']) || (kind !== 'inform' && kind !== 'discuss')) continue;
        report({ file: item.file, path: item.path, messageId: kind, data: { id: item.id ?? '?' } });
      }
    }
  },
});
