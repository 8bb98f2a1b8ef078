import { builtInGuidance, unfilledSections } from '../../model/guidance.js';
import type { PaperSource } from '../../model/types.js';
import { defineRule } from '../define.js';
import { code, joinList, type Lang } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/**
 * The headings a finding names, at most three, each in backticks. Read as
 * unknown: `etat rules <id>` says the messages with `…` for every value.
 */
const sections = (lang: Lang, d: { sections: unknown }) => {
  const all = (Array.isArray(d.sections) ? d.sections : []).map(code);
  return all.length > 3 ? `${all.slice(0, 3).join(', ')} …` : joinList(lang, all);
};

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { count: number; id: string; sections: readonly string[] };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'A case paper for decision is written, not the template',
    messages: {
      default: m(
        (d) =>
          `The case paper of item ${item(d)} is still the template: ${d.count === 1 ? `the section ${sections('en', d)} is empty or holds` : `${String(d.count)} sections, ${sections('en', d)}, are empty or hold`} only its guidance — the item would reach the forum without case preparation.`,
        () => 'Write each section in place of its guidance; a question that does not apply is answered by saying so, not left empty.',
      ),
    },
  },
  nb: {
    description: 'Et saksfremlegg til beslutning er skrevet, ikke bare malen',
    messages: {
      default: m(
        (d) =>
          `Saksfremlegget til sak ${item(d)} er fortsatt malen: ${d.count === 1 ? `avsnittet ${sections('nb', d)} er tomt` : `${String(d.count)} avsnitt, ${sections('nb', d)}, er tomme`} eller har bare veiledningen — saken ville kommet til forumet uten saksforberedelse.`,
        () => 'Skriv hvert avsnitt i stedet for veiledningen; et spørsmål som ikke gjelder, besvares ved å si det, ikke ved å stå tomt.',
      ),
    },
  },
  nn: {
    description: 'Eit saksframlegg til vedtak er skrive, ikkje berre malen',
    messages: {
      default: m(
        (d) =>
          `Saksframlegget til sak ${item(d)} er framleis malen: ${d.count === 1 ? `avsnittet ${sections('nn', d)} er tomt` : `${String(d.count)} avsnitt, ${sections('nn', d)}, er tomme`} eller har berre rettleiinga — saka ville kome til forumet utan saksførebuing.`,
        () => 'Skriv kvart avsnitt i staden for rettleiinga; eit spørsmål som ikkje gjeld, svarar ein på ved å seie det, ikkje ved å la det stå tomt.',
      ),
    },
  },
};

export default defineRule({
  id: 'agenda/paper-unfilled',
  defaultSeverity: 'error',
  words,
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
