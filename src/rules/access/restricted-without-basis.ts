import type { SourceFile, YamlPath } from '../../model/source.js';
import { defineRule } from '../define.js';
import { isBlank } from '../../model/placeholders.js';
import { isRestricted, legalBasis, type Restrictable } from '../../model/publishing.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  basis: { value: unknown };
  publicTitle: { id: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Restricted items name the legal basis and have a public title',
    messages: {
      basis: m((d) => `${code(d.value)} names no legal basis for exempting this from public access.`, () => 'Name the section, e.g. `"offl. § 14"` or `"offl. § 13 jf. fvl. § 13"`.'),
      publicTitle: m((d) => `Item ${item(d)} is restricted but has no \`public_title\` to show in its place.`, () => 'Add `public_title:` without the exempt words.'),
    },
  },
  nb: {
    description: 'Saker unntatt offentlighet oppgir hjemmel og har offentlig tittel',
    messages: {
      basis: m((d) => `${code(d.value)} oppgir ingen hjemmel for å unnta dette fra offentlighet.`, () => 'Oppgi paragrafen, for eksempel `"offl. § 14"` eller `"offl. § 13 jf. fvl. § 13"`.'),
      publicTitle: m((d) => `Sak ${item(d)} er unntatt offentlighet, men har ingen \`public_title\` å vise i stedet.`, () => 'Legg til `public_title:` uten de unntatte ordene.'),
    },
  },
  nn: {
    description: 'Saker unnatekne offentlegheit oppgjev heimel og har offentleg tittel',
    messages: {
      basis: m((d) => `${code(d.value)} oppgjev ingen heimel for å unnta dette frå offentlegheit.`, () => 'Oppgje paragrafen, til dømes `"offl. § 14"` eller `"offl. § 13 jf. fvl. § 13"`.'),
      publicTitle: m((d) => `Sak ${item(d)} er unnateken offentlegheit, men har ingen \`public_title\` å vise i staden.`, () => 'Legg til `public_title:` utan dei unnatekne orda.'),
    },
  },
};

export default defineRule({
  id: 'access/restricted-without-basis',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Under the Freedom of Information Act (offentleglova) a document is exempt from public access only on a named legal basis (hjemmel), and a published journal shows an exempt item under a public title without the exempt words. `restricted: true`, an empty value or a reason without a section (§) names no basis; a restricted item without `public_title` leaves the website nothing to show in its place.',
    fix: 'Write the legal basis in `restricted:`, e.g. `"offl. § 14"` (internal document) or `"offl. § 13 jf. fvl. § 13"` (duty of confidentiality), and give a restricted item a `public_title` without the exempt words.',
  },
  check(ctx, report) {
    const checkBasis = (file: SourceFile, path: YamlPath, subject: Restrictable) => {
      if (isRestricted(subject) && legalBasis(subject) === undefined) report({ file, path, messageId: 'basis', data: { value: subject.restricted } });
    };
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        checkBasis(item.file, [...item.path, 'restricted'], item);
        if (isRestricted(item) && isBlank(item.publicTitle)) {
          report({ file: item.file, path: [...item.path, 'restricted'], target: 'key', messageId: 'publicTitle', data: { id: item.id ?? '?' } });
        }
        for (const paper of item.papers) {
          // The paper's path node is `…papers[i].path`; its `restricted` is beside it.
          checkBasis(paper.file, [...paper.path.slice(0, -1), 'restricted'], paper);
        }
      }
    }
  },
});
