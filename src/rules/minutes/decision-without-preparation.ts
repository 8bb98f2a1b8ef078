import { defineRule } from '../define.js';
import { agendaItemsById } from '../util.js';

export default defineRule({
  id: 'minutes/decision-without-preparation',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'The evaluation found decisions taken without case preparation (saksforberedelse); good practice in Norwegian public administration is that a body does not decide an item that was not on the announced agenda (cf. the Local Government Act § 11-3). A decision on an item that was added in the meeting, or announced only for information or discussion, was taken without a case paper and proposal that the agencies could prepare on. A correction of earlier minutes (`corrects:`) is exempt: it restates a decision already prepared.',
    fix: 'Record the item as `discussed` (or `noted`) and put the decision on the agenda of the next meeting as a `decide` item with a case paper and a proposal. If the agenda was wrong and the item was prepared for decision, correct its `kind` in the agenda before the meeting — not after.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const onAgenda = agendaItemsById(meeting);
      for (const item of meeting.minutes?.items ?? []) {
        if (item.outcome !== 'decided' || item.corrects !== undefined) continue;
        const at = { file: item.file, path: [...item.path, 'outcome'] };
        if (item.added) {
          report({ ...at, messageId: 'added', data: { id: item.id ?? '?' } });
          continue;
        }
        const announced = item.id === undefined ? undefined : onAgenda.get(item.id);
        if (announced?.kind === 'inform' || announced?.kind === 'discuss') {
          report({ ...at, messageId: 'kind', data: { id: item.id ?? '?', kind: announced.kind }, cause: { file: announced.file, path: [...announced.path, 'kind'] } });
        }
      }
    }
  },
});
