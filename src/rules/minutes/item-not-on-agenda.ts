import { defineRule } from '../define.js';
import { agendaItemsById } from '../../model/items.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Minutes items refer to agenda items, or are marked as added',
    messages: {
      default: m((d) => `Item ${item(d)} is not on the agenda and is not marked \`added: true\`.`, () => 'Use the id of the agenda item this records; if the item was raised in the meeting, add `added: true`, a `title` and a `kind`.'),
    },
  },
  nb: {
    description: 'Saker i referatet viser til saker på sakslisten, eller er merket som tilføyd',
    messages: {
      default: m((d) => `Sak ${item(d)} står ikke på sakslisten og er ikke merket \`added: true\`.`, () => 'Bruk id-en til saken på sakslisten; ble saken tatt opp i møtet, legg til `added: true`, `title` og `kind`.'),
    },
  },
  nn: {
    description: 'Saker i referatet viser til saker på saklista, eller er merkte som tilføydde',
    messages: {
      default: m((d) => `Sak ${item(d)} står ikkje på saklista og er ikkje merkt \`added: true\`.`, () => 'Bruk id-en til saka på saklista; vart saka teken opp i møtet, legg til `added: true`, `title` og `kind`.'),
    },
  },
};

export default defineRule({
  id: 'minutes/item-not-on-agenda',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'The evaluation found that new items were introduced in the meeting itself, and that agendas and minutes did not match. A minutes entry whose id is on no agenda item is either a typo — and the agenda item it meant has no record — or an item raised in the meeting that is not declared as one.',
    fix: 'Use the id of the agenda item the entry records. If the item was raised in the meeting (eventuelt), say so with `added: true` and give it a `title` and `kind`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      // An agenda that cannot be read has no items to compare with: its own finding says so.
      if (!meeting.agenda || !meeting.minutes || meeting.agenda.file.problem) continue;
      const onAgenda = agendaItemsById(meeting);
      for (const item of meeting.minutes.items) {
        if (item.id !== undefined && !item.added && !onAgenda.has(item.id)) {
          report({ file: item.file, path: [...item.path, 'id'], data: { id: item.id } });
        }
      }
    }
  },
});
