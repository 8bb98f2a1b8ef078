import { code, joinList, type Lang } from '../lang.js';
import { message as m, type RuleCatalogue } from './types.js';

/** Messages of the `agenda/*` rules. */

const item = (d: Record<string, unknown>) => code(d.id);
/** The headings a finding names, at most three, each in backticks. */
const sections = (lang: Lang, d: Record<string, unknown>) => {
  const all = (Array.isArray(d.sections) ? d.sections : []).map(code);
  return all.length > 3 ? `${all.slice(0, 3).join(', ')} …` : joinList(lang, all);
};

export const en = {
  'agenda/purpose-missing': {
    description: 'Every agenda states the purpose of the meeting',
    messages: {
      missing: m(() => 'The agenda states no purpose: participants cannot tell what the meeting is for, or afterwards whether it achieved it.', () => 'Write in `purpose:` what the forum should achieve, e.g. "Beslutte modell for strategisk prosjektstyring".'),
      placeholder: m((d) => `The purpose ${code(d.purpose)} is a placeholder: participants cannot tell what the meeting is for.`, () => 'Replace it with what the forum should achieve in this meeting.'),
    },
  },
  'agenda/duplicate-item-id': {
    description: 'Item ids are unique within a meeting',
    messages: {
      default: m((d) => `A second item has the id ${code(d.id)}: the minutes cannot tell the two apart.`, () => 'Give each item its own id (`1` and `"1"` are the same id).'),
    },
  },
  'agenda/decide-without-proposal': {
    description: 'An item for decision has a proposed decision',
    messages: {
      default: m((d) => `Item ${item(d)} is for decision but has no \`proposal\`: the agencies cannot prepare a position on a decision they have not seen.`, () => 'Add `proposal:` with the decision the forum is asked to make, or make the item `kind: discuss`.'),
      placeholder: m((d) => `The proposal of item ${item(d)}, ${code(String(d.proposal))}, is a placeholder: the agencies cannot prepare a position on a decision they have not seen.`, () => 'Write the decision the forum is asked to make, in the words it should be recorded in.'),
    },
  },
  'agenda/decide-without-papers': {
    description: 'An item for decision has case papers',
    messages: {
      default: m((d) => `Item ${item(d)} is for decision but has no \`papers\`: a decision without a case paper is a decision without case preparation.`, () => 'Write the case paper (`etat paper new`) and list it in `papers`, or make the item `kind: discuss`.'),
    },
  },
  'agenda/paper-missing': {
    description: 'Listed papers exist in the repository',
    messages: {
      default: m((d) => `The paper ${code(d.target)} is not in the repository (looked for ${code(d.resolved)}): the participants did not have it.`, (d) => (d.suggestion ? `Did you mean ${code(d.suggestion)}? Correct the path, or add the file; the path is relative to this agenda.` : 'Add the file, or correct the path; it is relative to this agenda.')),
    },
  },
  'agenda/paper-incomplete': {
    description: 'A case paper for decision has a recommendation and a proposed decision',
    messages: {
      both: m((d) => `This case paper for item ${item(d)} has neither a recommendation nor a proposed decision section.`, () => 'Add `## Anbefaling` (what is recommended, and why) and `## Forslag til vedtak`.'),
      recommendation: m((d) => `This case paper for item ${item(d)} has no recommendation section.`, () => 'Add `## Anbefaling`: which measure is recommended, and why.'),
      proposal: m((d) => `This case paper for item ${item(d)} has no proposed decision section.`, () => 'Add `## Forslag til vedtak` with the decision the forum is asked to make.'),
    },
  },
  'agenda/paper-unfilled': {
    description: 'A case paper for decision is written, not the template',
    messages: {
      default: m(
        (d) =>
          `The case paper of item ${item(d)} is still the template: ${d.count === 1 ? `the section ${sections('en', d)} is empty or holds` : `${String(d.count)} sections, ${sections('en', d)}, are empty or hold`} only its guidance — the item would reach the forum without case preparation.`,
        () => 'Write each section in place of its guidance; a question that does not apply is answered by saying so, not left empty.',
      ),
    },
  },
} satisfies RuleCatalogue;

