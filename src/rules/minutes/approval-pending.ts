import { defineRule } from '../define.js';
import { code } from '../../i18n/lang.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { later: string; meeting: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Minutes are approved once the forum has met again',
    messages: {
      default: m((d) => `These minutes are still a draft, though the forum has met again (${code(d.later)}): until approved they cannot be locked or published.`, (d) => `Approve them at the next meeting (an item with \`approves: ${excerpt(d.meeting)}\`), then run \`etat minutes approve\`.`),
    },
  },
  nb: {
    description: 'Referater godkjennes når forumet har møttes igjen',
    messages: {
      default: m((d) => `Referatet er fortsatt et utkast, selv om forumet har møttes igjen (${code(d.later)}): før det er godkjent, kan det ikke låses eller publiseres.`, (d) => `Godkjenn det i neste møte (en sak med \`approves: ${excerpt(d.meeting)}\`), og kjør så \`etat minutes approve\`.`),
    },
  },
  nn: {
    description: 'Referat vert godkjende når forumet har møtst att',
    messages: {
      default: m((d) => `Referatet er framleis eit utkast, sjølv om forumet har møtst att (${code(d.later)}): før det er godkjent, kan det ikkje låsast eller publiserast.`, (d) => `Godkjenn det i neste møte (ei sak med \`approves: ${excerpt(d.meeting)}\`), og køyr så \`etat minutes approve\`.`),
    },
  },
};

export default defineRule({
  id: 'minutes/approval-pending',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      'Minutes are approved at the forum\'s next meeting (godkjenning av referat), and only approved minutes are locked and published. Draft minutes of a meeting when the forum has met again since mean that the approval was forgotten — and the evaluation found that those not in the room could not see what had been decided. "Met again" means a later meeting of the same forum, not cancelled, whose date is today or earlier (`--today` sets the date; by default it is today\'s date in the repository\'s `timezone`, default `Europe/Oslo`).',
    fix: 'Put an item with `approves: <forum>/<date>` on the next agenda; once approved, set `status: approved` and `approved_at: <forum>/<date of the approving meeting>` (`etat minutes approve` does both).',
  },
  check(ctx, report) {
    // The minutes in scope, and those an in-scope meeting has made overdue (its predecessors in the forum).
    const candidates = new Set(ctx.meetings);
    for (const meeting of ctx.meetings) {
      for (const other of ctx.repo.meetings) if (other.forum === meeting.forum && other.date !== undefined && meeting.date !== undefined && other.date < meeting.date) candidates.add(other);
    }
    for (const meeting of candidates) {
      const minutes = meeting.minutes;
      if (!minutes || minutes.file.problem || minutes.status === 'approved' || meeting.date === undefined) continue;
      const later = ctx.repo.meetings.find(
        (other) =>
          other.forum === meeting.forum &&
          other.date !== undefined &&
          other.date > meeting.date! &&
          other.date <= ctx.today &&
          other.agenda?.status !== 'cancelled',
      );
      if (later && (ctx.inScope(meeting.dir) || ctx.inScope(later.dir))) {
        report({ file: minutes.file, path: ['status'], data: { meeting: meeting.id, later: later.id } });
      }
    }
  },
});
