import type { SourceFile, YamlPath } from '../../model/source.js';
import { defineRule } from '../define.js';
import { suggest } from '../../text/suggest.js';
import { unknownAgencyWords as words } from '../../config/words.js';

export default defineRule({
  id: 'config/unknown-agency',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Responsibility was a finding of the evaluation: nobody took responsibility for driving the processes on. An item owner, an action owner or a dissent names an agency by its id from `etat.yml`; a misspelt id assigns the responsibility to nobody, and attendance per agency (which the peripheral agencies asked to see) comes out wrong.',
    fix: 'Use one of the agency ids under `agencies` in `etat.yml` (the message suggests the closest), or add the agency there. In `etat.yml` itself, every forum member must be an agency of the file.',
  },
  check(ctx, report) {
    const known = [...ctx.config.agencies.keys()];
    const check = (file: SourceFile, path: YamlPath, agency: string | undefined) => {
      if (agency !== undefined && !ctx.config.agencies.has(agency)) report({ file, path, data: { agency, suggestion: suggest(agency, known) } });
    };
    for (const meeting of ctx.meetings) {
      const agenda = meeting.agenda;
      if (agenda) {
        check(agenda.file, ['chair'], agenda.chair);
        for (const item of agenda.items) check(agenda.file, [...item.path, 'owner'], item.owner);
      }
      const minutes = meeting.minutes;
      if (minutes) {
        minutes.present.forEach((agency, i) => check(minutes.file, ['present', i], agency));
        minutes.absent.forEach((agency, i) => check(minutes.file, ['absent', i], agency));
        for (const item of minutes.items) {
          for (const entry of [...item.dissent, ...item.recused]) check(entry.file, [...entry.path, 'by'], entry.by);
          for (const action of item.actions) check(action.file, [...action.path, 'owner'], action.owner);
        }
      }
    }
    for (const c of ctx.cases) check(c.file, ['owner'], c.owner);
  },
});
