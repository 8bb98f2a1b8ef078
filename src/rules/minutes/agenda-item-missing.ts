import { defineRule } from '../define.js';

export default defineRule({
  id: 'minutes/agenda-item-missing',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'The evaluation found that agendas and minutes did not match and that the case flow was hard to follow. Every item that was announced must have a record in the minutes — even if only that it was deferred or withdrawn — or the case disappears between meetings.',
    fix: 'Add an entry with the item\'s `id` to the minutes\' `items`, with its `outcome` (`deferred` or `withdrawn` if the forum did not get to it). `etat minutes new` writes one entry per agenda item.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const { agenda, minutes } = meeting;
      if (!agenda || !minutes || minutes.file.problem || agenda.status === 'cancelled') continue;
      const recorded = new Set(minutes.items.map((item) => item.id));
      for (const item of agenda.items) {
        if (item.id !== undefined && !recorded.has(item.id)) {
          report({
            file: minutes.file,
            path: ['items'],
            target: 'key',
            data: { id: item.id, title: item.title ?? '' },
            cause: { file: item.file, path: [...item.path, 'id'] },
          });
        }
      }
    }
  },
});
