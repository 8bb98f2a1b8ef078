import { defineRule } from '../define.js';
import { agendaItemsById, kindOf } from '../../model/items.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  none: { id: string; outcome: string };
  outcome: { outcome: string; id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'An item for decision ends decided, rejected, deferred, referred or withdrawn',
    messages: {
      none: m((d) => `Item ${item(d)} was announced for decision, but the minutes record no outcome.`, () => 'Record `outcome: decided` with the `decision`, `rejected` if the proposal was put and not adopted, or `deferred`, `referred` (with `referred_to`) or `withdrawn`.'),
      outcome: m((d) => `Item ${item(d)} was announced for decision, but the minutes record it as ${code(d.outcome)}: the case is left without a decision or a way on.`, () => 'Record `outcome: decided` with the `decision`, `rejected` if the proposal was put and not adopted, or `deferred`, `referred` (with `referred_to`) or `withdrawn`.'),
    },
  },
  nb: {
    description: 'En beslutningssak ender med vedtak, et forslag som falt, utsettelse, oversendelse eller tilbaketrekking',
    messages: {
      none: m((d) => `Sak ${item(d)} var meldt til beslutning, men referatet fører ikke noe utfall.`, () => 'Før `outcome: decided` med `decision`, `rejected` hvis forslaget ble satt fram og falt, eller `deferred`, `referred` (med `referred_to`) eller `withdrawn`.'),
      outcome: m((d) => `Sak ${item(d)} var meldt til beslutning, men referatet fører den som ${code(d.outcome)}: saken står igjen uten vedtak eller vei videre.`, () => 'Før `outcome: decided` med `decision`, `rejected` hvis forslaget ble satt fram og falt, eller `deferred`, `referred` (med `referred_to`) eller `withdrawn`.'),
    },
  },
  nn: {
    description: 'Ei vedtakssak endar med vedtak, eit framlegg som fall, utsetjing, oversending eller tilbaketrekking',
    messages: {
      none: m((d) => `Sak ${item(d)} var meld til vedtak, men referatet fører ikkje noko utfall.`, () => 'Før `outcome: decided` med `decision`, `rejected` om framlegget vart sett fram og fall, eller `deferred`, `referred` (med `referred_to`) eller `withdrawn`.'),
      outcome: m((d) => `Sak ${item(d)} var meld til vedtak, men referatet fører henne som ${code(d.outcome)}: saka står att utan vedtak eller veg vidare.`, () => 'Før `outcome: decided` med `decision`, `rejected` om framlegget vart sett fram og fall, eller `deferred`, `referred` (med `referred_to`) eller `withdrawn`.'),
    },
  },
};

/**
 * The outcomes that settle an item for decision: a decision, a proposal put
 * and not adopted (`rejected`: the forum did decide, not to), or a way on.
 */
const SETTLED = new Set(['decided', 'rejected', 'deferred', 'referred', 'withdrawn']);

export default defineRule({
  id: 'minutes/decide-without-outcome',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'An item announced for decision ends in a decision, or its proposal is put and not adopted (`rejected`: forslaget falt), or it is deferred, referred to another forum, or withdrawn — and the minutes say which. A rejected proposal settles the item as surely as an adopted one: the forum was asked and answered. The evaluation found cases sent back and forth and a case flow that was hard to follow: an item for decision that was only "discussed" leaves the case in limbo, and nobody knows whether it comes back.',
    fix: 'Record what happened: `outcome: decided` with the `decision`, `rejected` if the proposal was put to the forum and not adopted (with `votes` if there was a vote), or `deferred` (it will be carried to the next agenda), `referred` with `referred_to`, or `withdrawn`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const onAgenda = agendaItemsById(meeting);
      for (const item of meeting.minutes?.items ?? []) {
        if (kindOf(item, onAgenda) !== 'decide') continue;
        // A `decision` text alone settles nothing: `etat minutes new` prefills it from the proposal.
        if (item.outcome !== undefined && SETTLED.has(item.outcome)) continue;
        const path = item.outcome === undefined ? item.path : [...item.path, 'outcome'];
        report({ file: item.file, path, messageId: item.outcome === undefined ? 'none' : 'outcome', data: { id: item.id ?? '?', outcome: item.outcome ?? '' } });
      }
    }
  },
});
