import { code, type Lang } from './lang.js';

/**
 * Everything the CLI itself says: help, summaries and errors. Rule messages
 * live in `i18n/rules/`, schema messages in `i18n/schema.ts`.
 */
/** What is read out of one of commander's (English) error messages: the quoted words, a suggestion. */
export interface Parsed {
  token: string;
  second: string;
  suggestion: string | undefined;
  allowed: string;
}

const en = {
  help: {
    program: 'Meeting governance as code: check agendas, case papers and minutes kept as Markdown in git.',
    cwd: 'run as if started in <dir>',
    lang: 'language of messages: nb, nn or en (default: `language` in etat.yml)',
    version: 'print the version',
    help: 'show help for a command',
    check: 'check the repository, or the meetings under the given paths',
    checkPaths: 'meeting folders or files to check (default: the whole repository)',
    checkFormat: 'output format: pretty, json, sarif, github or junit',
    checkToday: "the date to check against, YYYY-MM-DD (default: today's date)",
    rules: 'list the rules, or print the page of one rule',
    rulesId: 'a rule id, e.g. agenda/purpose-missing',
    schema: 'print the JSON Schema of a file type, for editors',
    schemaType: 'etat (etat.yml), agenda, minutes or case',
    examples: 'Examples:',
    titles: { 'Usage:': 'Usage:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Arguments:': 'Arguments:' } as Record<string, string>,
  },
  summary: {
    clean: (d: { files: number }) => `No problems found in ${d.files} ${d.files === 1 ? 'file' : 'files'}.`,
    counts: (d: { errors: number; warnings: number }) =>
      [d.errors ? `${d.errors} ${d.errors === 1 ? 'error' : 'errors'}` : '', d.warnings ? `${d.warnings} ${d.warnings === 1 ? 'warning' : 'warnings'}` : '']
        .filter(Boolean)
        .join(', '),
    severity: { error: 'error', warn: 'warning' } as Record<'error' | 'warn', string>,
    see: 'see',
    rulesHeader: { id: 'rule', severity: 'severity', description: 'description' },
    off: 'off',
  },
  error: {
    notFound: (d: { dir: string }) => `No ${code('etat.yml')} in ${d.dir} or any folder above it. Run ${code('etat init')} to create a governance repository, or pass ${code('--cwd <dir>')}.`,
    configInvalid: (d: { file: string }) => `${code(d.file)} has problems that must be fixed before anything can be checked:`,
    configUnreadable: (d: { file: string }) => `${code(d.file)} could not be read.`,
    unknownFormat: (d: { format: string; allowed: string }) => `Unknown format ${code(d.format)}: use ${d.allowed}.`,
    unknownLang: (d: { lang: string }) => `Unknown language ${code(d.lang)}: use nb, nn or en.`,
    unknownRule: (d: { id: string }) => `There is no rule ${code(d.id)}. ${code('etat rules')} lists them all.`,
    unknownRuleInConfig: (d: { id: string }) => `There is no rule ${code(d.id)}.`,
    rulesHint: '`etat rules` lists every rule id; check the spelling.',
    unknownSchema: (d: { type: string }) => `There is no schema ${code(d.type)}: use etat, agenda, minutes or case.`,
    pathOutside: (d: { path: string }) => `${code(d.path)} is outside the repository.`,
    pathMissing: (d: { path: string }) => `${code(d.path)} does not exist.`,
    badDate: (d: { value: string }) => `${code(d.value)} is not a date: use YYYY-MM-DD.`,
    commander: {
      'commander.unknownCommand': (d: Parsed) => `Unknown command ${code(d.token)}.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''} See ${code('etat --help')}.`,
      'commander.unknownOption': (d: Parsed) => `Unknown option ${code(d.token)}.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''} See ${code('--help')}.`,
      'commander.missingArgument': (d: Parsed) => `The argument ${code(d.token)} is missing. See ${code('--help')}.`,
      'commander.optionMissingArgument': (d: Parsed) => `The option ${code(d.token)} needs a value.`,
      'commander.invalidArgument': (d: Parsed) => `${code(d.second)} is not a valid value for ${code(d.token)}: use ${d.allowed}.`,
      'commander.excessArguments': (d: Parsed) => `Too many arguments for ${code(d.token)}. See ${code('--help')}.`,
    } as Record<string, (d: Parsed) => string>,
    usage: (d: { message: string }) => d.message,
    internal: (d: { message: string; version: string; node: string }) =>
      `etat stopped on an error it did not expect: ${d.message}\nPlease report it with the command you ran (etat ${d.version}, Node ${d.node}).`,
  },
};

