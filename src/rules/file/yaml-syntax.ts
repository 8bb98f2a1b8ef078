import { defineRule, problemMessage } from '../define.js';
import { yamlSyntaxWords as words, type YamlSyntaxMessages } from '../../model/file-words.js';

export default defineRule({
  id: 'file/yaml-syntax',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Front matter that is not valid YAML cannot be read, so the file cannot be checked at all — and a meeting whose agenda cannot be read is a meeting whose purpose and items nobody can verify.',
    fix: 'Correct the YAML at the line and column given; the message names the cause where the text shows it: an empty `{}` or `[]` with indented lines under it (delete the `{}`), a tab used for indentation, a quote or bracket never closed, a key written twice, a `: ` inside an unquoted value or a value starting with `@`, `` ` `` or `*` (quote it: `title: "Sak: budsjett"`). A `#` after a space starts a comment, so an unquoted value loses what follows it: quote such a value too.',
  },
  check(ctx, report) {
    for (const file of ctx.files) {
      const problem = file.problem;
      if (problem?.ruleId === this.id) {
        report({ file, place: file.placeOf(problem.start, problem.end), ...problemMessage<YamlSyntaxMessages>(problem) });
      }
    }
  },
});
