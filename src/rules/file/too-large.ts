import { defineRule, problemMessage } from '../define.js';
import { tooLargeWords as words, type TooLargeMessages } from '../../model/file-words.js';

export default defineRule({
  id: 'file/too-large',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      "CI runs etat on pull requests from people the repository does not trust, and a file can be written to exhaust the machine that reads it: front matter of megabytes of brackets, a paper of a million list items. etat reads no more than a real repository ever holds — front matter of up to 256 KiB, agendas, minutes and case files of up to 4 MiB, Markdown case papers of up to 2 MiB (docs/security.md lists every limit) — and says so at the file that goes beyond, instead of reading it. A file that was not read was not checked, so for agendas, minutes and cases this is an error; a paper over the limit is still listed and present, only its headings are not checked.",
    fix: 'Move long text out of the front matter into the Markdown body, long narratives into case papers, and appendices into files of their own. No real agenda or case paper comes near these sizes: a file that does was probably generated or pasted by mistake.',
  },
  check(ctx, report) {
    for (const file of ctx.files) {
      const problem = file.problem;
      if (problem?.ruleId === this.id) report({ file, place: file.placeOf(problem.start, problem.end), ...problemMessage<TooLargeMessages>(problem) });
    }
    // Papers over the limit are known to the model by their size alone.
    const seen = new Set<string>();
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        for (const paper of item.papers) {
          const problem = paper.source?.file.problem;
          if (problem?.ruleId !== this.id || seen.has(paper.source!.file.path)) continue;
          seen.add(paper.source!.file.path);
          report({ file: paper.source!.file, place: paper.source!.file.placeOf(0, 0), ...problemMessage<TooLargeMessages>({ messageId: 'paper', data: problem.data }), cause: { file: paper.file, path: paper.path } });
        }
      }
    }
  },
});
