import { code, joinList } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { caseRegister, type CaseStop } from '../../model/cases.js';
import { defineRule } from '../define.js';

interface Referred {
  case: string;
  count: number;
  max: number;
  /** The meetings that referred it, since its last decision, as code. */
  meetings: string[];
}
/** Each message of the rule, and the data it reads. */
interface Messages {
  default: Referred;
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Cases are decided, not referred back and forth between fora',
    messages: {
      default: m(
        (d) => `Case ${code(d.case)} has been referred ${d.count} times without a decision (by ${joinList('en', d.meetings)}); the limit is ${d.max}.`,
        () => 'Agree which forum decides the case, and put it to that forum with papers and a proposed decision; `etat case show` shows its path. Raise `cases.max_referrals` in etat.yml if this many referrals are part of the process.',
      ),
    },
  },
  nb: {
    description: 'Saker blir avgjort, ikke henvist fram og tilbake mellom fora',
    messages: {
      default: m(
        (d) => `Sak ${code(d.case)} er henvist ${d.count} ganger uten vedtak (av ${joinList('nb', d.meetings)}); grensen er ${d.max}.`,
        () => 'Bli enige om hvilket forum som avgjør saken, og legg den fram der med saksfremlegg og forslag til vedtak; `etat case show` viser saksgangen. Øk `cases.max_referrals` i etat.yml dersom så mange henvisninger hører til prosessen.',
      ),
    },
  },
  nn: {
    description: 'Saker vert avgjorde, ikkje tilviste fram og tilbake mellom fora',
    messages: {
      default: m(
        (d) => `Sak ${code(d.case)} er tilvist ${d.count} gonger utan vedtak (av ${joinList('nn', d.meetings)}); grensa er ${d.max}.`,
        () => 'Bli samde om kva forum som avgjer saka, og legg henne fram der med saksframlegg og framlegg til vedtak; `etat case show` viser saksgangen. Auk `cases.max_referrals` i etat.yml dersom så mange tilvisingar høyrer til prosessen.',
      ),
    },
  },
};

export default defineRule({
  id: 'case/ping-pong',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      'The evaluation found that cases were sent back and forth between the groups without anyone deciding them. A case is followed across meetings and fora through the agenda items whose `case:` names it; each time the minutes record such an item with `outcome: referred`, the case was referred once more, and a decision (`outcome: decided`, or a proposal put and `rejected`) ends the count. When the count goes past `cases.max_referrals` (etat.yml, default 2), the case has gone round more often than the collaboration allows. The finding is placed on the referral that went past the limit, once for each run of referrals; a cycle (A → B → A → B) is counted like any other run, one referral at a time.',
    fix: 'Agree which forum owns the decision and put the case to it, with papers and a proposed decision (`etat case show <id>` shows where it has been). If the collaboration means a case to pass more fora than that, raise `cases.max_referrals`.',
  },
  check(ctx, report) {
    const max = ctx.config.maxReferrals;
    for (const path of caseRegister(ctx.repo).cases.values()) {
      let run: CaseStop[] = [];
      for (const stop of path.stops) {
        if (stop.referrals === 0) run = [];
        if (stop.minutesItem?.outcome !== 'referred') continue;
        run.push(stop);
        // Once per run of referrals: at the one that goes past the limit.
        if (stop.referrals !== max + 1) continue;
        const item = stop.minutesItem;
        if (!ctx.inScope(item.file.path)) continue;
        report({
          file: item.file,
          path: [...item.path, 'outcome'],
          data: { case: path.id, count: stop.referrals, max, meetings: run.map((s) => code(s.meeting.id)) },
        });
      }
    }
  },
});
