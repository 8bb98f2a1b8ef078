import { defineRule } from '../define.js';
import { agendaItemsById } from '../util.js';

export default defineRule({
  id: 'minutes/item-not-on-agenda',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'The evaluation found that new items were introduced in the meeting itself, and that agendas and minutes did not match. A minutes entry whose id is on no agenda item is either a typo — and the agenda item it meant has no record — or an item raised in the meeting that is not declared as one.',
    fix: 'Use the id of the agenda item the entry records. If the item was raised in the meeting (eventuelt), say so with `added: true` and give it a `title` and `kind`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      // An agenda that cannot be read has no items to compare with: its own finding says so.
      if (!meeting.agenda || !meeting.minutes || meeting.agenda.file.problem) continue;
      const onAgenda = agendaItemsById(meeting);
      for (const item of meeting.minutes.items) {
        if (item.id !== undefined && !item.added && !onAgenda.has(item.id)) {
          report({ file: item.file, path: [...item.path, 'id'], data: { id: item.id } });
        }
      }
    }
  },
});