export type CliTexts = typeof en;

const nb: CliTexts = {
  help: {
    program: 'Møtestyring som kode: sjekk sakslister, saksfremlegg og referater som ligger som Markdown i git.',
    cwd: 'kjør som om etat ble startet i <mappe>',
    lang: 'språk for meldinger: nb, nn eller en (standard: `language` i etat.yml)',
    version: 'vis versjonen',
    help: 'vis hjelp for en kommando',
    check: 'sjekk repositoriet, eller møtene under de gitte stiene',
    checkPaths: 'møtemapper eller filer som skal sjekkes (standard: hele repositoriet)',
    checkFormat: 'format: pretty, json, sarif, github eller junit',
    checkToday: 'datoen det sjekkes mot, ÅÅÅÅ-MM-DD (standard: dagens dato)',
    rules: 'list reglene, eller vis siden for én regel',
    rulesId: 'en regel-id, for eksempel agenda/purpose-missing',
    schema: 'skriv ut JSON-skjemaet for en filtype, for redigeringsverktøy',
    schemaType: 'etat (etat.yml), agenda, minutes eller case',
    examples: 'Eksempler:',
    titles: { 'Usage:': 'Bruk:', 'Options:': 'Valg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:' },
  },
  summary: {
    clean: (d) => `Ingen problemer funnet i ${d.files} ${d.files === 1 ? 'fil' : 'filer'}.`,
    counts: (d) =>
      [d.errors ? `${d.errors} feil` : '', d.warnings ? `${d.warnings} ${d.warnings === 1 ? 'advarsel' : 'advarsler'}` : '']
        .filter(Boolean)
        .join(', '),
    severity: { error: 'feil', warn: 'advarsel' },
    see: 'se',
    rulesHeader: { id: 'regel', severity: 'alvorlighet', description: 'beskrivelse' },
    off: 'av',
  },
  error: {
    notFound: (d) => `Fant ingen ${code('etat.yml')} i ${d.dir} eller noen mappe over den. Kjør ${code('etat init')} for å lage et styringsrepositorium, eller bruk ${code('--cwd <mappe>')}.`,
    configInvalid: (d) => `${code(d.file)} har feil som må rettes før noe kan sjekkes:`,
    configUnreadable: (d) => `${code(d.file)} kunne ikke leses.`,
    unknownFormat: (d) => `Ukjent format ${code(d.format)}: bruk ${d.allowed}.`,
    unknownLang: (d) => `Ukjent språk ${code(d.lang)}: bruk nb, nn eller en.`,
    unknownRule: (d) => `Det finnes ingen regel ${code(d.id)}. ${code('etat rules')} lister alle.`,
    unknownRuleInConfig: (d) => `Det finnes ingen regel ${code(d.id)}.`,
    rulesHint: '`etat rules` lister alle regel-id-er; sjekk stavemåten.',
    unknownSchema: (d) => `Det finnes ikke noe skjema ${code(d.type)}: bruk etat, agenda, minutes eller case.`,
    pathOutside: (d) => `${code(d.path)} ligger utenfor repositoriet.`,
    pathMissing: (d) => `${code(d.path)} finnes ikke.`,
    badDate: (d) => `${code(d.value)} er ikke en dato: bruk ÅÅÅÅ-MM-DD.`,
    commander: {
      'commander.unknownCommand': (d) => `Ukjent kommando ${code(d.token)}.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''} Se ${code('etat --help')}.`,
      'commander.unknownOption': (d) => `Ukjent valg ${code(d.token)}.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''} Se ${code('--help')}.`,
      'commander.missingArgument': (d) => `Argumentet ${code(d.token)} mangler. Se ${code('--help')}.`,
      'commander.optionMissingArgument': (d) => `Valget ${code(d.token)} trenger en verdi.`,
      'commander.invalidArgument': (d) => `${code(d.second)} er ikke en gyldig verdi for ${code(d.token)}: bruk ${d.allowed}.`,
      'commander.excessArguments': (d) => `For mange argumenter til ${code(d.token)}. Se ${code('--help')}.`,
    },
    usage: (d) => d.message,
    internal: (d) =>
      `etat stoppet på en feil den ikke ventet: ${d.message}\nMeld gjerne fra med kommandoen du kjørte (etat ${d.version}, Node ${d.node}).`,
  },
};

