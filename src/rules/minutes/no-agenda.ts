import { defineRule } from '../define.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { meeting: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Minutes have an agenda beside them',
    messages: {
      default: m((d) => `These minutes have no agenda beside them: meeting ${code(d.meeting)} was never announced, and the minutes cannot be checked against it.`, () => 'Add `agenda.md` to this folder, or move the minutes to the folder of the meeting they record.'),
    },
  },
  nb: {
    description: 'Referater har en saksliste ved siden av seg',
    messages: {
      default: m((d) => `Dette referatet har ingen saksliste ved siden av seg: møtet ${code(d.meeting)} ble aldri kalt inn, og referatet kan ikke sjekkes mot den.`, () => 'Legg `agenda.md` i denne mappen, eller flytt referatet til mappen for møtet det gjelder.'),
    },
  },
  nn: {
    description: 'Referat har ei sakliste ved sida av seg',
    messages: {
      default: m((d) => `Dette referatet har inga sakliste ved sida av seg: møtet ${code(d.meeting)} vart aldri kalla inn, og referatet kan ikkje sjekkast mot henne.`, () => 'Legg `agenda.md` i denne mappa, eller flytt referatet til mappa for møtet det gjeld.'),
    },
  },
};

export default defineRule({
  id: 'minutes/no-agenda',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Minutes are checked against the agenda item by item — the evaluation found that agendas and minutes did not match and that items were introduced in the meeting. Minutes with no agenda beside them record a meeting that was never announced, and none of those checks can run.',
    fix: 'Add the meeting\'s `agenda.md` beside the minutes (in the same `meetings/<forum>/<date>/` folder), or move the minutes to the folder of the meeting they record.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      if (meeting.minutes && !meeting.agenda && !meeting.minutes.file.problem) {
        report({ file: meeting.minutes.file, path: ['type'], data: { meeting: meeting.id } });
      }
    }
  },
});
