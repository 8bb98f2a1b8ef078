import { asDict } from '../../model/data.js';
import { defineRule } from '../define.js';
import { isPlaceholderPurpose } from '../../model/placeholders.js';
import { code } from '../../i18n/lang.js';
import { m, type NoData, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  missing: NoData;
  placeholder: { purpose: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Every agenda states the purpose of the meeting',
    messages: {
      missing: m(() => 'The agenda states no purpose: participants cannot tell what the meeting is for, or afterwards whether it achieved it.', () => 'Write in `purpose:` what the forum should achieve, e.g. "Decide on one model for steering joint projects".'),
      placeholder: m((d) => `The purpose ${code(d.purpose)} is a placeholder: participants cannot tell what the meeting is for.`, () => 'Replace it with what the forum should achieve in this meeting.'),
    },
  },
  nb: {
    description: 'Hver saksliste oppgir formålet med møtet',
    messages: {
      missing: m(() => 'Sakslisten oppgir ikke noe formål: deltakerne kan ikke se hva møtet skal oppnå, eller i etterkant om det ble oppnådd.', () => 'Skriv i `purpose:` hva forumet skal oppnå, for eksempel «Beslutte modell for strategisk prosjektstyring».'),
      placeholder: m((d) => `Formålet ${code(d.purpose)} er en plassholder: deltakerne kan ikke se hva møtet skal oppnå.`, () => 'Erstatt det med hva forumet skal oppnå i dette møtet.'),
    },
  },
  nn: {
    description: 'Kvar sakliste oppgjev føremålet med møtet',
    messages: {
      missing: m(() => 'Saklista oppgjev ikkje noko føremål: deltakarane kan ikkje sjå kva møtet skal oppnå, eller i etterkant om det vart oppnådd.', () => 'Skriv i `purpose:` kva forumet skal oppnå, til dømes «Vedta modell for strategisk prosjektstyring».'),
      placeholder: m((d) => `Føremålet ${code(d.purpose)} er ein plasshaldar: deltakarane kan ikkje sjå kva møtet skal oppnå.`, () => 'Byt det ut med kva forumet skal oppnå i dette møtet.'),
    },
  },
};

export default defineRule({
  id: 'agenda/purpose-missing',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'The evaluation found that it was unclear what each meeting was for. An agenda must say, in one sentence, what the meeting is meant to achieve — so that participants can prepare, and so that afterwards anyone can tell whether it did. A placeholder such as `TBD` is treated as no purpose.',
    fix: 'Write the purpose in `purpose:`, as what the forum should achieve: "Decide on one model for steering joint projects", not "Meeting of the directors’ group".',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const agenda = meeting.agenda;
      // Front matter that is not a set of keys is a schema finding; there is no purpose to look for.
      if (!agenda || agenda.file.problem || !asDict(agenda.file.data)) continue;
      const purpose = agenda.purpose;
      if (purpose === undefined || purpose === null || (typeof purpose === 'string' && purpose.trim() === '')) {
        report({ file: agenda.file, path: ['purpose'], target: 'key', messageId: 'missing' });
      } else if (typeof purpose === 'string' && isPlaceholderPurpose(purpose)) {
        report({ file: agenda.file, path: ['purpose'], messageId: 'placeholder', data: { purpose: purpose.trim() } });
      }
    }
  },
});
