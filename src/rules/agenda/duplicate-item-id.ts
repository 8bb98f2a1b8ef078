import type { AgendaItem } from '../../model/types.js';
import { defineRule } from '../define.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Item ids are unique within a meeting',
    messages: {
      default: m((d) => `A second item has the id ${code(d.id)}: the minutes cannot tell the two apart.`, () => 'Give each item its own id (`1` and `"1"` are the same id).'),
    },
  },
  nb: {
    description: 'Sak-id-er er unike innenfor et møte',
    messages: {
      default: m((d) => `En sak til har id-en ${code(d.id)}: referatet kan ikke skille de to sakene.`, () => 'Gi hver sak sin egen id (`1` og `"1"` er samme id).'),
    },
  },
  nn: {
    description: 'Sak-id-ar er unike innanfor eit møte',
    messages: {
      default: m((d) => `Ei sak til har id-en ${code(d.id)}: referatet kan ikkje skilje dei to sakene.`, () => 'Gje kvar sak sin eigen id (`1` og `"1"` er same id).'),
    },
  },
};

export default defineRule({
  id: 'agenda/duplicate-item-id',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Agenda and minutes are matched item by item through the item ids — the evaluation found that agendas and minutes did not match. Two items with one id make it impossible to tell which of them a minutes entry, an `approves:` or a `corrects:` reference is about. `1` and `"1"` are the same id.',
    fix: 'Give each item its own id within the meeting. If you renumber, update the minutes and any `corrects:` that point at the old id.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const agenda = meeting.agenda;
      if (!agenda) continue;
      const seen = new Map<string, AgendaItem>();
      for (const item of agenda.items) {
        if (item.id === undefined) continue;
        const first = seen.get(item.id);
        if (first) {
          report({ file: agenda.file, path: [...item.path, 'id'], data: { id: item.id }, cause: { file: agenda.file, path: [...first.path, 'id'] } });
        } else {
          seen.set(item.id, item);
        }
      }
    }
  },
});
