import { defineRule } from '../define.js';
import { wasPut } from '../../model/items.js';
import { membersPresent } from './quorum.js';
import { code } from '../../i18n/lang.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  dissent: { agency: string; id: string };
  quorum: { taking: number; quorum: number; id: string };
  quorumRejected: { taking: number; quorum: number; id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'A recused agency takes no part in the item',
    messages: {
      dissent: m((d) => `${code(d.agency)} is recused on item ${item(d)} but named in its dissent; a disqualified member takes no part in the decision.`, () => 'Remove the agency from `dissent`.'),
      quorum: m((d) => `Item ${item(d)} was decided with ${excerpt(d.taking)} member agencies taking part, below the quorum of ${String(d.quorum)}, counting the recused agency.`, () => 'Without the recused agency the forum could not decide: record the item as `deferred`.'),
      quorumRejected: m((d) => `The proposal on item ${item(d)} was rejected with ${excerpt(d.taking)} member agencies taking part, below the quorum of ${String(d.quorum)}, counting the recused agency.`, () => 'Without the recused agency the forum could not decide, not even to reject the proposal: record the item as `deferred`.'),
    },
  },
  nb: {
    description: 'En inhabil etat deltar ikke i saken',
    messages: {
      dissent: m((d) => `${code(d.agency)} er inhabil i sak ${item(d)}, men står i dissensen; et inhabilt medlem deltar ikke i vedtaket.`, () => 'Fjern etaten fra `dissent`.'),
      quorum: m((d) => `Sak ${item(d)} ble vedtatt med ${excerpt(d.taking)} deltakende medlemsetater, under grensen på ${String(d.quorum)}, når den inhabile etaten telles med.`, () => 'Uten den inhabile etaten var forumet ikke beslutningsdyktig: før saken som `deferred`.'),
      quorumRejected: m((d) => `Forslaget i sak ${item(d)} falt med ${excerpt(d.taking)} deltakende medlemsetater, under grensen på ${String(d.quorum)}, når den inhabile etaten telles med.`, () => 'Uten den inhabile etaten var forumet ikke beslutningsdyktig, heller ikke til å forkaste forslaget: før saken som `deferred`.'),
    },
  },
  nn: {
    description: 'Ein inhabil etat tek ikkje del i saka',
    messages: {
      dissent: m((d) => `${code(d.agency)} er inhabil i sak ${item(d)}, men står i dissensen; eit inhabilt medlem tek ikkje del i vedtaket.`, () => 'Fjern etaten frå `dissent`.'),
      quorum: m((d) => `Sak ${item(d)} vart vedteken med ${excerpt(d.taking)} medlemsetatar som tok del, under grensa på ${String(d.quorum)}, når den inhabile etaten vert talt med.`, () => 'Utan den inhabile etaten var ikkje forumet vedtaksført: før saka som `deferred`.'),
      quorumRejected: m((d) => `Framlegget i sak ${item(d)} fall med ${excerpt(d.taking)} medlemsetatar som tok del, under grensa på ${String(d.quorum)}, når den inhabile etaten vert talt med.`, () => 'Utan den inhabile etaten var ikkje forumet vedtaksført, heller ikkje til å forkaste framlegget: før saka som `deferred`.'),
    },
  },
};

export default defineRule({
  id: 'minutes/recused-counted',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'A member who is disqualified (inhabil, Public Administration Act § 6) takes no part in the item: not in the decision, not in the dissent, and not in the quorum for it — whether the proposal is adopted or rejected, since voting it down is a decision too. Minutes that name a recused agency in the dissent, or reach the quorum only by counting it, record a decision the forum could not lawfully take that way.',
    fix: 'Remove the recused agency from the item\'s `dissent`. If the forum is below its quorum without the recused agency, the item cannot be decided at this meeting: record it as `deferred`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      if (!minutes) continue;
      const forum = minutes.forum === undefined ? undefined : ctx.config.fora.get(minutes.forum);
      const present = forum ? membersPresent(minutes, forum) : new Set<string>();
      for (const item of minutes.items) {
        const recused = new Set(item.recused.map((r) => r.by).filter((by): by is string => by !== undefined));
        for (const dissent of item.dissent) {
          if (dissent.by !== undefined && recused.has(dissent.by)) {
            report({ file: dissent.file, path: [...dissent.path, 'by'], messageId: 'dissent', data: { agency: dissent.by, id: item.id ?? '?' } });
          }
        }
        if (forum?.quorum === undefined || !wasPut(item.outcome) || recused.size === 0) continue;
        const taking = [...present].filter((agency) => !recused.has(agency)).length;
        if (taking < forum.quorum && present.size >= forum.quorum) {
          // The first recused agency that was counted as present (one is, or the quorum would hold).
          const first = item.recused.find((r) => r.by !== undefined && present.has(r.by)) ?? item.recused[0]!;
          report({ file: first.file, path: [...first.path, 'by'], messageId: item.outcome === 'rejected' ? 'quorumRejected' : 'quorum', data: { id: item.id ?? '?', taking, quorum: forum.quorum } });
        }
      }
    }
  },
});
