import { defineRule, problemMessage } from '../define.js';
import { frontMatterMissingWords as words, type FrontMatterMissingMessages } from '../../model/file-words.js';

export default defineRule({
  id: 'file/front-matter-missing',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      "An agenda, minutes or case file says what it is in its YAML front matter: the purpose, the items and their kind, the outcomes. Without it the file is only prose, and none of the checks that answer the evaluation's findings can run on it.",
    fix: 'Start the file with a line `---`, the YAML keys of its type (`etat schema agenda` lists them), and a closing `---` line before the Markdown text.',
  },
  check(ctx, report) {
    for (const file of ctx.files) {
      const problem = file.problem;
      if (problem?.ruleId === this.id) report({ file, place: file.placeOf(problem.start, problem.end), ...problemMessage<FrontMatterMissingMessages>(problem) });
    }
  },
});