type Catalogue = typeof en;

export const nb: Catalogue = {
  'agenda/purpose-missing': {
    description: 'Hver saksliste oppgir formålet med møtet',
    messages: {
      missing: m(() => 'Sakslisten oppgir ikke noe formål: deltakerne kan ikke se hva møtet skal oppnå, eller i etterkant om det ble oppnådd.', () => 'Skriv i `purpose:` hva forumet skal oppnå, for eksempel «Beslutte modell for strategisk prosjektstyring».'),
      placeholder: m((d) => `Formålet ${code(d.purpose)} er en plassholder: deltakerne kan ikke se hva møtet skal oppnå.`, () => 'Erstatt det med hva forumet skal oppnå i dette møtet.'),
    },
  },
  'agenda/duplicate-item-id': {
    description: 'Sak-id-er er unike innenfor et møte',
    messages: {
      default: m((d) => `En sak til har id-en ${code(d.id)}: referatet kan ikke skille de to sakene.`, () => 'Gi hver sak sin egen id (`1` og `"1"` er samme id).'),
    },
  },
  'agenda/decide-without-proposal': {
    description: 'En beslutningssak har forslag til vedtak',
    messages: {
      default: m((d) => `Sak ${item(d)} er en beslutningssak uten \`proposal\` (forslag til vedtak): etatene kan ikke forankre et standpunkt til et vedtak de ikke har sett.`, () => 'Legg til `proposal:` med vedtaket forumet bes om å fatte, eller gjør saken til `kind: discuss`.'),
      placeholder: m((d) => `Forslaget til vedtak i sak ${item(d)}, ${code(String(d.proposal))}, er en plassholder: etatene kan ikke forankre et standpunkt til et vedtak de ikke har sett.`, () => 'Skriv vedtaket forumet bes om å fatte, med de ordene det skal protokolleres med.'),
    },
  },
  'agenda/decide-without-papers': {
    description: 'En beslutningssak har saksfremlegg',
    messages: {
      default: m((d) => `Sak ${item(d)} er en beslutningssak uten \`papers\`: et vedtak uten saksfremlegg er et vedtak uten saksforberedelse.`, () => 'Skriv saksfremlegget (`etat paper new`) og før det opp i `papers`, eller gjør saken til `kind: discuss`.'),
    },
  },
  'agenda/paper-missing': {
    description: 'Saksfremlegg som er ført opp, finnes i repositoriet',
    messages: {
      default: m((d) => `Saksfremlegget ${code(d.target)} finnes ikke i repositoriet (så etter ${code(d.resolved)}): deltakerne hadde det ikke.`, (d) => (d.suggestion ? `Mente du ${code(d.suggestion)}? Rett stien, eller legg til filen; stien er relativ til denne sakslisten.` : 'Legg til filen, eller rett stien; den er relativ til denne sakslisten.')),
    },
  },
  'agenda/paper-incomplete': {
    description: 'Et saksfremlegg til beslutning har anbefaling og forslag til vedtak',
    messages: {
      both: m((d) => `Dette saksfremlegget til sak ${item(d)} har verken anbefaling eller forslag til vedtak.`, () => 'Legg til `## Anbefaling` (hva som anbefales, og hvorfor) og `## Forslag til vedtak`.'),
      recommendation: m((d) => `Dette saksfremlegget til sak ${item(d)} har ingen anbefaling.`, () => 'Legg til `## Anbefaling`: hvilket tiltak som anbefales, og hvorfor.'),
      proposal: m((d) => `Dette saksfremlegget til sak ${item(d)} har ikke noe forslag til vedtak.`, () => 'Legg til `## Forslag til vedtak` med vedtaket forumet bes om å fatte.'),
    },
  },
  'agenda/paper-unfilled': {
    description: 'Et saksfremlegg til beslutning er skrevet, ikke bare malen',
    messages: {
      default: m(
        (d) =>
          `Saksfremlegget til sak ${item(d)} er fortsatt malen: ${d.count === 1 ? `avsnittet ${sections('nb', d)} er tomt` : `${String(d.count)} avsnitt, ${sections('nb', d)}, er tomme`} eller har bare veiledningen — saken ville kommet til forumet uten saksforberedelse.`,
        () => 'Skriv hvert avsnitt i stedet for veiledningen; et spørsmål som ikke gjelder, besvares ved å si det, ikke ved å stå tomt.',
      ),
    },
  },
};

