import { code } from '../../i18n/lang.js';
import { didYouMean, m, type RuleWords } from '../../i18n/rule-words.js';
import { caseRegister, readsEveryMeeting } from '../../model/cases.js';
import { suggest } from '../../text/suggest.js';
import { defineRule } from '../define.js';

interface Unused {
  case: string;
  suggestion: string | undefined;
}
/** Each message of the rule, and the data it reads. */
interface Messages {
  default: Unused;
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Every case file is named by some agenda',
    messages: {
      default: m(
        (d) => `No agenda item names case ${code(d.case)}: it has not been on any meeting's agenda.`,
        (d) => `Put the case on an agenda with \`case: ${d.case}\` on the item, or check the id the agendas use.${didYouMean.en(d.suggestion)}`,
      ),
    },
  },
  nb: {
    description: 'Hver saksfil har en saksliste som viser til den',
    messages: {
      default: m(
        (d) => `Ingen sak på noen saksliste viser til sak ${code(d.case)}: den har ikke stått på sakslisten til noe møte.`,
        (d) => `Sett saken på en saksliste med \`case: ${d.case}\` på saken, eller sjekk id-en sakslistene bruker.${didYouMean.nb(d.suggestion)}`,
      ),
    },
  },
  nn: {
    description: 'Kvar saksfil har ei sakliste som viser til henne',
    messages: {
      default: m(
        (d) => `Inga sak på noka sakliste viser til sak ${code(d.case)}: ho har ikkje stått på saklista til noko møte.`,
        (d) => `Set saka på ei sakliste med \`case: ${d.case}\` på saka, eller sjekk id-en saklistene bruker.${didYouMean.nn(d.suggestion)}`,
      ),
    },
  },
};

export default defineRule({
  id: 'case/unused',
  defaultSeverity: 'warn',
  words,
  docs: {
    rationale:
      "A case file is there to follow a case through the meetings; one that no agenda item names has no path at all. Most often an agenda writes the id differently (then `case/unknown` reports the agenda, and this finding names the id it most likely meant); otherwise the case was registered and never brought to a forum, which is what the evaluation warned of: processes nobody drives on. It is a warning, on by default, because both are worth seeing in `etat check`, and neither should stop an invitation. A secretariat that registers cases long before their first meeting can turn it off in etat.yml (`rules: { case/unused: \"off\" }`). `etat check --changed` reads only the meetings a change touches, so there it is silent.",
    fix: "Name the case on the agenda item that handles it (`case: <id>`), correct the id an agenda uses, or close and remove a case file that is not needed.",
  },
  check(ctx, report) {
    // A run that read only some meetings cannot know that no agenda names the case.
    if (!readsEveryMeeting(ctx.repo)) return;
    const register = caseRegister(ctx.repo);
    const named = [...new Set(register.unknown.map((u) => u.id))];
    for (const file of register.unused) {
      if (!ctx.inScope(file.file.path) || file.file.problem) continue;
      report({ file: file.file, path: ['id'], data: { case: file.id, suggestion: suggest(file.id, named) } });
    }
  },
});
