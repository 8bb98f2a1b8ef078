import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { addDays } from '../../model/dates.js';
import { defineRule } from '../define.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { meeting: string; due: string; days: number };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'A meeting has minutes within `minutes_days`',
    messages: {
      default: m(
        (d) => `The meeting ${code(d.meeting)} has no minutes, and they were due ${d.due} (${d.days} days after the meeting).`,
        (d) => `Write them: \`etat minutes new ${d.meeting}\`, and commit them as a draft if they are not final.`,
      ),
    },
  },
  nb: {
    description: 'Et møte har referat innen `minutes_days`',
    messages: {
      default: m(
        (d) => `Møtet ${code(d.meeting)} har ikke referat, og fristen var ${d.due} (${d.days} dager etter møtet).`,
        (d) => `Skriv det: \`etat minutes new ${d.meeting}\`, og commit det som utkast om det ikke er ferdig.`,
      ),
    },
  },
  nn: {
    description: 'Eit møte har referat innan `minutes_days`',
    messages: {
      default: m(
        (d) => `Møtet ${code(d.meeting)} har ikkje referat, og fristen var ${d.due} (${d.days} dagar etter møtet).`,
        (d) => `Skriv det: \`etat minutes new ${d.meeting}\`, og commit det som utkast om det ikkje er ferdig.`,
      ),
    },
  },
};

export default defineRule({
  id: 'minutes/overdue',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      'Those who were not in the room learn what was decided from the minutes; the evaluation found they often waited in vain. A meeting that was held (its agenda is not `cancelled`) more than `minutes_days` ago (etat.yml, per forum; `--today`, in the repository\'s `timezone`) and has no `minutes.md` is reported at its agenda. A forum without `minutes_days` sets no deadline, and the rule is silent for it. This rule looks at the files as they are; `minutes/late` proves from git history when minutes that exist arrived.',
    fix: 'Write the minutes (`etat minutes new <forum>/<date>`) and commit them, as a draft if they are not final. If the meeting was not held, mark its agenda `status: cancelled`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const agenda = meeting.agenda;
      const days = ctx.config.fora.get(meeting.forum)?.deadlines.minutesDays;
      if (!agenda || agenda.file.problem || meeting.minutes || meeting.date === undefined || days === undefined || agenda.status === 'cancelled') continue;
      const due = addDays(meeting.date, days);
      if (due < ctx.today) report({ file: agenda.file, path: ['date'], data: { meeting: meeting.id, due, days } });
    }
  },
});
