import { code, type Lang } from '../i18n/lang.js';
import { excerpt } from '../i18n/excerpt.js';
import { m, type NoData, type RuleWords } from '../i18n/rule-words.js';
import type { FileProblem } from './source.js';

/** The words of the `file/encoding` rule. */
export interface EncodingMessages {
  binary: NoData;
  'not-utf8': NoData;
  notFile: NoData;
}

export const encodingWords: RuleWords<EncodingMessages> = {
  en: {
    description: 'Files must be UTF-8 text',
    messages: {
      binary: m(() => 'This is a binary file, not text, so it cannot be checked.', () => 'Put PDFs and Word documents in `papers/` and list them in `papers`; agendas and minutes are Markdown text.'),
      'not-utf8': m(() => 'This file is not UTF-8 text, so it cannot be read or checked.', () => 'Save it as UTF-8 (in most editors: Save with encoding → UTF-8).'),
      notFile: m(() => 'This is not a file but a folder, a pipe or a device (or a link to one), so it was not read.', () => 'Put the file itself here, with its text.'),
    },
  },
  nb: {
    description: 'Filer må være UTF-8-tekst',
    messages: {
      binary: m(() => 'Dette er en binærfil, ikke tekst, og kan ikke sjekkes.', () => 'Legg PDF- og Word-dokumenter i `papers/` og før dem opp i `papers`; sakslister og referater er Markdown-tekst.'),
      'not-utf8': m(() => 'Filen er ikke UTF-8-tekst og kan ikke leses eller sjekkes.', () => 'Lagre den som UTF-8 (i de fleste redigeringsprogrammer: Lagre med koding → UTF-8).'),
      notFile: m(() => 'Dette er ikke en fil, men en mappe, et rør eller en enhet (eller en lenke til en), så det ble ikke lest.', () => 'Legg selve filen her, med teksten sin.'),
    },
  },
  nn: {
    description: 'Filer må vere UTF-8-tekst',
    messages: {
      binary: m(() => 'Dette er ei binærfil, ikkje tekst, og kan ikkje sjekkast.', () => 'Legg PDF- og Word-dokument i `papers/` og før dei opp i `papers`; saklister og referat er Markdown-tekst.'),
      'not-utf8': m(() => 'Fila er ikkje UTF-8-tekst og kan ikkje lesast eller sjekkast.', () => 'Lagre ho som UTF-8 (i dei fleste redigeringsprogram: Lagre med koding → UTF-8).'),
      notFile: m(() => 'Dette er ikkje ei fil, men ei mappe, eit røyr eller ei eining (eller ei lenkje til ei), så det vart ikkje lese.', () => 'Legg sjølve fila her, med teksten sin.'),
    },
  },
};

/** The words of the `file/front-matter-missing` rule. */
export interface FrontMatterMissingMessages {
  missing: NoData;
  unclosed: NoData;
}

export const frontMatterMissingWords: RuleWords<FrontMatterMissingMessages> = {
  en: {
    description: 'Agendas, minutes and case files start with YAML front matter',
    messages: {
      missing: m(() => 'The file has no front matter, so nothing in it can be checked.', () => 'Start the file with `---`, the YAML keys of its type (`etat schema agenda` lists them), and a closing `---`.'),
      unclosed: m(() => 'The front matter is never closed: there is no `---` line after it.', () => 'Add a line `---` after the last YAML key, before the Markdown text.'),
    },
  },
  nb: {
    description: 'Sakslister, referater og saksfiler begynner med YAML-forsats (front matter)',
    messages: {
      missing: m(() => 'Filen har ingen forsats (front matter), så ingenting i den kan sjekkes.', () => 'Begynn filen med `---`, YAML-nøklene for filtypen (`etat schema agenda` lister dem) og en avsluttende `---`.'),
      unclosed: m(() => 'Forsatsen blir aldri avsluttet: det kommer ingen `---`-linje etter den.', () => 'Legg til en linje `---` etter den siste YAML-nøkkelen, før Markdown-teksten.'),
    },
  },
  nn: {
    description: 'Saklister, referat og saksfiler byrjar med YAML-forsats (front matter)',
    messages: {
      missing: m(() => 'Fila har ingen forsats (front matter), så ingenting i henne kan sjekkast.', () => 'Byrj fila med `---`, YAML-nøklane for filtypen (`etat schema agenda` listar dei) og ein avsluttande `---`.'),
      unclosed: m(() => 'Forsatsen vert aldri avslutta: det kjem inga `---`-linje etter han.', () => 'Legg til ei linje `---` etter den siste YAML-nøkkelen, før Markdown-teksten.'),
    },
  },
};

