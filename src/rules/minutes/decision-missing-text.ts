import { defineRule } from '../define.js';
import { isBlank } from '../../model/placeholders.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'A decided item has the decision written out',
    messages: {
      default: m((d) => `Item ${item(d)} is recorded as decided, but the decision is not written down: it cannot be followed up, quoted or published.`, () => 'Write the decision as adopted in `decision:`.'),
    },
  },
  nb: {
    description: 'En vedtatt sak har vedtaket skrevet ut',
    messages: {
      default: m((d) => `Sak ${item(d)} er ført som vedtatt, men vedtaket er ikke skrevet ned: det kan ikke følges opp, siteres eller publiseres.`, () => 'Skriv vedtaket slik det ble fattet, i `decision:`.'),
    },
  },
  nn: {
    description: 'Ei vedteken sak har vedtaket skrive ut',
    messages: {
      default: m((d) => `Sak ${item(d)} er førd som vedteken, men vedtaket er ikkje skrive ned: det kan ikkje følgjast opp, siterast eller publiserast.`, () => 'Skriv vedtaket slik det vart gjort, i `decision:`.'),
    },
  },
};

export default defineRule({
  id: 'minutes/decision-missing-text',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'A decision that is recorded as taken but not written down cannot be followed up, quoted, corrected or published — the evaluation found that the minutes did not summarise what happened and that nobody drove the follow-up. The decision text (vedtak) is what the agencies are bound by. A proposal that was put and not adopted (`outcome: rejected`) needs no text: nothing binds the agencies, and what fell is the agenda\'s `proposal`; `decision:` may still say what was put, when it was worded otherwise in the meeting.',
    fix: 'Write the decision as adopted in `decision:`. `etat minutes new` prefills it from the agenda\'s `proposal` as a starting point; change it to what was actually decided.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.minutes?.items ?? []) {
        if (item.outcome === 'decided' && isBlank(item.decision)) {
          report({ file: item.file, path: [...item.path, 'outcome'], data: { id: item.id ?? '?' } });
        }
      }
    }
  },
});