const nn: CliTexts = {
  help: {
    program: 'Møtestyring som kode: sjekk saklister, saksframlegg og referat som ligg som Markdown i git.',
    cwd: 'køyr som om etat vart starta i <mappe>',
    lang: 'språk for meldingar: nb, nn eller en (standard: `language` i etat.yml)',
    version: 'vis versjonen',
    help: 'vis hjelp for ein kommando',
    check: 'sjekk repositoriet, eller møta under dei gjevne stiane',
    checkPaths: 'møtemapper eller filer som skal sjekkast (standard: heile repositoriet)',
    checkFormat: 'format: pretty, json, sarif, github eller junit',
    checkToday: 'datoen det vert sjekka mot, ÅÅÅÅ-MM-DD (standard: dagens dato)',
    rules: 'list reglane, eller vis sida for éin regel',
    rulesId: 'ein regel-id, til dømes agenda/purpose-missing',
    schema: 'skriv ut JSON-skjemaet for ein filtype, for redigeringsverktøy',
    schemaType: 'etat (etat.yml), agenda, minutes eller case',
    examples: 'Døme:',
    titles: { 'Usage:': 'Bruk:', 'Options:': 'Val:', 'Commands:': 'Kommandoar:', 'Arguments:': 'Argument:' },
  },
  summary: {
    clean: (d) => `Ingen problem funne i ${d.files} ${d.files === 1 ? 'fil' : 'filer'}.`,
    counts: (d) =>
      [d.errors ? `${d.errors} feil` : '', d.warnings ? `${d.warnings} ${d.warnings === 1 ? 'åtvaring' : 'åtvaringar'}` : '']
        .filter(Boolean)
        .join(', '),
    severity: { error: 'feil', warn: 'åtvaring' },
    see: 'sjå',
    rulesHeader: { id: 'regel', severity: 'alvorsgrad', description: 'skildring' },
    off: 'av',
  },
  error: {
    notFound: (d) => `Fann ingen ${code('etat.yml')} i ${d.dir} eller nokon mappe over henne. Køyr ${code('etat init')} for å lage eit styringsrepositorium, eller bruk ${code('--cwd <mappe>')}.`,
    configInvalid: (d) => `${code(d.file)} har feil som må rettast før noko kan sjekkast:`,
    configUnreadable: (d) => `${code(d.file)} kunne ikkje lesast.`,
    unknownFormat: (d) => `Ukjent format ${code(d.format)}: bruk ${d.allowed}.`,
    unknownLang: (d) => `Ukjent språk ${code(d.lang)}: bruk nb, nn eller en.`,
    unknownRule: (d) => `Det finst ingen regel ${code(d.id)}. ${code('etat rules')} listar alle.`,
    unknownRuleInConfig: (d) => `Det finst ingen regel ${code(d.id)}.`,
    rulesHint: '`etat rules` listar alle regel-id-ar; sjekk stavemåten.',
    unknownSchema: (d) => `Det finst ikkje noko skjema ${code(d.type)}: bruk etat, agenda, minutes eller case.`,
    pathOutside: (d) => `${code(d.path)} ligg utanfor repositoriet.`,
    pathMissing: (d) => `${code(d.path)} finst ikkje.`,
    badDate: (d) => `${code(d.value)} er ikkje ein dato: bruk ÅÅÅÅ-MM-DD.`,
    commander: {
      'commander.unknownCommand': (d) => `Ukjend kommando ${code(d.token)}.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''} Sjå ${code('etat --help')}.`,
      'commander.unknownOption': (d) => `Ukjent val ${code(d.token)}.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''} Sjå ${code('--help')}.`,
      'commander.missingArgument': (d) => `Argumentet ${code(d.token)} manglar. Sjå ${code('--help')}.`,
      'commander.optionMissingArgument': (d) => `Valet ${code(d.token)} treng ein verdi.`,
      'commander.invalidArgument': (d) => `${code(d.second)} er ikkje ein gyldig verdi for ${code(d.token)}: bruk ${d.allowed}.`,
      'commander.excessArguments': (d) => `For mange argument til ${code(d.token)}. Sjå ${code('--help')}.`,
    },
    usage: (d) => d.message,
    internal: (d) =>
      `etat stoppa på ein feil han ikkje venta: ${d.message}\nMeld gjerne frå med kommandoen du køyrde (etat ${d.version}, Node ${d.node}).`,
  },
};

export const cliTexts: Record<Lang, CliTexts> = { en, nb, nn };
