import { defineRule } from '../define.js';

export default defineRule({
  id: 'minutes/added-item',
  defaultSeverity: 'warn',
  docs: {
    rationale:
      'The evaluation found that new items were introduced in the meeting itself, so that agencies came unprepared and those not in the room were not heard. An item raised in the meeting (eventuelt) is sometimes necessary and is allowed when declared with `added: true`, but it is shown, so that the practice stays visible and rare. A correction of earlier minutes (`corrects:`) is not new business and is not shown.',
    fix: 'Nothing, if the item really had to be raised in the meeting. Otherwise, put it on the agenda of the next meeting instead. An item raised in the meeting should not be decided there (see `minutes/decision-without-preparation`).',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.minutes?.items ?? []) {
        if (item.added && item.corrects === undefined) report({ file: item.file, path: [...item.path, 'added'], target: 'key', data: { id: item.id ?? '?', title: item.title ?? '' } });
      }
    }
  },
});
