import { defineRule } from '../define.js';

export default defineRule({
  id: 'file/encoding',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'Agendas, minutes and case files are text that every agency must be able to read, diff and publish. A file saved in another encoding (Windows-1252 from an old Word export) or a binary file under an agenda name cannot be checked at all, so nothing else in it is checked either.',
    fix: 'Save the file as UTF-8 (every modern editor can: "Save with encoding → UTF-8"). A PDF or Word document belongs in `papers/`, listed in the agenda item\'s `papers`.',
  },
  check(ctx, report) {
    for (const file of ctx.files) {
      if (file.problem?.ruleId === this.id) report({ file, place: file.placeOf(0, 0), messageId: file.problem.messageId });
    }
  },
});
