import { defineRule } from '../define.js';

export default defineRule({
  id: 'minutes/present-and-absent',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'Attendance decides whether a forum could decide (its quorum) and shows, agency by agency, who was in the room — the evaluation found that peripheral agencies felt like a "B team", and attendance per agency is how that is seen. An agency listed both in `present` and in `absent` makes both answers unknowable.',
    fix: 'Keep the agency in the one list that is true: `present` if it attended, `absent` if it did not.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      if (!minutes || minutes.file.problem) continue;
      const present = new Map<string, number>();
      minutes.present.forEach((agency, index) => {
        if (agency !== undefined && !present.has(agency)) present.set(agency, index);
      });
      minutes.absent.forEach((agency, index) => {
        const at = agency === undefined ? undefined : present.get(agency);
        if (at === undefined) return;
        report({ file: minutes.file, path: ['absent', index], data: { agency }, cause: { file: minutes.file, path: ['present', at] } });
      });
    }
  },
});
