import { addDays, dateIn } from '../../model/dates.js';
import { defineRule } from '../define.js';
import { usableHistory } from '../git/history.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  late: { sent: string; deadline: string; days: number };
  uncommitted: { deadline: string };
  notSent: { deadline: string; meeting: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'The invitation is sent by the notice deadline',
    messages: {
      late: m((d) => `The agenda reached \`status: sent\` on ${excerpt(d.sent)}, after the notice deadline ${String(d.deadline)} (${String(d.days)} days before the meeting).`, () => 'Send invitations by the deadline `etat status` shows; if a meeting must be called at short notice, say why in the invitation.'),
      uncommitted: m((d) => `The agenda says \`status: sent\`, but no commit does, and the notice deadline ${String(d.deadline)} has passed.`, () => 'Commit the sent agenda.'),
      notSent: m((d) => `The notice deadline ${String(d.deadline)} has passed, and the invitation is not sent.`, (d) => `Send it: \`etat agenda send ${excerpt(d.meeting)}\`.`),
    },
  },
  nb: {
    description: 'Innkallingen sendes innen fristen',
    messages: {
      late: m((d) => `Sakslisten fikk \`status: sent\` ${excerpt(d.sent)}, etter innkallingsfristen ${String(d.deadline)} (${String(d.days)} dager før møtet).`, () => 'Send innkallinger innen fristen `etat status` viser; må et møte kalles inn på kort varsel, skriv hvorfor i innkallingen.'),
      uncommitted: m((d) => `Sakslisten sier \`status: sent\`, men ingen commit gjør det, og innkallingsfristen ${String(d.deadline)} er passert.`, () => 'Commit den sendte sakslisten.'),
      notSent: m((d) => `Innkallingsfristen ${String(d.deadline)} er passert, og innkallingen er ikke sendt.`, (d) => `Send den: \`etat agenda send ${excerpt(d.meeting)}\`.`),
    },
  },
  nn: {
    description: 'Innkallinga vert send innan fristen',
    messages: {
      late: m((d) => `Saklista fekk \`status: sent\` ${excerpt(d.sent)}, etter innkallingsfristen ${String(d.deadline)} (${String(d.days)} dagar før møtet).`, () => 'Send innkallingar innan fristen `etat status` viser; må eit møte kallast inn på kort varsel, skriv kvifor i innkallinga.'),
      uncommitted: m((d) => `Saklista seier \`status: sent\`, men ingen commit gjer det, og innkallingsfristen ${String(d.deadline)} er passert.`, () => 'Commit den sende saklista.'),
      notSent: m((d) => `Innkallingsfristen ${String(d.deadline)} er passert, og innkallinga er ikkje send.`, (d) => `Send ho: \`etat agenda send ${excerpt(d.meeting)}\`.`),
    },
  },
};

export default defineRule({
  id: 'agenda/late-notice',
  defaultSeverity: 'warn',
  words,
  needsHistory: true,
  docs: {
    rationale:
      'Agencies need time to prepare and to anchor their positions before a meeting; the evaluation found items and decisions that participants met unprepared. The invitation (møteinnkalling) is an agenda with `status: sent`, and it counts as sent at the first commit in which the agenda said so — on the default branch, or on the branch being checked — at that commit\'s committer date (the author date is anyone\'s to set). Dates are counted in the repository\'s `timezone` (etat.yml, default `Europe/Oslo`), from the committer date; today\'s date is `--today` or the date in that zone. It must be sent `agenda_days` (etat.yml) before the meeting. An agenda that says `sent` in the working tree but in no commit, or that is still not sent when the deadline has passed, is reported too. `git rebase` and force-pushes move commit dates: see `agenda/paper-late`.',
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
        const date = dateIn(sent.time, ctx.config.timezone);
        if (date > deadline) report({ ...at, messageId: 'late', data: { ...data, sent: date } });
      } else if (ctx.today > deadline && ctx.today <= meeting.date) {
        report({ ...at, messageId: agenda.status === 'sent' ? 'uncommitted' : 'notSent', data });
      } else if (ctx.today > meeting.date && agenda.status === 'sent') {
        report({ ...at, messageId: 'uncommitted', data });
      }
    }
  },
});
