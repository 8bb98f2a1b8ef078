import { defineRule } from '../define.js';
import { wasPut } from '../../model/items.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { id: string; forum: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'In a forum that decides by vote, the minutes record the count on every proposal put',
    messages: {
      default: m(
        (d) => `${excerpt(d.forum)} decides by vote, but the minutes record neither the count on item ${item(d)} nor that everyone agreed.`,
        () => 'Add `votes: { for: …, against: …, abstain: … }`, or `consensus: true` if the forum agreed without a vote.',
      ),
    },
  },
  nb: {
    description: 'I et forum som avgjør ved avstemning, fører referatet stemmetallene for hvert forslag',
    messages: {
      default: m(
        (d) => `${excerpt(d.forum)} avgjør ved avstemning, men referatet fører verken stemmetallene i sak ${item(d)} eller at alle var enige.`,
        () => 'Legg til `votes: { for: …, against: …, abstain: … }`, eller `consensus: true` hvis forumet var enig uten avstemning.',
      ),
    },
  },
  nn: {
    description: 'I eit forum som avgjer ved røysting, fører referatet røystetala for kvart framlegg',
    messages: {
      default: m(
        (d) => `${excerpt(d.forum)} avgjer ved røysting, men referatet fører verken røystetala i sak ${item(d)} eller at alle var samde.`,
        () => 'Legg til `votes: { for: …, against: …, abstain: … }`, eller `consensus: true` om forumet var samd utan røysting.',
      ),
    },
  },
};

export default defineRule({
  id: 'minutes/vote-not-recorded',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      'The evaluation found that disagreements raised in meetings were not reflected in the minutes. A forum that decides by vote (`decides_by: vote` under the forum in `etat.yml`) shows where the agencies stood by the count, so every proposal it puts — adopted (`decided`) or not (`rejected`) — records `votes: { for, against, abstain }`, or `consensus: true` where everyone agreed and no vote was needed. This is a rule of its own rather than another message of `minutes/dissent-not-recorded`: it asks for something else (a count, not who dissented), it covers rejected proposals too, it applies only where `etat.yml` says the forum votes, and a secretariat may want it at another severity than the dissent rule — as an error in the forum that votes, say. In a forum that votes, `minutes/dissent-not-recorded` is silent, so a decision is never reported twice for one gap.',
    fix: 'Add the count to the item, `votes: { for: 9, against: 3, abstain: 1 }`, or `consensus: true` if the forum agreed without a vote. If the forum does not in fact decide by vote, remove `decides_by: vote` from it in `etat.yml`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      const forum = minutes?.forum === undefined ? undefined : ctx.config.fora.get(minutes.forum);
      if (!minutes || forum?.decidesBy !== 'vote') continue;
      for (const entry of minutes.items) {
        // A `votes` that is there but not well formed is `schema/invalid`'s: the count was recorded, wrongly.
        if (!wasPut(entry.outcome) || entry.consensus === true || entry.file.has([...entry.path, 'votes'])) continue;
        report({ file: entry.file, path: [...entry.path, 'outcome'], data: { id: entry.id ?? '?', forum: forum.name } });
      }
    }
  },
});
