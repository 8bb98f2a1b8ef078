import { asDict } from '../../model/data.js';
import { defineRule } from '../define.js';
import { isPlaceholderPurpose } from '../util.js';

export default defineRule({
  id: 'agenda/purpose-missing',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'The evaluation found that it was unclear what each meeting was for. An agenda must say, in one sentence, what the meeting is meant to achieve — so that participants can prepare, and so that afterwards anyone can tell whether it did. A placeholder such as `TBD` is treated as no purpose.',
    fix: 'Write the purpose in `purpose:`, as what the forum should achieve: "Beslutte modell for strategisk prosjektstyring", not "Møte i direktørgruppen".',
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
