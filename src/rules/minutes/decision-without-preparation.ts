import { defineRule } from '../define.js';
import { agendaItemsById, preparationGap } from '../../model/items.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

const kindEn: Record<string, string> = { inform: 'for information', discuss: 'for discussion' };
const kindNb: Record<string, string> = { inform: 'til orientering', discuss: 'til drøfting' };
const kindNn: Record<string, string> = { inform: 'til orientering', discuss: 'til drøfting' };

/** Each message of the rule, and the data it reads. */
interface Messages {
  added: { id: string };
  kind: { kind: string | undefined; id: string };
  addedRejected: { id: string };
  kindRejected: { kind: string | undefined; id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Decisions are taken only on items announced for decision',
    messages: {
      added: m((d) => `A decision was taken on item ${item(d)}, which was raised in the meeting: a decision without case preparation.`, () => 'Record the item as `discussed` and put the decision on the next agenda as a `decide` item with a paper and a proposal.'),
      kind: m((d) => `A decision was taken on item ${item(d)}, which the agenda announced only ${kindEn[excerpt(d.kind)] ?? excerpt(d.kind)}: the agencies did not prepare for a decision.`, () => 'Record the item as `discussed` and put the decision on the next agenda as a `decide` item with a paper and a proposal.'),
      addedRejected: m((d) => `A proposal on item ${item(d)}, which was raised in the meeting, was put to the forum and rejected: voting a proposal down is a decision too, taken here without case preparation.`, () => 'Record the item as `discussed`; if the proposal is to be put, put it on the next agenda as a `decide` item with a paper.'),
      kindRejected: m((d) => `A proposal on item ${item(d)}, which the agenda announced only ${kindEn[excerpt(d.kind)] ?? excerpt(d.kind)}, was put to the forum and rejected: the agencies did not prepare for a decision.`, () => 'Record the item as `discussed`; if the proposal is to be put, put it on the next agenda as a `decide` item with a paper.'),
    },
  },
  nb: {
    description: 'Vedtak fattes bare i saker som er meldt til beslutning',
    messages: {
      added: m((d) => `Det ble fattet vedtak i sak ${item(d)}, som ble tatt opp i møtet: et vedtak uten saksforberedelse.`, () => 'Før saken som `discussed` og sett vedtaket på neste saksliste som en `decide`-sak med saksfremlegg og forslag til vedtak.'),
      kind: m((d) => `Det ble fattet vedtak i sak ${item(d)}, som sakslisten bare meldte ${kindNb[excerpt(d.kind)] ?? excerpt(d.kind)}: etatene forberedte seg ikke på et vedtak.`, () => 'Før saken som `discussed` og sett vedtaket på neste saksliste som en `decide`-sak med saksfremlegg og forslag til vedtak.'),
      addedRejected: m((d) => `Et forslag i sak ${item(d)}, som ble tatt opp i møtet, ble satt fram og falt: også det er et vedtak, og det ble fattet uten saksforberedelse.`, () => 'Før saken som `discussed`; skal forslaget fremmes, sett det på neste saksliste som en `decide`-sak med saksfremlegg.'),
      kindRejected: m((d) => `Et forslag i sak ${item(d)}, som sakslisten bare meldte ${kindNb[excerpt(d.kind)] ?? excerpt(d.kind)}, ble satt fram og falt: etatene forberedte seg ikke på et vedtak.`, () => 'Før saken som `discussed`; skal forslaget fremmes, sett det på neste saksliste som en `decide`-sak med saksfremlegg.'),
    },
  },
  nn: {
    description: 'Vedtak vert gjorde berre i saker som er melde til vedtak',
    messages: {
      added: m((d) => `Det vart gjort vedtak i sak ${item(d)}, som vart teken opp i møtet: eit vedtak utan saksførebuing.`, () => 'Før saka som `discussed` og set vedtaket på neste sakliste som ei `decide`-sak med saksframlegg og framlegg til vedtak.'),
      kind: m((d) => `Det vart gjort vedtak i sak ${item(d)}, som saklista berre melde ${kindNn[excerpt(d.kind)] ?? excerpt(d.kind)}: etatane førebudde seg ikkje på eit vedtak.`, () => 'Før saka som `discussed` og set vedtaket på neste sakliste som ei `decide`-sak med saksframlegg og framlegg til vedtak.'),
      addedRejected: m((d) => `Eit framlegg i sak ${item(d)}, som vart teken opp i møtet, vart sett fram og fall: også det er eit vedtak, og det vart gjort utan saksførebuing.`, () => 'Før saka som `discussed`; skal framlegget fremjast, set det på neste sakliste som ei `decide`-sak med saksframlegg.'),
      kindRejected: m((d) => `Eit framlegg i sak ${item(d)}, som saklista berre melde ${kindNn[excerpt(d.kind)] ?? excerpt(d.kind)}, vart sett fram og fall: etatane førebudde seg ikkje på eit vedtak.`, () => 'Før saka som `discussed`; skal framlegget fremjast, set det på neste sakliste som ei `decide`-sak med saksframlegg.'),
    },
  },
};

export default defineRule({
  id: 'minutes/decision-without-preparation',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'The evaluation found decisions taken without case preparation (saksforberedelse); good practice in Norwegian public administration is that a body does not decide an item that was not on the announced agenda (cf. the Local Government Act § 11-3). A decision on an item that was added in the meeting, or announced only for information or discussion, was taken without a case paper and proposal that the agencies could prepare on. A proposal that was put and rejected counts as well: voting a proposal down is a decision too (forslaget falt), it closes the item, and the agencies voted without having been able to prepare a position — a good idea can fall for want of a case paper as easily as a poor one can pass. A correction of earlier minutes (`corrects:`) is exempt: it restates a decision already prepared.',
    fix: 'Record the item as `discussed` (or `noted`) and put the decision on the agenda of the next meeting as a `decide` item with a case paper and a proposal. If the agenda was wrong and the item was prepared for decision, correct its `kind` in the agenda before the meeting — not after.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const onAgenda = agendaItemsById(meeting);
      for (const item of meeting.minutes?.items ?? []) {
        const gap = preparationGap(item, onAgenda);
        if (!gap) continue;
        const at = { file: item.file, path: [...item.path, 'outcome'] };
        const rejected = item.outcome === 'rejected';
        if (gap.why === 'added') report({ ...at, messageId: rejected ? 'addedRejected' : 'added', data: { id: item.id ?? '?' } });
        else report({ ...at, messageId: rejected ? 'kindRejected' : 'kind', data: { id: item.id ?? '?', kind: gap.announced.kind! }, cause: { file: gap.announced.file, path: [...gap.announced.path, 'kind'] } });
      }
    }
  },
});
