import { addDays, osloDate } from '../../model/dates.js';
import { defineRule } from '../define.js';
import { usableHistory } from '../git/history.js';

export default defineRule({
  id: 'agenda/late-notice',
  defaultSeverity: 'warn',
  needsHistory: true,
  docs: {
    rationale:
      'Agencies need time to prepare and to anchor their positions before a meeting; the evaluation found items and decisions that participants met unprepared. The invitation (møteinnkalling) is an agenda with `status: sent`, and it counts as sent at the first commit in which the agenda said so — on the default branch, or on the branch being checked — at that commit\'s committer date in Norway (the author date is anyone\'s to set). It must be sent `agenda_days` (etat.yml) before the meeting. An agenda that says `sent` in the working tree but in no commit, or that is still not sent when the deadline has passed, is reported too. `git rebase` and force-pushes move commit dates: see `agenda/paper-late`.',
    fix: 'Send invitations by the deadline `etat agenda new` and `etat status` show, with `etat agenda send`, and commit the sent agenda at once. If a meeting had to be called at short notice, say why in the invitation text.',
  },
  check(ctx, report) {
    const history = usableHistory(ctx);
    if (!history) return;
    for (const meeting of ctx.meetings) {
      const agenda = meeting.agenda;
      const days = ctx.config.fora.get(meeting.forum)?.deadlines.agendaDays;
      if (!agenda || agenda.file.problem || agenda.status === 'cancelled' || !meeting.date || days === undefined) continue;
      const deadline = addDays(meeting.date, -days);
      const at = { file: agenda.file, path: ['status'] };
      const data = { meeting: meeting.id, deadline, days };
      const sent = history.sentAt(agenda.file.path);
      if (sent) {
        const date = osloDate(sent.time);
        if (date > deadline) report({ ...at, messageId: 'late', data: { ...data, sent: date } });
      } else if (ctx.today > deadline && ctx.today <= meeting.date) {
        report({ ...at, messageId: agenda.status === 'sent' ? 'uncommitted' : 'notSent', data });
      } else if (ctx.today > meeting.date && agenda.status === 'sent') {
        report({ ...at, messageId: 'uncommitted', data });
      }
    }
  },
});
