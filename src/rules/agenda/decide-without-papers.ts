import { defineRule } from '../define.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'An item for decision has case papers',
    messages: {
      default: m((d) => `Item ${item(d)} is for decision but has no \`papers\`: a decision without a case paper is a decision without case preparation.`, () => 'Write the case paper (`etat paper new`) and list it in `papers`, or make the item `kind: discuss`.'),
    },
  },
  nb: {
    description: 'En beslutningssak har saksfremlegg',
    messages: {
      default: m((d) => `Sak ${item(d)} er en beslutningssak uten \`papers\`: et vedtak uten saksfremlegg er et vedtak uten saksforberedelse.`, () => 'Skriv saksfremlegget (`etat paper new`) og før det opp i `papers`, eller gjør saken til `kind: discuss`.'),
    },
  },
  nn: {
    description: 'Ei vedtakssak har saksframlegg',
    messages: {
      default: m((d) => `Sak ${item(d)} er ei vedtakssak utan \`papers\`: eit vedtak utan saksframlegg er eit vedtak utan saksførebuing.`, () => 'Skriv saksframlegget (`etat paper new`) og før det opp i `papers`, eller gjer saka til `kind: discuss`.'),
    },
  },
};

export default defineRule({
  id: 'agenda/decide-without-papers',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'The evaluation found decisions taken without, or with poor, case preparation (saksforberedelse); the Public Administration Act § 17 asks that a case be as well elucidated as possible before it is decided. An item for decision needs a case paper (saksfremlegg) that answers the six questions of the Instructions for Official Studies. An item that approves earlier minutes (`approves: <forum>/<date>`) needs none: the minutes are its paper; nor does the approval of the invitation and agenda (`approves: agenda`), whose paper is the invitation itself.',
    fix: 'Write the case paper (`etat paper new <forum>/<date> <item-id>` makes one from the template) and list it in the item\'s `papers`. If the forum is not asked to decide, make the item `kind: discuss` or `kind: inform`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        if (item.kind === 'decide' && item.approves === undefined && item.papers.length === 0) {
          report({ file: item.file, path: item.path, data: { id: item.id ?? '?' } });
        }
      }
    }
  },
});
