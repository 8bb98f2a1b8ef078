import { defineRule } from '../define.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Items raised in the meeting are shown',
    messages: {
      default: m((d) => `Item ${item(d)} was raised in the meeting, not announced on the agenda; agencies could not prepare for it.`, () => 'Where it can wait, put it on the next agenda instead.'),
    },
  },
  nb: {
    description: 'Saker som ble tatt opp i møtet, vises',
    messages: {
      default: m((d) => `Sak ${item(d)} ble tatt opp i møtet, ikke meldt på sakslisten; etatene kunne ikke forberede seg.`, () => 'Kan den vente, sett den heller på neste saksliste.'),
    },
  },
  nn: {
    description: 'Saker som vart tekne opp i møtet, vert viste',
    messages: {
      default: m((d) => `Sak ${item(d)} vart teken opp i møtet, ikkje meld på saklista; etatane kunne ikkje førebu seg.`, () => 'Kan ho vente, set ho heller på neste sakliste.'),
    },
  },
};

export default defineRule({
  id: 'minutes/added-item',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      'The evaluation found that new items were introduced in the meeting itself, so that agencies came unprepared and those not in the room were not heard. An item raised in the meeting (eventuelt) is sometimes necessary and is allowed when declared with `added: true`, but it is shown, so that the practice stays visible and rare. A correction of earlier minutes (`corrects:`) is not new business and is not shown.',
    fix: 'Nothing, if the item really had to be raised in the meeting. Otherwise, put it on the agenda of the next meeting instead. An item raised in the meeting should not be decided there (see `minutes/decision-without-preparation`).',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.minutes?.items ?? []) {
        if (item.added && item.corrects === undefined) report({ file: item.file, path: [...item.path, 'added'], target: 'key', data: { id: item.id ?? '?' } });
      }
    }
  },
});