export const nn: Catalogue = {
  'agenda/purpose-missing': {
    description: 'Kvar sakliste oppgjev føremålet med møtet',
    messages: {
      missing: m(() => 'Saklista oppgjev ikkje noko føremål: deltakarane kan ikkje sjå kva møtet skal oppnå, eller i etterkant om det vart oppnådd.', () => 'Skriv i `purpose:` kva forumet skal oppnå, til dømes «Vedta modell for strategisk prosjektstyring».'),
      placeholder: m((d) => `Føremålet ${code(d.purpose)} er ein plasshaldar: deltakarane kan ikkje sjå kva møtet skal oppnå.`, () => 'Byt det ut med kva forumet skal oppnå i dette møtet.'),
    },
  },
  'agenda/duplicate-item-id': {
    description: 'Sak-id-ar er unike innanfor eit møte',
    messages: {
      default: m((d) => `Ei sak til har id-en ${code(d.id)}: referatet kan ikkje skilje dei to sakene.`, () => 'Gje kvar sak sin eigen id (`1` og `"1"` er same id).'),
    },
  },
  'agenda/decide-without-proposal': {
    description: 'Ei vedtakssak har framlegg til vedtak',
    messages: {
      default: m((d) => `Sak ${item(d)} er ei vedtakssak utan \`proposal\` (framlegg til vedtak): etatane kan ikkje forankre eit standpunkt til eit vedtak dei ikkje har sett.`, () => 'Legg til `proposal:` med vedtaket forumet vert bede om å gjere, eller gjer saka til `kind: discuss`.'),
      placeholder: m((d) => `Framlegget til vedtak i sak ${item(d)}, ${code(String(d.proposal))}, er ein plasshaldar: etatane kan ikkje forankre eit standpunkt til eit vedtak dei ikkje har sett.`, () => 'Skriv vedtaket forumet vert bede om å gjere, med dei orda det skal protokollerast med.'),
    },
  },
  'agenda/decide-without-papers': {
    description: 'Ei vedtakssak har saksframlegg',
    messages: {
      default: m((d) => `Sak ${item(d)} er ei vedtakssak utan \`papers\`: eit vedtak utan saksframlegg er eit vedtak utan saksførebuing.`, () => 'Skriv saksframlegget (`etat paper new`) og før det opp i `papers`, eller gjer saka til `kind: discuss`.'),
    },
  },
  'agenda/paper-missing': {
    description: 'Saksframlegg som er førte opp, finst i repositoriet',
    messages: {
      default: m((d) => `Saksframlegget ${code(d.target)} finst ikkje i repositoriet (såg etter ${code(d.resolved)}): deltakarane hadde det ikkje.`, (d) => (d.suggestion ? `Meinte du ${code(d.suggestion)}? Rett stien, eller legg til fila; stien er relativ til denne saklista.` : 'Legg til fila, eller rett stien; han er relativ til denne saklista.')),
    },
  },
  'agenda/paper-incomplete': {
    description: 'Eit saksframlegg til vedtak har tilråding og framlegg til vedtak',
    messages: {
      both: m((d) => `Dette saksframlegget til sak ${item(d)} har verken tilråding eller framlegg til vedtak.`, () => 'Legg til `## Tilråding` (kva som vert tilrådd, og kvifor) og `## Framlegg til vedtak`.'),
      recommendation: m((d) => `Dette saksframlegget til sak ${item(d)} har inga tilråding.`, () => 'Legg til `## Tilråding`: kva tiltak som vert tilrådd, og kvifor.'),
      proposal: m((d) => `Dette saksframlegget til sak ${item(d)} har ikkje noko framlegg til vedtak.`, () => 'Legg til `## Framlegg til vedtak` med vedtaket forumet vert bede om å gjere.'),
    },
  },
  'agenda/paper-unfilled': {
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
