import type { AgendaItem } from '../../model/types.js';
import { defineRule } from '../define.js';

export default defineRule({
  id: 'agenda/duplicate-item-id',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'Agenda and minutes are matched item by item through the item ids — the evaluation found that agendas and minutes did not match. Two items with one id make it impossible to tell which of them a minutes entry, an `approves:` or a `corrects:` reference is about. `1` and `"1"` are the same id.',
    fix: 'Give each item its own id within the meeting. If you renumber, update the minutes and any `corrects:` that point at the old id.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const agenda = meeting.agenda;
      if (!agenda) continue;
      const seen = new Map<string, AgendaItem>();
      for (const item of agenda.items) {
        if (item.id === undefined) continue;
        const first = seen.get(item.id);
        if (first) {
          report({ file: agenda.file, path: [...item.path, 'id'], data: { id: item.id }, cause: { file: agenda.file, path: [...first.path, 'id'] } });
        } else {
          seen.set(item.id, item);
        }
      }
    }
  },
});
