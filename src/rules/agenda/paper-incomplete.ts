import type { Heading, PaperSource } from '../../model/types.js';
import { defineRule } from '../define.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  both: { id: string };
  recommendation: { id: string };
  proposal: { id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'A case paper for decision has a recommendation and a proposed decision',
    messages: {
      both: m((d) => `This case paper for item ${item(d)} has neither a recommendation nor a proposed decision section.`, () => 'Add `## Anbefaling` (what is recommended, and why) and `## Forslag til vedtak`.'),
      recommendation: m((d) => `This case paper for item ${item(d)} has no recommendation section.`, () => 'Add `## Anbefaling`: which measure is recommended, and why.'),
      proposal: m((d) => `This case paper for item ${item(d)} has no proposed decision section.`, () => 'Add `## Forslag til vedtak` with the decision the forum is asked to make.'),
    },
  },
  nb: {
    description: 'Et saksfremlegg til beslutning har anbefaling og forslag til vedtak',
    messages: {
      both: m((d) => `Dette saksfremlegget til sak ${item(d)} har verken anbefaling eller forslag til vedtak.`, () => 'Legg til `## Anbefaling` (hva som anbefales, og hvorfor) og `## Forslag til vedtak`.'),
      recommendation: m((d) => `Dette saksfremlegget til sak ${item(d)} har ingen anbefaling.`, () => 'Legg til `## Anbefaling`: hvilket tiltak som anbefales, og hvorfor.'),
      proposal: m((d) => `Dette saksfremlegget til sak ${item(d)} har ikke noe forslag til vedtak.`, () => 'Legg til `## Forslag til vedtak` med vedtaket forumet bes om å fatte.'),
    },
  },
  nn: {
    description: 'Eit saksframlegg til vedtak har tilråding og framlegg til vedtak',
    messages: {
      both: m((d) => `Dette saksframlegget til sak ${item(d)} har verken tilråding eller framlegg til vedtak.`, () => 'Legg til `## Tilråding` (kva som vert tilrådd, og kvifor) og `## Framlegg til vedtak`.'),
      recommendation: m((d) => `Dette saksframlegget til sak ${item(d)} har inga tilråding.`, () => 'Legg til `## Tilråding`: kva tiltak som vert tilrådd, og kvifor.'),
      proposal: m((d) => `Dette saksframlegget til sak ${item(d)} har ikkje noko framlegg til vedtak.`, () => 'Legg til `## Framlegg til vedtak` med vedtaket forumet vert bede om å gjere.'),
    },
  },
};

const RECOMMENDATION = /anbefal|tilrå|recommend/i;
const PROPOSED_DECISION = /forslag til vedtak|framlegg til vedtak|innstilling|proposed decision/i;

function isComplete(headings: readonly Heading[] | undefined): boolean {
  return !!headings && headings.some((h) => RECOMMENDATION.test(h.text)) && headings.some((h) => PROPOSED_DECISION.test(h.text));
}

export default defineRule({
  id: 'agenda/paper-incomplete',
  defaultSeverity: 'warn',
  words,
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