/** The words of the `file/yaml-syntax` rule. */
export interface YamlSyntaxMessages {
  syntax: { code: unknown };
  flowThenBlock: { key: unknown; flow: unknown };
  tab: NoData;
  unclosedQuote: { quote: unknown };
  unclosedFlow: { open: unknown; close: unknown };
  duplicateKey: { key: unknown };
  colonInValue: { key: unknown; suggestion: unknown };
  reservedStart: { char: unknown; suggestion: unknown };
  aliases: { max: unknown };
  expansion: { max: unknown };
  recursive: NoData;
  depth: { max: unknown };
  bareCr: NoData;
}

export const yamlSyntaxWords: RuleWords<YamlSyntaxMessages> = {
  en: {
    description: 'Front matter must be valid YAML',
    messages: {
      syntax: m((d) => `The front matter is not valid YAML here (${code(d.code)}), so the file cannot be checked.`, () => 'Common causes: a `:` or `#` in an unquoted value (quote it), a tab used for indentation, or a key written twice.'),
      flowThenBlock: m((d) => `${code(d.key)} is written as ${code(d.flow)}, which means empty, yet indented lines follow it: YAML cannot read both, so the file cannot be checked.`, (d) => `Delete the ${code(d.flow)} after ${code(`${excerpt(d.key)}:`)} and keep the indented lines below it.`),
      tab: m(() => 'A tab is used for indentation here; YAML allows only spaces, so the file cannot be checked.', () => 'Replace the tab with spaces (in most editors: Convert Indentation to Spaces).'),
      unclosedQuote: m((d) => `The quote ${code(d.quote)} opened here is never closed, so the rest of the front matter would be one text, and the file cannot be checked.`, (d) => `Add the closing ${code(d.quote)} at the end of the value. A ${code(d.quote)} inside the value is written ${code(d.quote === '"' ? '\\"' : "''")}.`),
      unclosedFlow: m((d) => `The ${code(d.open)} opened here is never closed with ${code(d.close)}, so the file cannot be checked.`, (d) => `Add ${code(d.close)} after the last entry, on the same line.`),
      duplicateKey: m((d) => `The key ${code(d.key)} is written twice here; YAML cannot tell which value counts, so the file cannot be checked.`, (d) => `Keep one ${code(d.key)}: delete the other, or merge the two.`),
      colonInValue: m((d) => `The value of ${code(d.key)} has a \`: \` in it, which YAML reads as the start of another key, so the file cannot be checked.`, (d) => `Put the value in quotes: ${code(d.suggestion)}.`),
      reservedStart: m((d) => `A value starts with ${code(d.char)} here; YAML reserves that character at the start of a value, so the file cannot be checked.`, (d) => `Put the value in quotes: ${code(d.suggestion)}.`),
      aliases: m((d) => `The front matter expands more than ${String(d.max)} aliases, so it was not read.`, () => 'Write the values out instead of repeating anchors (`*name`).'),
      expansion: m((d) => `The front matter's aliases would make it hold more than ${String(d.max)} values once written out, so it was not read.`, () => 'Write the values out instead of naming a long list or map with an anchor (`*name`, `<<: *name`) many times.'),
      recursive: m(() => 'The front matter has an alias inside the value it names (`&x [*x]`): a value that contains itself cannot be read.', () => 'Write the value out instead of referring to it from inside itself.'),
      depth: m((d) => `The front matter nests lists and maps more than ${String(d.max)} levels deep here, so it was not read.`, () => 'No agenda, minutes or case needs such nesting: check the indentation and the brackets.'),
      bareCr: m(() => 'The front matter has a carriage return that ends no line here: YAML readers disagree on whether it breaks the line, so what etat reads could differ from what your editor shows.', () => 'Save the file with LF or CRLF line endings, or remove the stray character.'),
    },
  },
  nb: {
    description: 'Forsatsen må være gyldig YAML',
    messages: {
      syntax: m((d) => `Forsatsen er ikke gyldig YAML her (${code(d.code)}), så filen kan ikke sjekkes.`, () => 'Vanlige årsaker: `:` eller `#` i en verdi uten anførselstegn (sett den i anførselstegn), tabulator brukt til innrykk, eller en nøkkel som står to ganger.'),
      flowThenBlock: m((d) => `${code(d.key)} er skrevet som ${code(d.flow)}, som betyr tom, men det følger innrykkede linjer etter den: YAML kan ikke lese begge deler, så filen kan ikke sjekkes.`, (d) => `Slett ${code(d.flow)} etter ${code(`${excerpt(d.key)}:`)} og behold de innrykkede linjene under.`),
      tab: m(() => 'Her er en tabulator brukt til innrykk; YAML tillater bare mellomrom, så filen kan ikke sjekkes.', () => 'Bytt tabulatoren ut med mellomrom (i de fleste redigeringsprogrammer: Konverter innrykk til mellomrom).'),
      unclosedQuote: m((d) => `Anførselstegnet ${code(d.quote)} som åpnes her, blir aldri lukket, så resten av forsatsen ville blitt én tekst, og filen kan ikke sjekkes.`, (d) => `Legg til det avsluttende ${code(d.quote)} på slutten av verdien. Et ${code(d.quote)} inne i verdien skrives ${code(d.quote === '"' ? '\\"' : "''")}.`),
      unclosedFlow: m((d) => `${code(d.open)} som åpnes her, blir aldri lukket med ${code(d.close)}, så filen kan ikke sjekkes.`, (d) => `Legg til ${code(d.close)} etter det siste elementet, på samme linje.`),
      duplicateKey: m((d) => `Nøkkelen ${code(d.key)} står to ganger her; YAML kan ikke avgjøre hvilken verdi som gjelder, så filen kan ikke sjekkes.`, (d) => `Behold én ${code(d.key)}: slett den andre, eller slå dem sammen.`),
      colonInValue: m((d) => `Verdien av ${code(d.key)} inneholder \`: \`, som YAML leser som starten på en ny nøkkel, så filen kan ikke sjekkes.`, (d) => `Sett verdien i anførselstegn: ${code(d.suggestion)}.`),
      reservedStart: m((d) => `En verdi begynner med ${code(d.char)} her; YAML reserverer det tegnet i starten av en verdi, så filen kan ikke sjekkes.`, (d) => `Sett verdien i anførselstegn: ${code(d.suggestion)}.`),
      aliases: m((d) => `Forsatsen utvider mer enn ${String(d.max)} aliaser, så den ble ikke lest.`, () => 'Skriv verdiene ut i stedet for å gjenta ankre (`*navn`).'),
      expansion: m((d) => `Aliasene i forsatsen ville gjort at den inneholdt mer enn ${String(d.max)} verdier når de skrives ut, så den ble ikke lest.`, () => 'Skriv verdiene ut i stedet for å vise mange ganger til en lang liste eller tabell med et anker (`*navn`, `<<: *navn`).'),
      recursive: m(() => 'Forsatsen har et alias inne i verdien det viser til (`&x [*x]`): en verdi som inneholder seg selv, kan ikke leses.', () => 'Skriv verdien ut i stedet for å vise til den fra innsiden av seg selv.'),
      depth: m((d) => `Forsatsen nøster lister og nøkler mer enn ${String(d.max)} nivåer dypt her, så den ble ikke lest.`, () => 'Ingen saksliste, referat eller sak trenger slik nøsting: sjekk innrykk og parenteser.'),
      bareCr: m(() => 'Forsatsen har et linjeskift uten linjemating (CR) her: YAML-lesere er uenige om det bryter linjen, så det etat leser, kan avvike fra det redigeringsprogrammet viser.', () => 'Lagre filen med LF- eller CRLF-linjeskift, eller fjern tegnet.'),
    },
  },
  nn: {
    description: 'Forsatsen må vere gyldig YAML',
    messages: {
      syntax: m((d) => `Forsatsen er ikkje gyldig YAML her (${code(d.code)}), så fila kan ikkje sjekkast.`, () => 'Vanlege årsaker: `:` eller `#` i ein verdi utan hermeteikn (set han i hermeteikn), tabulator brukt til innrykk, eller ein nøkkel som står to gonger.'),
      flowThenBlock: m((d) => `${code(d.key)} er skriven som ${code(d.flow)}, som tyder tom, men det følgjer innrykte linjer etter han: YAML kan ikkje lese begge delar, så fila kan ikkje sjekkast.`, (d) => `Slett ${code(d.flow)} etter ${code(`${excerpt(d.key)}:`)} og behald dei innrykte linjene under.`),
      tab: m(() => 'Her er ein tabulator brukt til innrykk; YAML tillèt berre mellomrom, så fila kan ikkje sjekkast.', () => 'Byt ut tabulatoren med mellomrom (i dei fleste redigeringsprogram: Konverter innrykk til mellomrom).'),
      unclosedQuote: m((d) => `Hermeteiknet ${code(d.quote)} som vert opna her, vert aldri lukka, så resten av forsatsen ville vorte éin tekst, og fila kan ikkje sjekkast.`, (d) => `Legg til det avsluttande ${code(d.quote)} på slutten av verdien. Eit ${code(d.quote)} inne i verdien vert skrive ${code(d.quote === '"' ? '\\"' : "''")}.`),
      unclosedFlow: m((d) => `${code(d.open)} som vert opna her, vert aldri lukka med ${code(d.close)}, så fila kan ikkje sjekkast.`, (d) => `Legg til ${code(d.close)} etter det siste elementet, på same linja.`),
      duplicateKey: m((d) => `Nøkkelen ${code(d.key)} står to gonger her; YAML kan ikkje avgjere kva verdi som gjeld, så fila kan ikkje sjekkast.`, (d) => `Behald éin ${code(d.key)}: slett den andre, eller slå dei saman.`),
      colonInValue: m((d) => `Verdien av ${code(d.key)} inneheld \`: \`, som YAML les som starten på ein ny nøkkel, så fila kan ikkje sjekkast.`, (d) => `Set verdien i hermeteikn: ${code(d.suggestion)}.`),
      reservedStart: m((d) => `Ein verdi byrjar med ${code(d.char)} her; YAML reserverer det teiknet i starten av ein verdi, så fila kan ikkje sjekkast.`, (d) => `Set verdien i hermeteikn: ${code(d.suggestion)}.`),
      aliases: m((d) => `Forsatsen utvidar meir enn ${String(d.max)} aliasar, så han vart ikkje lesen.`, () => 'Skriv verdiane ut i staden for å gjenta anker (`*namn`).'),
      expansion: m((d) => `Aliasane i forsatsen ville gjort at han inneheldt meir enn ${String(d.max)} verdiar når dei vert skrivne ut, så han vart ikkje lesen.`, () => 'Skriv verdiane ut i staden for å vise mange gonger til ei lang liste eller tabell med eit anker (`*namn`, `<<: *namn`).'),
      recursive: m(() => 'Forsatsen har eit alias inne i verdien det viser til (`&x [*x]`): ein verdi som inneheld seg sjølv, kan ikkje lesast.', () => 'Skriv verdien ut i staden for å vise til han frå innsida av seg sjølv.'),
      depth: m((d) => `Forsatsen nøstar lister og nøklar meir enn ${String(d.max)} nivå djupt her, så han vart ikkje lesen.`, () => 'Inga saksliste, referat eller sak treng slik nøsting: sjekk innrykk og parentesar.'),
      bareCr: m(() => 'Forsatsen har eit linjeskift utan linjemating (CR) her: YAML-lesarar er usamde om det bryt linja, så det etat les, kan avvike frå det redigeringsprogrammet viser.', () => 'Lagra fila med LF- eller CRLF-linjeskift, eller fjern teiknet.'),
    },
  },
};

