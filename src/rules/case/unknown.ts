import { code } from '../../i18n/lang.js';
import { didYouMean, m, type RuleWords } from '../../i18n/rule-words.js';
import { caseRegister } from '../../model/cases.js';
import { suggest } from '../../text/suggest.js';
import { defineRule } from '../define.js';

interface Unknown {
  case: string;
  suggestion: string | undefined;
}
/** Each message of the rule, and the data it reads. */
interface Messages {
  default: Unknown;
}

const words: RuleWords<Messages> = {
  en: {
    description: 'The cases agenda items name have a file in cases/',
    messages: {
      default: m(
        (d) => `The item names case ${code(d.case)}, but there is no \`cases/${d.case}.md\`.`,
        (d) => `Write the case id as the file in \`cases/\` is named, or add the case file (type, id, title, owner, status).${didYouMean.en(d.suggestion)}`,
      ),
    },
  },
  nb: {
    description: 'Sakene som sakslistene viser til, har en fil i cases/',
    messages: {
      default: m(
        (d) => `Saken viser til sak ${code(d.case)}, men det finnes ingen \`cases/${d.case}.md\`.`,
        (d) => `Skriv saks-id-en slik filen i \`cases/\` heter, eller legg til saksfilen (type, id, title, owner, status).${didYouMean.nb(d.suggestion)}`,
      ),
    },
  },
  nn: {
    description: 'Sakene som saklistene viser til, har ei fil i cases/',
    messages: {
      default: m(
        (d) => `Saka viser til sak ${code(d.case)}, men det finst ingen \`cases/${d.case}.md\`.`,
        (d) => `Skriv saks-id-en slik fila i \`cases/\` heiter, eller legg til saksfila (type, id, title, owner, status).${didYouMean.nn(d.suggestion)}`,
      ),
    },
  },
};

export default defineRule({
  id: 'case/unknown',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      "A case is followed across meetings and fora by the `case:` of the agenda items that name it. An id with no file in `cases/` is most often a typo, and a typo splits the case's path in two: `etat cases` and `etat case show` show two cases, neither with its whole history, and `case/ping-pong` counts each half on its own. Without the file the case also has no title, owner or status. It is a warning, not an error: the meeting itself is as well prepared with it as without it, so it should not stop an invitation from going out.",
    fix: "Write the id as the case file is named (the finding suggests the nearest one), or add `cases/<id>.md` with the case's title, owner and status.",
  },
  check(ctx, report) {
    const known = [...ctx.repo.cases.keys()];
    for (const { id, stop } of caseRegister(ctx.repo).unknown) {
      if (!ctx.inScope(stop.item.file.path)) continue;
      report({ file: stop.item.file, path: [...stop.item.path, 'case'], data: { case: id, suggestion: suggest(id, known) } });
    }
  },
});
