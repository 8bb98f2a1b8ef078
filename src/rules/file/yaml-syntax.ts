import { defineRule } from '../define.js';

export default defineRule({
  id: 'file/yaml-syntax',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'Front matter that is not valid YAML cannot be read, so the file cannot be checked at all — and a meeting whose agenda cannot be read is a meeting whose purpose and items nobody can verify.',
    fix: 'Correct the YAML at the line and column given. Common causes: a `:` or `#` inside an unquoted value (quote it: `title: "Sak: budsjett"`), a tab used for indentation, or a key written twice.',
  },
  check(ctx, report) {
    for (const file of ctx.files) {
      const problem = file.problem;
      if (problem?.ruleId === this.id) {
        report({ file, place: file.placeOf(problem.start, problem.end), messageId: problem.messageId, data: problem.data });
      }
    }
  },
});
