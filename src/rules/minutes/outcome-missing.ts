import { defineRule } from '../define.js';
import { agendaItemsById, kindOf } from '../../model/items.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  inform: { id: string };
  discuss: { id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: "Every item's outcome is recorded",
    messages: {
      inform: m((d) => `Item ${item(d)} was for information, but the minutes record no outcome: a reader cannot tell whether it was reached.`, () => 'Record `outcome: noted`, or `deferred` or `withdrawn` if the item was not reached.'),
      discuss: m((d) => `Item ${item(d)} was for discussion, but the minutes record no outcome: a reader cannot tell whether it was reached.`, () => 'Record `outcome: discussed` and what was said, or `deferred` or `withdrawn` if the item was not reached.'),
    },
  },
  nb: {
    description: 'Utfallet av hver sak er ført',
    messages: {
      inform: m((d) => `Sak ${item(d)} var til orientering, men referatet fører ikke noe utfall: en leser kan ikke se om saken ble behandlet.`, () => 'Før `outcome: noted`, eller `deferred` eller `withdrawn` om saken ikke ble behandlet.'),
      discuss: m((d) => `Sak ${item(d)} var til drøfting, men referatet fører ikke noe utfall: en leser kan ikke se om saken ble behandlet.`, () => 'Før `outcome: discussed` og hva som ble sagt, eller `deferred` eller `withdrawn` om saken ikke ble behandlet.'),
    },
  },
  nn: {
    description: 'Utfallet av kvar sak er ført',
    messages: {
      inform: m((d) => `Sak ${item(d)} var til orientering, men referatet fører ikkje noko utfall: ein lesar kan ikkje sjå om saka vart handsama.`, () => 'Før `outcome: noted`, eller `deferred` eller `withdrawn` om saka ikkje vart handsama.'),
      discuss: m((d) => `Sak ${item(d)} var til drøfting, men referatet fører ikkje noko utfall: ein lesar kan ikkje sjå om saka vart handsama.`, () => 'Før `outcome: discussed` og kva som vart sagt, eller `deferred` eller `withdrawn` om saka ikkje vart handsama.'),
    },
  },
};

export default defineRule({
  id: 'minutes/outcome-missing',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      'The evaluation found that the minutes did not summarise the input and that the case flow was hard to follow. Every item on the agenda ends somehow — noted, discussed, deferred, withdrawn — and the minutes say how, or a reader cannot tell whether an item was reached at all. Items for decision without an outcome are errors (`minutes/decide-without-outcome`): a decision is at stake. For items for information or discussion nothing is decided, so a missing outcome is a warning.',
    fix: 'Record what happened to the item: `outcome: noted` (information received), `discussed`, `deferred` (carried to the next agenda) or `withdrawn`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const onAgenda = agendaItemsById(meeting);
      for (const item of meeting.minutes?.items ?? []) {
        const kind = kindOf(item, onAgenda);
        // Items for decision are `minutes/decide-without-outcome`'s; an approval of minutes is one.
        if (item.file.has([...item.path, 'outcome']) || (kind !== 'inform' && kind !== 'discuss')) continue;
        report({ file: item.file, path: item.path, messageId: kind, data: { id: item.id ?? '?' } });
      }
    }
  },
});