/** The words of the `file/too-large` rule. */
export interface TooLargeMessages {
  frontMatter: { size: unknown; max: unknown };
  file: { size: unknown; max: unknown };
  paper: { size: unknown; max: unknown };
}

export const tooLargeWords: RuleWords<TooLargeMessages> = {
  en: {
    description: 'Files stay within the sizes etat reads',
    messages: {
      frontMatter: m((d) => `The front matter is ${String(d.size)}; etat reads front matter of up to ${String(d.max)}, so this was not read.`, () => 'Move long text from the front matter into the Markdown body or a case paper.'),
      file: m((d) => `This file is ${String(d.size)}; etat reads agendas, minutes and case files of up to ${String(d.max)}, so it was not read.`, () => 'Move long text into case papers, and attachments into files of their own.'),
      paper: m((d) => `This case paper is ${String(d.size)}; etat reads Markdown papers of up to ${String(d.max)}, so its headings were not checked.`, () => 'Split the paper, or move appendices into files of their own (a PDF is only checked to exist).'),
    },
  },
  nb: {
    description: 'Filer holder seg innenfor størrelsene etat leser',
    messages: {
      frontMatter: m((d) => `Forsatsen er ${String(d.size)}; etat leser forsatser på opptil ${String(d.max)}, så denne ble ikke lest.`, () => 'Flytt lang tekst fra forsatsen til Markdown-teksten eller et saksfremlegg.'),
      file: m((d) => `Filen er ${String(d.size)}; etat leser sakslister, referater og saksfiler på opptil ${String(d.max)}, så den ble ikke lest.`, () => 'Flytt lang tekst til saksfremlegg, og vedlegg til egne filer.'),
      paper: m((d) => `Saksfremlegget er ${String(d.size)}; etat leser Markdown-saksfremlegg på opptil ${String(d.max)}, så overskriftene ble ikke sjekket.`, () => 'Del opp saksfremlegget, eller flytt vedlegg til egne filer (en PDF sjekkes bare for at den finnes).'),
    },
  },
  nn: {
    description: 'Filer held seg innanfor storleikane etat les',
    messages: {
      frontMatter: m((d) => `Forsatsen er ${String(d.size)}; etat les forsatsar på opptil ${String(d.max)}, så denne vart ikkje lesen.`, () => 'Flytt lang tekst frå forsatsen til Markdown-teksten eller eit saksframlegg.'),
      file: m((d) => `Fila er ${String(d.size)}; etat les saklister, referat og saksfiler på opptil ${String(d.max)}, så ho vart ikkje lesen.`, () => 'Flytt lang tekst til saksframlegg, og vedlegg til eigne filer.'),
      paper: m((d) => `Saksframlegget er ${String(d.size)}; etat les Markdown-saksframlegg på opptil ${String(d.max)}, så overskriftene vart ikkje sjekka.`, () => 'Del opp saksframlegget, eller flytt vedlegg til eigne filer (ein PDF vert berre sjekka for at han finst).'),
    },
  },
};
const fileWords = {
  'file/encoding': encodingWords,
  'file/front-matter-missing': frontMatterMissingWords,
  'file/yaml-syntax': yamlSyntaxWords,
  'file/too-large': tooLargeWords,
} satisfies Record<FileProblem['ruleId'], RuleWords>;

/** What a file problem says, in one language: the words its `file/*` rule reports it in (`etat.yml` is read before any rule). */
export function sayFileProblem(lang: Lang, problem: FileProblem): { reason: string; hint: string } {
  const message = (fileWords[problem.ruleId] as RuleWords)[lang].messages[problem.messageId];
  if (!message) throw new Error(`No ${lang} message ${problem.messageId} for rule ${problem.ruleId}`);
  return { reason: message.reason(problem.data), hint: message.hint(problem.data) };
}
