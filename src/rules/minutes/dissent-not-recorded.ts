import { defineRule } from '../define.js';
import { isConsensus } from '../../model/items.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { id: string };
  noDissent: { id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Every decision records consensus or dissent',
    messages: {
      default: m((d) => `The decision on item ${item(d)} records neither consensus nor dissent; silence in the minutes is not agreement.`, () => 'Add `consensus: true`, or `dissent: [{ by: <agency>, note: … }]` for each agency that disagreed.'),
      noDissent: m((d) => `The decision on item ${item(d)} had no consensus, but nobody's dissent is recorded.`, () => 'Add `dissent: [{ by: <agency>, note: … }]` for each agency that disagreed.'),
    },
  },
  nb: {
    description: 'Hvert vedtak fører enighet eller dissens',
    messages: {
      default: m((d) => `Vedtaket i sak ${item(d)} fører verken enighet eller dissens; taushet i referatet er ikke enighet.`, () => 'Legg til `consensus: true`, eller `dissent: [{ by: <etat>, note: … }]` for hver etat som var uenig.'),
      noDissent: m((d) => `Vedtaket i sak ${item(d)} var ikke enstemmig, men ingen dissens er ført.`, () => 'Legg til `dissent: [{ by: <etat>, note: … }]` for hver etat som var uenig.'),
    },
  },
  nn: {
    description: 'Kvart vedtak fører semje eller dissens',
    messages: {
      default: m((d) => `Vedtaket i sak ${item(d)} fører verken semje eller dissens; togn i referatet er ikkje semje.`, () => 'Legg til `consensus: true`, eller `dissent: [{ by: <etat>, note: … }]` for kvar etat som var usamd.'),
      noDissent: m((d) => `Vedtaket i sak ${item(d)} var ikkje samrøystes, men ingen dissens er førd.`, () => 'Legg til `dissent: [{ by: <etat>, note: … }]` for kvar etat som var usamd.'),
    },
  },
};

export default defineRule({
  id: 'minutes/dissent-not-recorded',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      'The evaluation found that disagreements raised in meetings were not reflected in the minutes. Every decision therefore records either that it had the support of everyone present (`consensus: true`) or who disagreed (`dissent`), so that silence in the minutes is never taken for agreement. A forum can say in `etat.yml` how it decides (`fora.<id>.decides_by`). Under `consensus`, agreement is what a decision is: a decision that names no dissent is a consensus, and the rule says nothing of it — it still fires on `consensus: false` with no dissent, where the minutes themselves say someone disagreed. Under `vote`, the count is the record, and `minutes/vote-not-recorded` asks for it instead. A proposal that was put and not adopted (`outcome: rejected`) is not a decision anyone is bound by, so this rule does not ask who disagreed with it.',
    fix: 'Add `consensus: true` if everyone present supported the decision, or `dissent: [{ by: <agency>, note: … }]` naming each agency that disagreed and on what. If the forum always decides by consensus, say so once in `etat.yml` (`decides_by: consensus` under the forum) instead of on every decision.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const forumId = meeting.minutes?.forum;
      const forum = forumId === undefined ? undefined : ctx.config.fora.get(forumId);
      // A forum that votes records the count: `minutes/vote-not-recorded` asks for it.
      if (forum?.decidesBy === 'vote') continue;
      for (const item of meeting.minutes?.items ?? []) {
        if (item.outcome === 'decided' && !isConsensus(item, forum) && item.dissent.length === 0) {
          const path = item.consensus === false ? [...item.path, 'consensus'] : [...item.path, 'outcome'];
          report({ file: item.file, path, messageId: item.consensus === false ? 'noDissent' : 'default', data: { id: item.id ?? '?' } });
        }
      }
    }
  },
});
