import { defineRule } from '../define.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { title: string; id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Every agenda item has a record in the minutes',
    messages: {
      default: m((d) => `Agenda item ${item(d)} (${excerpt(d.title)}) has no record in the minutes: the case disappears between meetings.`, (d) => `Add an entry with \`id: "${excerpt(d.id)}"\` and its \`outcome\` (\`deferred\` or \`withdrawn\` if the forum did not get to it).`),
    },
  },
  nb: {
    description: 'Hver sak på sakslisten er ført i referatet',
    messages: {
      default: m((d) => `Sak ${item(d)} (${excerpt(d.title)}) på sakslisten er ikke ført i referatet: saken forsvinner mellom møtene.`, (d) => `Legg til en oppføring med \`id: "${excerpt(d.id)}"\` og \`outcome\` (\`deferred\` eller \`withdrawn\` hvis forumet ikke rakk den).`),
    },
  },
  nn: {
    description: 'Kvar sak på saklista er førd i referatet',
    messages: {
      default: m((d) => `Sak ${item(d)} (${excerpt(d.title)}) på saklista er ikkje førd i referatet: saka forsvinn mellom møta.`, (d) => `Legg til ei oppføring med \`id: "${excerpt(d.id)}"\` og \`outcome\` (\`deferred\` eller \`withdrawn\` om forumet ikkje rakk henne).`),
    },
  },
};

export default defineRule({
  id: 'minutes/agenda-item-missing',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'The evaluation found that agendas and minutes did not match and that the case flow was hard to follow. Every item that was announced must have a record in the minutes — even if only that it was deferred or withdrawn — or the case disappears between meetings.',
    fix: 'Add an entry with the item\'s `id` to the minutes\' `items`, with its `outcome` (`deferred` or `withdrawn` if the forum did not get to it). `etat minutes new` writes one entry per agenda item.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const { agenda, minutes } = meeting;
      if (!agenda || !minutes || minutes.file.problem || agenda.status === 'cancelled') continue;
      const recorded = new Set(minutes.items.map((item) => item.id));
      for (const item of agenda.items) {
        if (item.id !== undefined && !recorded.has(item.id)) {
          report({
            file: minutes.file,
            path: ['items'],
            target: 'key',
            data: { id: item.id, title: item.title ?? '' },
            cause: { file: item.file, path: [...item.path, 'id'] },
          });
        }
      }
    }
  },
});
