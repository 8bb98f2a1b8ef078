import { code } from '../../i18n/lang.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { actionRegister, isOverdue } from '../../model/actions.js';
import { defineRule } from '../define.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { what: string; owner: string; due: string; today: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Actions are done by their due date',
    messages: {
      default: m(
        (d) => `The action ${excerpt(d.what)} (${code(d.owner)}) was due ${d.due} and is not done (today is ${d.today}).`,
        () => 'Chase it with its owner. Record in the next minutes what became of it: `follow_up: [{ action: …, done: true }]`, or a new `due:` agreed in the meeting.',
      ),
    },
  },
  nb: {
    description: 'Oppfølgingspunkter er gjort innen fristen',
    messages: {
      default: m(
        (d) => `Oppfølgingspunktet ${excerpt(d.what)} (${code(d.owner)}) hadde frist ${d.due} og er ikke gjort (i dag er ${d.today}).`,
        () => 'Følg det opp med den ansvarlige. Før i neste referat hva som skjedde: `follow_up: [{ action: …, done: true }]`, eller en ny `due:` avtalt i møtet.',
      ),
    },
  },
  nn: {
    description: 'Oppfølgingspunkt er gjorde innan fristen',
    messages: {
      default: m(
        (d) => `Oppfølgingspunktet ${excerpt(d.what)} (${code(d.owner)}) hadde frist ${d.due} og er ikkje gjort (i dag er ${d.today}).`,
        () => 'Følg det opp med den ansvarlege. Før i neste referat kva som skjedde: `follow_up: [{ action: …, done: true }]`, eller ein ny `due:` avtalt i møtet.',
      ),
    },
  },
};

export default defineRule({
  id: 'actions/overdue',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      'The evaluation found that nobody drove the follow-up: actions were agreed and then not seen again. An action (`actions:` on a minutes item) is overdue when its due date has passed (`--today`, in the repository\'s `timezone`) and it is not done — by its own `done`, or by the last `follow_up` of later minutes that speaks of it (`etat actions` shows the state of each). A follow-up\'s `due:` moves the date. The finding stands at the action in the minutes that recorded it. In a check of what a change touched (`--changed`, `--staged`), the rule is silent: the minutes that closed an action may be among the meetings that were not read.',
    fix: 'Chase the action with its owner, and record what became of it in the minutes of the next meeting: `follow_up: [{ action: <forum>/<date>#<item>.<n>, done: true }]`, or a new `due:` the forum agreed. `etat minutes new` pre-fills a follow-up for every open action.',
  },
  check(ctx, report) {
    // With meetings left unread, a later follow-up may be among them: an action cannot be shown to be open.
    if (ctx.repo.meetings.some((meeting) => !meeting.agenda && !meeting.minutes)) return;
    for (const action of actionRegister(ctx.repo).actions) {
      if (!ctx.inScope(action.meeting.dir) || !isOverdue(action, ctx.today)) continue;
      report({
        file: action.action.file,
        path: [...action.action.path, 'due'],
        data: { what: action.what ?? '?', owner: action.owner ?? '?', due: action.due!, today: ctx.today },
      });
    }
  },
});
