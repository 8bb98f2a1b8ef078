import { approvalProblem } from '../../model/approval.js';
import { defineRule } from '../define.js';

export default defineRule({
  id: 'minutes/approval-invalid',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'Approved minutes are the locked record of what a forum decided (Noark 5 locks them once approved, and only then are they published). Approval is itself an act of the forum: a later meeting of the same forum, held by the day of the check, approves the minutes under an agenda item with `approves: <forum>/<date>` — the item "Godkjenning av referat" that most Norwegian bodies open with. Minutes that say `approved` with an `approved_at` that names another forum, the meeting itself, an earlier meeting, a meeting not yet held or cancelled, or a meeting whose agenda did not put the approval to it, claim an approval that cannot have happened.',
    fix: 'Put an item with `approves: <forum>/<date>` on the agenda of the forum\'s next meeting, and once that meeting has approved the minutes, run `etat minutes approve <forum>/<date>`: it finds that meeting and writes `status: approved` and `approved_at` for you. Until then, leave the minutes `status: draft`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      if (!minutes || minutes.file.problem || minutes.status !== 'approved' || minutes.approvedAt === undefined) continue;
      const problem = approvalProblem(ctx.repo, meeting, minutes.approvedAt, ctx.today);
      // An `approved_at` that is no meeting id at all is the schema's to report.
      if (problem && problem !== 'format') report({ file: minutes.file, path: ['approved_at'], messageId: problem, data: { at: minutes.approvedAt, meeting: meeting.id } });
    }
  },
});
