import { defineRule } from '../define.js';

export default defineRule({
  id: 'minutes/no-agenda',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'Minutes are checked against the agenda item by item — the evaluation found that agendas and minutes did not match and that items were introduced in the meeting. Minutes with no agenda beside them record a meeting that was never announced, and none of those checks can run.',
    fix: 'Add the meeting\'s `agenda.md` beside the minutes (in the same `meetings/<forum>/<date>/` folder), or move the minutes to the folder of the meeting they record.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      if (meeting.minutes && !meeting.agenda && !meeting.minutes.file.problem) {
        report({ file: meeting.minutes.file, path: ['type'], data: { meeting: meeting.id } });
      }
    }
  },
});
