import { builtInGuidance, unfilledSections } from '../../model/guidance.js';
import type { PaperSource } from '../../model/types.js';
import { defineRule } from '../define.js';

export default defineRule({
  id: 'agenda/paper-unfilled',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'The evaluation found decisions taken without, or with poor, case preparation. `etat paper new` writes a case paper with the six questions of the Instructions for Official Studies (utredningsinstruksen) under their headings, each with a line of guidance in italics. A paper whose sections are still empty, or still hold that guidance, is the template, not a case paper: the item would reach the forum with papers listed and nothing in them. A Markdown paper of a `decide` item is read section by section (under headings of level 2 and deeper; a section with subsections counts as written when they are); the guidance of the built-in templates in bokmål, nynorsk and English, and of the repository\'s own `templates/paper.md`, is recognised. Papers in other formats (PDF, Word) are not read.',
    fix: 'Write each section the rule names, replacing the guidance line. A question that truly does not apply is answered by saying so ("Tiltaket reiser ingen prinsipielle spørsmål."), not left empty. If the paper is not ready by the papers deadline, move the item to a later meeting.',
  },
  check(ctx, report) {
    const guidance = ctx.repo.paperGuidance ?? builtInGuidance();
    // A paper listed under several items is reported once.
    const seen = new Set<PaperSource>();
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        if (item.kind !== 'decide') continue;
        for (const paper of item.papers) {
          const source = paper.source;
          if (!source || source.file.problem || seen.has(source)) continue;
          seen.add(source);
          const unfilled = unfilledSections(source.file.text, source.atxHeadings() ?? source.headings(), guidance);
          if (unfilled.length === 0) continue;
          report({
            file: source.file,
            place: unfilled[0]!,
            data: { id: item.id ?? '?', sections: unfilled.map((h) => h.text), count: unfilled.length },
            cause: { file: paper.file, path: paper.path },
          });
        }
      }
    }
  },
});
