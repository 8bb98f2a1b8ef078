import { joinList } from '../../i18n/lang.js';
import { defineRule } from '../define.js';
import { suggest } from '../../text/suggest.js';
import { code } from '../../i18n/lang.js';
import { m, didYouMean, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { forum: string; suggestion: string | undefined; known: string };
  referredTo: { forum: string; suggestion: string | undefined; known: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Fora must be defined in etat.yml',
    messages: {
      default: m((d) => `The forum ${code(d.forum)} is not defined in \`etat.yml\`, so its members, quorum and deadlines are unknown.${didYouMean.en(d.suggestion)}`, (d) => (d.known ? `Use one of ${String(d.known)}, or add the forum under \`fora\` in \`etat.yml\`.` : `\`etat.yml\` has no fora yet: add ${code(d.forum)} under \`fora\`, with its name, members and quorum (\`etat schema etat\` describes the keys).`)),
      referredTo: m((d) => `The item is referred to ${code(d.forum)}, which is not a forum in \`etat.yml\`: the case would be lost on its way.${didYouMean.en(d.suggestion)}`, (d) => (d.known ? `Use one of ${String(d.known)}.` : `\`etat.yml\` has no fora yet: add ${code(d.forum)} under \`fora\`, or refer the item to a forum that is there.`)),
    },
  },
  nb: {
    description: 'Fora må være definert i etat.yml',
    messages: {
      default: m((d) => `Forumet ${code(d.forum)} er ikke definert i \`etat.yml\`, så medlemmer, beslutningsdyktighet og frister er ukjent.${didYouMean.nb(d.suggestion)}`, (d) => (d.known ? `Bruk ${String(d.known)}, eller legg forumet til under \`fora\` i \`etat.yml\`.` : `\`etat.yml\` har ingen fora ennå: legg ${code(d.forum)} til under \`fora\`, med navn, medlemmer og beslutningsdyktighet (\`etat schema etat\` beskriver nøklene).`)),
      referredTo: m((d) => `Saken er oversendt ${code(d.forum)}, som ikke er et forum i \`etat.yml\`: saken ville blitt borte på veien.${didYouMean.nb(d.suggestion)}`, (d) => (d.known ? `Bruk ${String(d.known)}.` : `\`etat.yml\` har ingen fora ennå: legg ${code(d.forum)} til under \`fora\`, eller send saken til et forum som finnes der.`)),
    },
  },
  nn: {
    description: 'Fora må vere definerte i etat.yml',
    messages: {
      default: m((d) => `Forumet ${code(d.forum)} er ikkje definert i \`etat.yml\`, så medlemer, vedtaksføre og fristar er ukjende.${didYouMean.nn(d.suggestion)}`, (d) => (d.known ? `Bruk ${String(d.known)}, eller legg forumet til under \`fora\` i \`etat.yml\`.` : `\`etat.yml\` har ingen fora enno: legg ${code(d.forum)} til under \`fora\`, med namn, medlemer og vedtaksføre (\`etat schema etat\` skildrar nøklane).`)),
      referredTo: m((d) => `Saka er send over til ${code(d.forum)}, som ikkje er eit forum i \`etat.yml\`: saka ville blitt borte på vegen.${didYouMean.nn(d.suggestion)}`, (d) => (d.known ? `Bruk ${String(d.known)}.` : `\`etat.yml\` har ingen fora enno: legg ${code(d.forum)} til under \`fora\`, eller send saka til eit forum som finst der.`)),
    },
  },
};

export default defineRule({
  id: 'config/unknown-forum',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Each forum has its members, quorum and deadlines in `etat.yml`; a meeting of a forum that is not defined there cannot be checked against any of them, and a case referred to an unknown forum is lost on the way — the evaluation found cases hard to follow between the groups.',
    fix: 'Use one of the forum ids under `fora` in `etat.yml` (the message suggests the closest), or add the forum there.',
  },
  check(ctx, report) {
    const known = [...ctx.config.fora.keys()];
    const data = (forum: string) => ({ forum, known: joinList(ctx.lang, known.map((f) => `\`${f}\``), 'or'), suggestion: suggest(forum, known) });
    for (const meeting of ctx.meetings) {
      for (const doc of [meeting.agenda, meeting.minutes]) {
        if (doc?.forum !== undefined && !ctx.config.fora.has(doc.forum)) {
          report({ file: doc.file, path: ['forum'], data: data(doc.forum) });
        }
      }
      for (const item of meeting.minutes?.items ?? []) {
        if (item.referredTo !== undefined && !ctx.config.fora.has(item.referredTo)) {
          report({ file: item.file, path: [...item.path, 'referred_to'], messageId: 'referredTo', data: data(item.referredTo) });
        }
      }
    }
  },
});
