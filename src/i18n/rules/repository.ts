import { code } from '../lang.js';
import { excerpt } from '../excerpt.js';
import { message as m, type RuleCatalogue } from './types.js';

/** Messages of the rules about files, schemas, configuration and meeting folders. */

const didYouMean = { en: (s: unknown) => (s ? ` Did you mean ${code(s)}?` : ''), nb: (s: unknown) => (s ? ` Mente du ${code(s)}?` : ''), nn: (s: unknown) => (s ? ` Meinte du ${code(s)}?` : '') };

export const en = {
  'file/encoding': {
    description: 'Files must be UTF-8 text',
    messages: {
      binary: m(() => 'This is a binary file, not text, so it cannot be checked.', () => 'Put PDFs and Word documents in `papers/` and list them in `papers`; agendas and minutes are Markdown text.'),
      'not-utf8': m(() => 'This file is not UTF-8 text, so it cannot be read or checked.', () => 'Save it as UTF-8 (in most editors: Save with encoding → UTF-8).'),
      notFile: m(() => 'This is not a file but a folder, a pipe or a device (or a link to one), so it was not read.', () => 'Put the file itself here, with its text.'),
    },
  },
  'file/front-matter-missing': {
    description: 'Agendas, minutes and case files start with YAML front matter',
    messages: {
      missing: m(() => 'The file has no front matter, so nothing in it can be checked.', () => 'Start the file with `---`, the YAML keys of its type (`etat schema agenda` lists them), and a closing `---`.'),
      unclosed: m(() => 'The front matter is never closed: there is no `---` line after it.', () => 'Add a line `---` after the last YAML key, before the Markdown text.'),
    },
  },
  'file/yaml-syntax': {
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
  'file/too-large': {
    description: 'Files stay within the sizes etat reads',
    messages: {
      frontMatter: m((d) => `The front matter is ${String(d.size)}; etat reads front matter of up to ${String(d.max)}, so this was not read.`, () => 'Move long text from the front matter into the Markdown body or a case paper.'),
      file: m((d) => `This file is ${String(d.size)}; etat reads agendas, minutes and case files of up to ${String(d.max)}, so it was not read.`, () => 'Move long text into case papers, and attachments into files of their own.'),
      paper: m((d) => `This case paper is ${String(d.size)}; etat reads Markdown papers of up to ${String(d.max)}, so its headings were not checked.`, () => 'Split the paper, or move appendices into files of their own (a PDF is only checked to exist).'),
    },
  },
  'file/outside-repository': {
    description: 'Paths and links must stay inside the repository',
    messages: {
      link: m((d) => `${code(d.path)} is a symbolic link to a file outside the repository; it was not read.`, () => 'Replace the link with the file itself, so that it is versioned and available to everyone.'),
      paper: m((d) => `The paper path ${code(d.target)} leaves the repository; what is not in the repository was not available to the participants.`, () => 'Copy the paper into this meeting\'s `papers/` folder and list it as `papers/<name>`.'),
      backslash: m((d) => `The paper path ${code(d.target)} is written with \`\\\`: paths in etat's files use \`/\`, on every system, so this one names no file in the repository.`, (d) => `Write it as ${code(d.suggestion)}.`),
    },
  },
  'schema/invalid': {
    description: 'Front matter must follow the JSON Schema of its type',
    messages: {},
  },
  'config/unknown-forum': {
    description: 'Fora must be defined in etat.yml',
    messages: {
      default: m((d) => `The forum ${code(d.forum)} is not defined in \`etat.yml\`, so its members, quorum and deadlines are unknown.${didYouMean.en(d.suggestion)}`, (d) => (d.known ? `Use one of ${String(d.known)}, or add the forum under \`fora\` in \`etat.yml\`.` : `\`etat.yml\` has no fora yet: add ${code(d.forum)} under \`fora\`, with its name, members and quorum (\`etat schema etat\` describes the keys).`)),
      referredTo: m((d) => `The item is referred to ${code(d.forum)}, which is not a forum in \`etat.yml\`: the case would be lost on its way.${didYouMean.en(d.suggestion)}`, (d) => (d.known ? `Use one of ${String(d.known)}.` : `\`etat.yml\` has no fora yet: add ${code(d.forum)} under \`fora\`, or refer the item to a forum that is there.`)),
    },
  },
  'config/unknown-agency': {
    description: 'Agencies must be defined in etat.yml',
    messages: {
      default: m((d) => `The agency ${code(d.agency)} is not defined in \`etat.yml\`, so this responsibility or attendance belongs to nobody.${didYouMean.en(d.suggestion)}`, () => 'Use an id from `agencies` in `etat.yml`, or add the agency there.'),
      member: m((d) => `The forum ${code(d.forum)} lists ${code(d.agency)} as a member, but there is no such agency under \`agencies\`.`, () => 'Add the agency under `agencies`, or correct the id.'),
    },
  },
  'meeting/path-mismatch': {
    description: "Front matter must agree with the meeting's folder",
    messages: {
      forum: m((d) => `The front matter says forum ${code(d.written)}, but the file is in the folder of ${code(d.folder)}.`, (d) => `Write \`forum: ${excerpt(d.folder)}\`, or move the file to \`meetings/${excerpt(d.written)}/\`.`),
      date: m((d) => `The front matter says date ${code(d.written)}, but the file is in the folder ${code(d.folder)}.`, (d) => `Write the folder's date, \`date: ${excerpt(d.date)}\`, or move the file to \`…/${excerpt(d.iso)}/\`.`),
      dateForm: m((d) => `The front matter writes the date as ${code(d.written)}; the folder writes it ${code(d.folder)}.`, (d) => `Write \`date: ${excerpt(d.date)}\`: dates are written YYYY-MM-DD.`),
      dateUnreadable: m((d) => `The front matter says date ${code(d.written)}, which is not a date, and the file is in the folder ${code(d.folder)}.`, (d) => `Write the folder's date, \`date: ${excerpt(d.date)}\`.`),
      folder: m((d) => `The folder ${code(d.folder)} is not a date, so this meeting has no date.`, () => 'Name the folder after the meeting\'s date, `YYYY-MM-DD` (a second meeting that day: `YYYY-MM-DD-2`).'),
      caseId: m((d) => `The case id ${code(d.written)} is not the file's name ${code(d.name)}; items that name the case will not find it.`, (d) => `Write \`id: ${excerpt(d.name)}\`, or rename the file to \`cases/${excerpt(d.written)}.md\`.`),
    },
  },
} satisfies RuleCatalogue;

type Catalogue = typeof en;

export const nb: Catalogue = {
  'file/encoding': {
    description: 'Filer må være UTF-8-tekst',
    messages: {
      binary: m(() => 'Dette er en binærfil, ikke tekst, og kan ikke sjekkes.', () => 'Legg PDF- og Word-dokumenter i `papers/` og før dem opp i `papers`; sakslister og referater er Markdown-tekst.'),
      'not-utf8': m(() => 'Filen er ikke UTF-8-tekst og kan ikke leses eller sjekkes.', () => 'Lagre den som UTF-8 (i de fleste redigeringsprogrammer: Lagre med koding → UTF-8).'),
      notFile: m(() => 'Dette er ikke en fil, men en mappe, et rør eller en enhet (eller en lenke til en), så det ble ikke lest.', () => 'Legg selve filen her, med teksten sin.'),
    },
  },
  'file/front-matter-missing': {
    description: 'Sakslister, referater og saksfiler begynner med YAML-forsats (front matter)',
    messages: {
      missing: m(() => 'Filen har ingen forsats (front matter), så ingenting i den kan sjekkes.', () => 'Begynn filen med `---`, YAML-nøklene for filtypen (`etat schema agenda` lister dem) og en avsluttende `---`.'),
      unclosed: m(() => 'Forsatsen blir aldri avsluttet: det kommer ingen `---`-linje etter den.', () => 'Legg til en linje `---` etter den siste YAML-nøkkelen, før Markdown-teksten.'),
    },
  },
  'file/yaml-syntax': {
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
  'file/too-large': {
    description: 'Filer holder seg innenfor størrelsene etat leser',
    messages: {
      frontMatter: m((d) => `Forsatsen er ${String(d.size)}; etat leser forsatser på opptil ${String(d.max)}, så denne ble ikke lest.`, () => 'Flytt lang tekst fra forsatsen til Markdown-teksten eller et saksfremlegg.'),
      file: m((d) => `Filen er ${String(d.size)}; etat leser sakslister, referater og saksfiler på opptil ${String(d.max)}, så den ble ikke lest.`, () => 'Flytt lang tekst til saksfremlegg, og vedlegg til egne filer.'),
      paper: m((d) => `Saksfremlegget er ${String(d.size)}; etat leser Markdown-saksfremlegg på opptil ${String(d.max)}, så overskriftene ble ikke sjekket.`, () => 'Del opp saksfremlegget, eller flytt vedlegg til egne filer (en PDF sjekkes bare for at den finnes).'),
    },
  },
  'file/outside-repository': {
    description: 'Stier og lenker må holde seg innenfor repositoriet',
    messages: {
      link: m((d) => `${code(d.path)} er en symbolsk lenke til en fil utenfor repositoriet; den ble ikke lest.`, () => 'Erstatt lenken med selve filen, så den er versjonert og tilgjengelig for alle.'),
      paper: m((d) => `Stien ${code(d.target)} til saksfremlegget går ut av repositoriet; det som ikke ligger i repositoriet, var ikke tilgjengelig for deltakerne.`, () => 'Kopier saksfremlegget inn i møtets `papers/`-mappe og før det opp som `papers/<navn>`.'),
      backslash: m((d) => `Stien ${code(d.target)} til saksfremlegget er skrevet med \`\\\`: stier i etats filer bruker \`/\` på alle systemer, så denne peker ikke på noen fil i repositoriet.`, (d) => `Skriv den som ${code(d.suggestion)}.`),
    },
  },
  'schema/invalid': {
    description: 'Forsatsen må følge JSON-skjemaet for filtypen',
    messages: {},
  },
  'config/unknown-forum': {
    description: 'Fora må være definert i etat.yml',
    messages: {
      default: m((d) => `Forumet ${code(d.forum)} er ikke definert i \`etat.yml\`, så medlemmer, beslutningsdyktighet og frister er ukjent.${didYouMean.nb(d.suggestion)}`, (d) => (d.known ? `Bruk ${String(d.known)}, eller legg forumet til under \`fora\` i \`etat.yml\`.` : `\`etat.yml\` har ingen fora ennå: legg ${code(d.forum)} til under \`fora\`, med navn, medlemmer og beslutningsdyktighet (\`etat schema etat\` beskriver nøklene).`)),
      referredTo: m((d) => `Saken er oversendt ${code(d.forum)}, som ikke er et forum i \`etat.yml\`: saken ville blitt borte på veien.${didYouMean.nb(d.suggestion)}`, (d) => (d.known ? `Bruk ${String(d.known)}.` : `\`etat.yml\` har ingen fora ennå: legg ${code(d.forum)} til under \`fora\`, eller send saken til et forum som finnes der.`)),
    },
  },
  'config/unknown-agency': {
    description: 'Etater må være definert i etat.yml',
    messages: {
      default: m((d) => `Etaten ${code(d.agency)} er ikke definert i \`etat.yml\`, så dette ansvaret eller oppmøtet tilhører ingen.${didYouMean.nb(d.suggestion)}`, () => 'Bruk en id fra `agencies` i `etat.yml`, eller legg etaten til der.'),
      member: m((d) => `Forumet ${code(d.forum)} har ${code(d.agency)} som medlem, men det finnes ingen slik etat under \`agencies\`.`, () => 'Legg etaten til under `agencies`, eller rett id-en.'),
    },
  },
  'meeting/path-mismatch': {
    description: 'Forsatsen må stemme med møtets mappe',
    messages: {
      forum: m((d) => `Forsatsen sier forum ${code(d.written)}, men filen ligger i mappen til ${code(d.folder)}.`, (d) => `Skriv \`forum: ${excerpt(d.folder)}\`, eller flytt filen til \`meetings/${excerpt(d.written)}/\`.`),
      date: m((d) => `Forsatsen sier dato ${code(d.written)}, men filen ligger i mappen ${code(d.folder)}.`, (d) => `Skriv mappens dato, \`date: ${excerpt(d.date)}\`, eller flytt filen til \`…/${excerpt(d.iso)}/\`.`),
      dateForm: m((d) => `Forsatsen skriver datoen som ${code(d.written)}; mappen skriver den ${code(d.folder)}.`, (d) => `Skriv \`date: ${excerpt(d.date)}\`: datoer skrives ÅÅÅÅ-MM-DD.`),
      dateUnreadable: m((d) => `Forsatsen sier dato ${code(d.written)}, som ikke er en dato, og filen ligger i mappen ${code(d.folder)}.`, (d) => `Skriv mappens dato, \`date: ${excerpt(d.date)}\`.`),
      folder: m((d) => `Mappen ${code(d.folder)} er ikke en dato, så møtet har ingen dato.`, () => 'Gi mappen møtets dato, `ÅÅÅÅ-MM-DD` (et møte nummer to samme dag: `ÅÅÅÅ-MM-DD-2`).'),
      caseId: m((d) => `Saks-id-en ${code(d.written)} er ikke filnavnet ${code(d.name)}; saker som viser til saken, finner den ikke.`, (d) => `Skriv \`id: ${excerpt(d.name)}\`, eller gi filen navnet \`cases/${excerpt(d.written)}.md\`.`),
    },
  },
};

export const nn: Catalogue = {
  'file/encoding': {
    description: 'Filer må vere UTF-8-tekst',
    messages: {
      binary: m(() => 'Dette er ei binærfil, ikkje tekst, og kan ikkje sjekkast.', () => 'Legg PDF- og Word-dokument i `papers/` og før dei opp i `papers`; saklister og referat er Markdown-tekst.'),
      'not-utf8': m(() => 'Fila er ikkje UTF-8-tekst og kan ikkje lesast eller sjekkast.', () => 'Lagre ho som UTF-8 (i dei fleste redigeringsprogram: Lagre med koding → UTF-8).'),
      notFile: m(() => 'Dette er ikkje ei fil, men ei mappe, eit røyr eller ei eining (eller ei lenkje til ei), så det vart ikkje lese.', () => 'Legg sjølve fila her, med teksten sin.'),
    },
  },
  'file/front-matter-missing': {
    description: 'Saklister, referat og saksfiler byrjar med YAML-forsats (front matter)',
    messages: {
      missing: m(() => 'Fila har ingen forsats (front matter), så ingenting i henne kan sjekkast.', () => 'Byrj fila med `---`, YAML-nøklane for filtypen (`etat schema agenda` listar dei) og ein avsluttande `---`.'),
      unclosed: m(() => 'Forsatsen vert aldri avslutta: det kjem inga `---`-linje etter han.', () => 'Legg til ei linje `---` etter den siste YAML-nøkkelen, før Markdown-teksten.'),
    },
  },
  'file/yaml-syntax': {
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
  'file/too-large': {
    description: 'Filer held seg innanfor storleikane etat les',
    messages: {
      frontMatter: m((d) => `Forsatsen er ${String(d.size)}; etat les forsatsar på opptil ${String(d.max)}, så denne vart ikkje lesen.`, () => 'Flytt lang tekst frå forsatsen til Markdown-teksten eller eit saksframlegg.'),
      file: m((d) => `Fila er ${String(d.size)}; etat les saklister, referat og saksfiler på opptil ${String(d.max)}, så ho vart ikkje lesen.`, () => 'Flytt lang tekst til saksframlegg, og vedlegg til eigne filer.'),
      paper: m((d) => `Saksframlegget er ${String(d.size)}; etat les Markdown-saksframlegg på opptil ${String(d.max)}, så overskriftene vart ikkje sjekka.`, () => 'Del opp saksframlegget, eller flytt vedlegg til eigne filer (ein PDF vert berre sjekka for at han finst).'),
    },
  },
  'file/outside-repository': {
    description: 'Stiar og lenker må halde seg innanfor repositoriet',
    messages: {
      link: m((d) => `${code(d.path)} er ei symbolsk lenke til ei fil utanfor repositoriet; ho vart ikkje lesen.`, () => 'Byt ut lenka med sjølve fila, så ho er versjonert og tilgjengeleg for alle.'),
      paper: m((d) => `Stien ${code(d.target)} til saksframlegget går ut av repositoriet; det som ikkje ligg i repositoriet, var ikkje tilgjengeleg for deltakarane.`, () => 'Kopier saksframlegget inn i `papers/`-mappa til møtet og før det opp som `papers/<namn>`.'),
      backslash: m((d) => `Stien ${code(d.target)} til saksframlegget er skriven med \`\\\`: stiar i filene til etat brukar \`/\` på alle system, så denne peikar ikkje på noka fil i repositoriet.`, (d) => `Skriv han som ${code(d.suggestion)}.`),
    },
  },
  'schema/invalid': {
    description: 'Forsatsen må følgje JSON-skjemaet for filtypen',
    messages: {},
  },
  'config/unknown-forum': {
    description: 'Fora må vere definerte i etat.yml',
    messages: {
      default: m((d) => `Forumet ${code(d.forum)} er ikkje definert i \`etat.yml\`, så medlemer, vedtaksføre og fristar er ukjende.${didYouMean.nn(d.suggestion)}`, (d) => (d.known ? `Bruk ${String(d.known)}, eller legg forumet til under \`fora\` i \`etat.yml\`.` : `\`etat.yml\` har ingen fora enno: legg ${code(d.forum)} til under \`fora\`, med namn, medlemer og vedtaksføre (\`etat schema etat\` skildrar nøklane).`)),
      referredTo: m((d) => `Saka er send over til ${code(d.forum)}, som ikkje er eit forum i \`etat.yml\`: saka ville blitt borte på vegen.${didYouMean.nn(d.suggestion)}`, (d) => (d.known ? `Bruk ${String(d.known)}.` : `\`etat.yml\` har ingen fora enno: legg ${code(d.forum)} til under \`fora\`, eller send saka til eit forum som finst der.`)),
    },
  },
  'config/unknown-agency': {
    description: 'Etatar må vere definerte i etat.yml',
    messages: {
      default: m((d) => `Etaten ${code(d.agency)} er ikkje definert i \`etat.yml\`, så dette ansvaret eller oppmøtet høyrer ikkje til nokon.${didYouMean.nn(d.suggestion)}`, () => 'Bruk ein id frå `agencies` i `etat.yml`, eller legg etaten til der.'),
      member: m((d) => `Forumet ${code(d.forum)} har ${code(d.agency)} som medlem, men det finst ingen slik etat under \`agencies\`.`, () => 'Legg etaten til under `agencies`, eller rett id-en.'),
    },
  },
  'meeting/path-mismatch': {
    description: 'Forsatsen må stemme med mappa til møtet',
    messages: {
      forum: m((d) => `Forsatsen seier forum ${code(d.written)}, men fila ligg i mappa til ${code(d.folder)}.`, (d) => `Skriv \`forum: ${excerpt(d.folder)}\`, eller flytt fila til \`meetings/${excerpt(d.written)}/\`.`),
      date: m((d) => `Forsatsen seier dato ${code(d.written)}, men fila ligg i mappa ${code(d.folder)}.`, (d) => `Skriv datoen til mappa, \`date: ${excerpt(d.date)}\`, eller flytt fila til \`…/${excerpt(d.iso)}/\`.`),
      dateForm: m((d) => `Forsatsen skriv datoen som ${code(d.written)}; mappa skriv han ${code(d.folder)}.`, (d) => `Skriv \`date: ${excerpt(d.date)}\`: datoar vert skrivne ÅÅÅÅ-MM-DD.`),
      dateUnreadable: m((d) => `Forsatsen seier dato ${code(d.written)}, som ikkje er ein dato, og fila ligg i mappa ${code(d.folder)}.`, (d) => `Skriv datoen til mappa, \`date: ${excerpt(d.date)}\`.`),
      folder: m((d) => `Mappa ${code(d.folder)} er ikkje ein dato, så møtet har ingen dato.`, () => 'Gje mappa datoen til møtet, `ÅÅÅÅ-MM-DD` (eit møte nummer to same dag: `ÅÅÅÅ-MM-DD-2`).'),
      caseId: m((d) => `Saks-id-en ${code(d.written)} er ikkje filnamnet ${code(d.name)}; saker som viser til saka, finn henne ikkje.`, (d) => `Skriv \`id: ${excerpt(d.name)}\`, eller gje fila namnet \`cases/${excerpt(d.written)}.md\`.`),
    },
  },
};
