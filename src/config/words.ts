import { code } from '../i18n/lang.js';
import { m, didYouMean, type RuleWords } from '../i18n/rule-words.js';

/** The words of the `config/unknown-agency` rule. */
export interface UnknownAgencyMessages {
  default: { agency: string; suggestion: string | undefined };
  member: { forum: string; agency: string };
}

export const unknownAgencyWords: RuleWords<UnknownAgencyMessages> = {
  en: {
    description: 'Agencies must be defined in etat.yml',
    messages: {
      default: m((d) => `The agency ${code(d.agency)} is not defined in \`etat.yml\`, so this responsibility or attendance belongs to nobody.${didYouMean.en(d.suggestion)}`, () => 'Use an id from `agencies` in `etat.yml`, or add the agency there.'),
      member: m((d) => `The forum ${code(d.forum)} lists ${code(d.agency)} as a member, but there is no such agency under \`agencies\`.`, () => 'Add the agency under `agencies`, or correct the id.'),
    },
  },
  nb: {
    description: 'Etater må være definert i etat.yml',
    messages: {
      default: m((d) => `Etaten ${code(d.agency)} er ikke definert i \`etat.yml\`, så dette ansvaret eller oppmøtet tilhører ingen.${didYouMean.nb(d.suggestion)}`, () => 'Bruk en id fra `agencies` i `etat.yml`, eller legg etaten til der.'),
      member: m((d) => `Forumet ${code(d.forum)} har ${code(d.agency)} som medlem, men det finnes ingen slik etat under \`agencies\`.`, () => 'Legg etaten til under `agencies`, eller rett id-en.'),
    },
  },
  nn: {
    description: 'Etatar må vere definerte i etat.yml',
    messages: {
      default: m((d) => `Etaten ${code(d.agency)} er ikkje definert i \`etat.yml\`, så dette ansvaret eller oppmøtet høyrer ikkje til nokon.${didYouMean.nn(d.suggestion)}`, () => 'Bruk ein id frå `agencies` i `etat.yml`, eller legg etaten til der.'),
      member: m((d) => `Forumet ${code(d.forum)} har ${code(d.agency)} som medlem, men det finst ingen slik etat under \`agencies\`.`, () => 'Legg etaten til under `agencies`, eller rett id-en.'),
    },
  },
};
