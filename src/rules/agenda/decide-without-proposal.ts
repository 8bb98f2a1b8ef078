import { defineRule } from '../define.js';
import { isBlank, isPlaceholderProposal } from '../../model/placeholders.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { id: string };
  placeholder: { proposal: string; id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'An item for decision has a proposed decision',
    messages: {
      default: m((d) => `Item ${item(d)} is for decision but has no \`proposal\`: the agencies cannot prepare a position on a decision they have not seen.`, () => 'Add `proposal:` with the decision the forum is asked to make, or make the item `kind: discuss`.'),
      placeholder: m((d) => `The proposal of item ${item(d)}, ${code(String(d.proposal))}, is a placeholder: the agencies cannot prepare a position on a decision they have not seen.`, () => 'Write the decision the forum is asked to make, in the words it should be recorded in.'),
    },
  },
  nb: {
    description: 'En beslutningssak har forslag til vedtak',
    messages: {
      default: m((d) => `Sak ${item(d)} er en beslutningssak uten \`proposal\` (forslag til vedtak): etatene kan ikke forankre et standpunkt til et vedtak de ikke har sett.`, () => 'Legg til `proposal:` med vedtaket forumet bes om å fatte, eller gjør saken til `kind: discuss`.'),
      placeholder: m((d) => `Forslaget til vedtak i sak ${item(d)}, ${code(String(d.proposal))}, er en plassholder: etatene kan ikke forankre et standpunkt til et vedtak de ikke har sett.`, () => 'Skriv vedtaket forumet bes om å fatte, med de ordene det skal protokolleres med.'),
    },
  },
  nn: {
    description: 'Ei vedtakssak har framlegg til vedtak',
    messages: {
      default: m((d) => `Sak ${item(d)} er ei vedtakssak utan \`proposal\` (framlegg til vedtak): etatane kan ikkje forankre eit standpunkt til eit vedtak dei ikkje har sett.`, () => 'Legg til `proposal:` med vedtaket forumet vert bede om å gjere, eller gjer saka til `kind: discuss`.'),
      placeholder: m((d) => `Framlegget til vedtak i sak ${item(d)}, ${code(String(d.proposal))}, er ein plasshaldar: etatane kan ikkje forankre eit standpunkt til eit vedtak dei ikkje har sett.`, () => 'Skriv vedtaket forumet vert bede om å gjere, med dei orda det skal protokollerast med.'),
    },
  },
};

export default defineRule({
  id: 'agenda/decide-without-proposal',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'The evaluation found decisions taken without, or with poor, case preparation (saksforberedelse). An item for decision must say what the forum is asked to decide — the proposed decision (forslag til vedtak, innstilling) — so that every agency can anchor its position before the meeting. A placeholder such as `TBD` or `Forslag til vedtak` is treated as no proposal. An item that approves earlier minutes (`approves: <forum>/<date>`) needs none: the minutes are the proposal; nor does the approval of the invitation and agenda (`approves: agenda`): the invitation is.',
    fix: 'Add `proposal:` with the decision the forum is asked to make, in the words it should be recorded in. If the forum is not asked to decide, make the item `kind: discuss` or `kind: inform`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        if (item.kind !== 'decide' || item.approves !== undefined) continue;
        const data = { id: item.id ?? '?' };
        if (isBlank(item.proposal)) report({ file: item.file, path: item.path, data });
        else if (isPlaceholderProposal(item.proposal!)) {
          report({ file: item.file, path: [...item.path, 'proposal'], messageId: 'placeholder', data: { ...data, proposal: item.proposal!.trim() } });
        }
      }
    }
  },
});
