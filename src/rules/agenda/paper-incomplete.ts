import type { Heading, PaperSource } from '../../model/types.js';
import { defineRule } from '../define.js';

const RECOMMENDATION = /anbefal|tilrå|recommend/i;
const PROPOSED_DECISION = /forslag til vedtak|framlegg til vedtak|innstilling|proposed decision/i;

function isComplete(headings: readonly Heading[] | undefined): boolean {
  return !!headings && headings.some((h) => RECOMMENDATION.test(h.text)) && headings.some((h) => PROPOSED_DECISION.test(h.text));
}

export default defineRule({
  id: 'agenda/paper-incomplete',
  defaultSeverity: 'warn',
  docs: {
    rationale:
      'The Instructions for Official Studies (utredningsinstruksen) ask every decision basis to end with a recommendation and why; the evaluation found decisions taken with poor case preparation. A Markdown case paper for a `decide` item must therefore have a recommendation section (a heading containing *anbefal*, *tilrå* or *recommend*) and a proposed-decision section (a heading containing *forslag til vedtak*, *framlegg til vedtak*, *innstilling* or *proposed decision*). Headings of any level count, in any case. Papers in other formats (PDF, Word) are not read.',
    fix: 'Add the missing sections, e.g. `## Anbefaling` with the recommended measure and why, and `## Forslag til vedtak` with the decision the forum is asked to make. `etat paper new` makes a paper with all six questions of the template.',
  },
  check(ctx, report) {
    // A paper listed under several items is reported once.
    const seen = new Set<PaperSource>();
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        if (item.kind !== 'decide') continue;
        for (const paper of item.papers) {
          const source = paper.source;
          if (!source || source.file.problem || seen.has(source)) continue;
          seen.add(source);
          // Most papers are complete, and a scan of the lines proves it without parsing.
          if (isComplete(source.atxHeadings())) continue;
          const headings = source.headings();
          const hasRecommendation = headings.some((h) => RECOMMENDATION.test(h.text));
          const hasProposal = headings.some((h) => PROPOSED_DECISION.test(h.text));
          if (hasRecommendation && hasProposal) continue;
          const messageId = !hasRecommendation && !hasProposal ? 'both' : hasRecommendation ? 'proposal' : 'recommendation';
          const first = headings[0];
          report({
            file: source.file,
            place: first ?? source.file.placeOf(0, 0),
            messageId,
            data: { id: item.id ?? '?' },
            cause: { file: paper.file, path: paper.path },
          });
        }
      }
    }
  },
});
