import { code, type Lang } from './lang.js';

/**
 * What the CLI says for more than one command: the global help, the words of
 * options several commands share, summaries and the errors raised by shared
 * code. A command's own help words and errors are in its module
 * (`cli/commands/<name>.ts`); rule messages live in `i18n/rules/`, schema
 * messages in `i18n/schema.ts`.
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
    checkToday: "the date to check against, YYYY-MM-DD (default: today's date)",
    today: "act as on this date, YYYY-MM-DD: deadlines and checks are counted from it (default: today's date)",
    examples: 'Examples:',
    choices: 'choices',
    default: 'default',
    force: 'overwrite files that exist (nothing is overwritten without it)',
    meeting: 'the meeting, <forum>/<date>',
    titles: { 'Usage:': 'Usage:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Arguments:': 'Arguments:' } as Record<string, string>,
  },
  summary: {
    clean: (d: { files: number }) => `No problems found in ${d.files} ${d.files === 1 ? 'file' : 'files'}.`,
    counts: (d: { errors: number; warnings: number; notices?: number }) =>
      [
        d.errors ? `${d.errors} ${d.errors === 1 ? 'error' : 'errors'}` : '',
        d.warnings ? `${d.warnings} ${d.warnings === 1 ? 'warning' : 'warnings'}` : '',
        d.notices ? `${d.notices} ${d.notices === 1 ? 'notice' : 'notices'}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    severity: { error: 'error', warn: 'warning', notice: 'notice' } as Record<'error' | 'warn' | 'notice', string>,
    see: 'see',
    rulesHeader: { id: 'rule', severity: 'severity', description: 'description' },
    off: 'off',
  },
  error: {
    noFolder: (d: { dir: string }) => `There is no folder ${d.dir}: check the path given to ${code('--cwd')}.`,
    notFound: (d: { dir: string }) => `No ${code('etat.yml')} in ${d.dir} or any folder above it. Run ${code('etat init')} to create a governance repository, or pass ${code('--cwd <dir>')}.`,
    configInvalid: (d: { file: string }) => `${code(d.file)} has problems that must be fixed before anything can be checked:`,
    configUnreadable: (d: { file: string }) => `${code(d.file)} could not be read.`,
    configOutside: (d: { file: string }) =>
      `${code(d.file)} is a symbolic link that leads out of the repository, so it was not read: a repository's configuration is part of the repository. Put the file itself in its place.`,
    configTooLarge: (d: { file: string; size: string; max: string }) => `${code(d.file)} is ${d.size}; etat reads a configuration of up to ${d.max}, so it was not read.`,
    unknownLang: (d: { lang: string }) => `Unknown language ${code(d.lang)}: use nb, nn or en.`,
    unknownRuleInConfig: (d: { id: string; suggestion?: string }) => `There is no rule ${code(d.id)}.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''}`,
    rulesHint: '`etat rules` lists every rule id; check the spelling.',
    unknownTimezone: (d: { zone: string; suggestion?: string }) =>
      `There is no time zone ${code(d.zone)}.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''} Deadlines are counted in this zone, so a wrong one would move them.`,
    timezoneHint: 'Write an IANA time zone name, such as `Europe/Oslo` (the default), `Europe/Stockholm` or `UTC`.',
    pathOutside: (d: { path: string }) => `${code(d.path)} is outside the repository, or a folder on its way is a link that leads out of it.`,
    linkInTheWay: (d: { path: string }) => `${code(d.path)} is a symbolic link, and etat never writes through one. Remove the link, then run the command again.`,
    pathMissing: (d: { path: string }) => `${code(d.path)} does not exist.`,
    badDate: (d: { value: string }) => `${code(d.value)} is not a date: use YYYY-MM-DD.`,
    missingOption: (d: { option: string }) => `${code(d.option)} is required (there is no terminal to ask on).`,
    badMeeting: (d: { value: string }) => `${code(d.value)} is not a meeting: write <forum>/<date>, e.g. \`direktorgruppen/2026-12-03\`.`,
    noMeeting: (d: { meeting: string }) => `There is no meeting ${code(d.meeting)} (no agenda in \`meetings/${d.meeting}/\`).`,
    noItem: (d: { id: string; meeting: string; known: string }) => `Meeting ${code(d.meeting)} has no item ${code(d.id)} (its items: ${d.known}).`,
    noItemsYet: (d: { id: string; meeting: string; path: string }) => `Meeting ${code(d.meeting)} has no items yet, so no item ${code(d.id)}: add the items under \`items\` in ${code(d.path)} first.`,
    unknownForumOption: (d: { forum: string; suggestion?: string; known: string }) =>
      `There is no forum ${code(d.forum)} in etat.yml.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''} Use ${d.known}, or add the forum under \`fora\` in etat.yml.`,
    noForaYet: (d: { forum: string; snippet: string; agencies: boolean }) =>
      `${d.forum ? `There is no forum ${code(d.forum)}: ` : ''}etat.yml has no fora yet. Add ${d.forum ? 'it' : 'the forum'} under \`fora\` in etat.yml${d.agencies ? ', with the agencies that are its members under `agencies`' : ''}, for example:\n\n${d.snippet}\n\nthen run the command again. \`etat schema etat\` describes every key.`,
    unknownAgencyOption: (d: { agency: string; suggestion?: string; known: string }) =>
      `There is no agency ${code(d.agency)} in \`etat.yml\`.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''} Use ${d.known}, or add the agency under \`agencies\` in etat.yml.`,
    noAgenciesYet: (d: { agency: string; snippet: string }) =>
      `There is no agency ${code(d.agency)}: etat.yml has no agencies yet. Add it under \`agencies\` in etat.yml, for example:\n\n${d.snippet}\n\nthen run the command again.`,
    exists: (d: { path: string }) => `${code(d.path)} exists already and was left as it is. Use ${code('--force')} to overwrite it.`,
    notAFile: (d: { path: string }) => `${code(d.path)} is not a file (a folder, a pipe or a device), so it was not read.`,
    unreadable: (d: { path: string }) => `${code(d.path)} has front matter that cannot be read; \`etat check\` says why.`,
    badRevision: (d: { revision: string }) => `${code(d.revision)} is not a revision of this repository: name a branch, a tag or a commit, e.g. \`main\` or \`HEAD~1\`.`,
    notGitRepository: (d: { dir: string }) => `${d.dir} is not in a git work tree, and decisions are read from git. Run ${code('git init')} there first, or pass ${code('--cwd <dir>')}.`,
    noCommits: () => `The repository has no commits yet, so there is nothing to compare with: commit the meetings first, or name two revisions.`,
    noMergeBase: (d: { branch: string }) => `HEAD and ${code(d.branch)} have no commit in common: name the revision to compare from, e.g. ${code(`etat decisions diff ${d.branch}`)}.`,
    gitMissing: () => `git is not installed, or not on PATH: etat reads decisions and their history from git.`,
    gitConfigFailed: (d: { dir: string }) => `git could not write its configuration in ${d.dir}; check that \`.git/config\` is writable.`,
    templateField: (d: { file: string; line: number; column: number; field: string; allowed: string }) =>
      `${d.file}:${d.line}:${d.column}: the template uses ${code(`{{${d.field}}}`)}, which is not a field etat provides. Fields: ${d.allowed}.`,
    templatePartial: (d: { file: string; line: number; column: number }) => `${d.file}:${d.line}:${d.column}: templates cannot include other files (\`{{> …}}\`).`,
    templateSyntax: (d: { file: string; message: string }) => `${d.file}: the template cannot be read: ${d.message}`,
    templateRecursive: (d: { file: string; line: number; column: number; field: string }) =>
      `${d.file}:${d.line}:${d.column}: the section ${code(`{{#${d.field}}}`)} is inside a section of the same name, which would repeat the whole list for every entry of it.`,
    templateDepth: (d: { file: string; line: number; column: number; max: number }) => `${d.file}:${d.line}:${d.column}: sections nest more than ${d.max} deep here; no template needs that.`,
    templateOutput: (d: { file: string; max: string }) => `${d.file}: the template made more than ${d.max} of text, so nothing was written.`,
    templateOutside: (d: { file: string }) => `${code(d.file)} is a symbolic link that leads out of the repository, so it was not read. Put the template itself in its place.`,
    templateUnreadable: (d: { file: string; max: string }) => `${code(d.file)} is not a file of up to ${d.max}, so it was not read.`,
    commander: {
      'commander.unknownCommand': (d: Parsed) => `Unknown command ${code(d.token)}.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''} See ${code('etat --help')}.`,
      'commander.unknownOption': (d: Parsed) => `Unknown option ${code(d.token)}.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''} See ${code('--help')}.`,
      'commander.missingArgument': (d: Parsed) => `The argument ${code(d.token)} is missing. See ${code('--help')}.`,
      'commander.optionMissingArgument': (d: Parsed) => `The option ${code(d.token)} needs a value.`,
      'commander.missingMandatoryOptionValue': (d: Parsed) => `The option ${code(d.token)} is required.`,
      'commander.invalidArgument': (d: Parsed) => `${code(d.second)} is not a valid value for ${code(d.token)}: use ${d.allowed}.`,
      'commander.excessArguments': (d: Parsed) => `Too many arguments for ${code(d.token)}. See ${code('--help')}.`,
      'commander.conflictingOption': (d: Parsed) => `${code(d.token)} cannot be used together with ${code(d.second)}: choose one.`,
    } as Record<string, (d: Parsed) => string>,
    usage: (d: { message: string }) => d.message,
    internal: (d: { message: string; version: string; node: string }) =>
      `etat stopped on an error it did not expect: ${d.message}\nPlease report it with the command you ran (etat ${d.version}, Node ${d.node}).`,
  },
};

export type CliTexts = typeof en;
/** The help words several commands use; each command's own are in its module. */
export type SharedHelp = CliTexts['help'];

const nb: CliTexts = {
  help: {
    program: 'Møtestyring som kode: sjekk sakslister, saksfremlegg og referater som ligger som Markdown i git.',
    cwd: 'kjør som om etat ble startet i <mappe>',
    lang: 'språk for meldinger: nb, nn eller en (standard: `language` i etat.yml)',
    version: 'vis versjonen',
    help: 'vis hjelp for en kommando',
    checkToday: 'datoen det sjekkes mot, ÅÅÅÅ-MM-DD (standard: dagens dato)',
    today: 'gjør som om det var denne datoen, ÅÅÅÅ-MM-DD: frister og sjekker regnes fra den (standard: dagens dato)',
    examples: 'Eksempler:',
    choices: 'valg',
    default: 'standard',
    force: 'overskriv filer som finnes (uten dette overskrives ingenting)',
    meeting: 'møtet, <forum>/<dato>',
    titles: { 'Usage:': 'Bruk:', 'Options:': 'Valg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:' },
  },
  summary: {
    clean: (d) => `Ingen problemer funnet i ${d.files} ${d.files === 1 ? 'fil' : 'filer'}.`,
    counts: (d) =>
      [d.errors ? `${d.errors} feil` : '', d.warnings ? `${d.warnings} ${d.warnings === 1 ? 'advarsel' : 'advarsler'}` : '', d.notices ? `${d.notices} ${d.notices === 1 ? 'merknad' : 'merknader'}` : '']
        .filter(Boolean)
        .join(', '),
    severity: { error: 'feil', warn: 'advarsel', notice: 'merknad' },
    see: 'se',
    rulesHeader: { id: 'regel', severity: 'alvorlighet', description: 'beskrivelse' },
    off: 'av',
  },
  error: {
    noFolder: (d) => `Det finnes ingen mappe ${d.dir}: sjekk stien du ga til ${code('--cwd')}.`,
    notFound: (d) => `Fant ingen ${code('etat.yml')} i ${d.dir} eller noen mappe over den. Kjør ${code('etat init')} for å lage et styringsrepositorium, eller bruk ${code('--cwd <mappe>')}.`,
    configInvalid: (d) => `${code(d.file)} har feil som må rettes før noe kan sjekkes:`,
    configUnreadable: (d) => `${code(d.file)} kunne ikke leses.`,
    configOutside: (d) =>
      `${code(d.file)} er en symbolsk lenke som fører ut av repositoriet, så den ble ikke lest: oppsettet til et repositorium hører til i repositoriet. Legg selve filen der i stedet.`,
    configTooLarge: (d) => `${code(d.file)} er ${d.size}; etat leser oppsett på opptil ${d.max}, så det ble ikke lest.`,
    unknownLang: (d) => `Ukjent språk ${code(d.lang)}: bruk nb, nn eller en.`,
    unknownRuleInConfig: (d) => `Det finnes ingen regel ${code(d.id)}.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''}`,
    rulesHint: '`etat rules` lister alle regel-id-er; sjekk stavemåten.',
    unknownTimezone: (d) => `Det finnes ingen tidssone ${code(d.zone)}.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''} Fristene telles i denne sonen, så en feil sone ville flytte dem.`,
    timezoneHint: 'Skriv navnet på en IANA-tidssone, for eksempel `Europe/Oslo` (standard), `Europe/Stockholm` eller `UTC`.',
    pathOutside: (d) => `${code(d.path)} ligger utenfor repositoriet, eller en mappe på veien er en lenke som fører ut av det.`,
    linkInTheWay: (d) => `${code(d.path)} er en symbolsk lenke, og etat skriver aldri gjennom en lenke. Fjern lenken, og kjør kommandoen på nytt.`,
    pathMissing: (d) => `${code(d.path)} finnes ikke.`,
    badDate: (d) => `${code(d.value)} er ikke en dato: bruk ÅÅÅÅ-MM-DD.`,
    missingOption: (d) => `${code(d.option)} er påkrevd (det er ingen terminal å spørre på).`,
    badMeeting: (d) => `${code(d.value)} er ikke et møte: skriv <forum>/<dato>, for eksempel \`direktorgruppen/2026-12-03\`.`,
    noMeeting: (d) => `Det finnes ikke noe møte ${code(d.meeting)} (ingen saksliste i \`meetings/${d.meeting}/\`).`,
    noItem: (d) => `Møtet ${code(d.meeting)} har ingen sak ${code(d.id)} (sakene: ${d.known}).`,
    noItemsYet: (d) => `Møtet ${code(d.meeting)} har ingen saker ennå, og dermed ingen sak ${code(d.id)}: legg sakene inn under \`items\` i ${code(d.path)} først.`,
    unknownForumOption: (d) => `Det finnes ikke noe forum ${code(d.forum)} i etat.yml.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''} Bruk ${d.known}, eller legg forumet inn under \`fora\` i etat.yml.`,
    noForaYet: (d) =>
      `${d.forum ? `Det finnes ikke noe forum ${code(d.forum)}: ` : ''}etat.yml har ingen fora ennå. Legg ${d.forum ? 'det' : 'forumet'} inn under \`fora\` i etat.yml${d.agencies ? ', med etatene som er medlemmer, under `agencies`' : ''}, for eksempel:\n\n${d.snippet}\n\nog kjør kommandoen igjen. \`etat schema etat\` beskriver alle nøkler.`,
    unknownAgencyOption: (d) => `Det finnes ingen etat ${code(d.agency)} i \`etat.yml\`.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''} Bruk ${d.known}, eller legg etaten inn under \`agencies\` i etat.yml.`,
    noAgenciesYet: (d) => `Det finnes ingen etat ${code(d.agency)}: etat.yml har ingen etater ennå. Legg den inn under \`agencies\` i etat.yml, for eksempel:\n\n${d.snippet}\n\nog kjør kommandoen igjen.`,
    exists: (d) => `${code(d.path)} finnes allerede og ble latt være. Bruk ${code('--force')} for å overskrive den.`,
    notAFile: (d) => `${code(d.path)} er ikke en fil (en mappe, et rør eller en enhet), så den ble ikke lest.`,
    unreadable: (d) => `${code(d.path)} har en forsats som ikke kan leses; \`etat check\` sier hvorfor.`,
    badRevision: (d) => `${code(d.revision)} er ikke en revisjon i dette repositoriet: oppgi en gren, en tagg eller en commit, for eksempel \`main\` eller \`HEAD~1\`.`,
    notGitRepository: (d) => `${d.dir} ligger ikke i en git-arbeidskopi, og vedtakene leses fra git. Kjør ${code('git init')} der først, eller bruk ${code('--cwd <mappe>')}.`,
    noCommits: () => `Repositoriet har ingen commits ennå, så det er ingenting å sammenligne med: commit møtene først, eller oppgi to revisjoner.`,
    noMergeBase: (d) => `HEAD og ${code(d.branch)} har ingen commit felles: oppgi revisjonen det skal sammenlignes fra, for eksempel ${code(`etat decisions diff ${d.branch}`)}.`,
    gitMissing: () => `git er ikke installert, eller ligger ikke i PATH: etat leser vedtakene og historikken deres fra git.`,
    gitConfigFailed: (d) => `git kunne ikke skrive oppsettet sitt i ${d.dir}; sjekk at \`.git/config\` kan skrives.`,
    templateField: (d) => `${d.file}:${d.line}:${d.column}: malen bruker ${code(`{{${d.field}}}`)}, som ikke er et felt etat fyller ut. Felt: ${d.allowed}.`,
    templatePartial: (d) => `${d.file}:${d.line}:${d.column}: maler kan ikke hente inn andre filer (\`{{> …}}\`).`,
    templateSyntax: (d) => `${d.file}: malen kan ikke leses: ${d.message}`,
    templateRecursive: (d) => `${d.file}:${d.line}:${d.column}: seksjonen ${code(`{{#${d.field}}}`)} står inne i en seksjon med samme navn, som ville gjenta hele lista for hver oppføring i den.`,
    templateDepth: (d) => `${d.file}:${d.line}:${d.column}: seksjonene er nøstet mer enn ${d.max} nivåer dypt her; ingen mal trenger det.`,
    templateOutput: (d) => `${d.file}: malen laget mer enn ${d.max} tekst, så ingenting ble skrevet.`,
    templateOutside: (d) => `${code(d.file)} er en symbolsk lenke som fører ut av repositoriet, så den ble ikke lest. Legg selve malen der i stedet.`,
    templateUnreadable: (d) => `${code(d.file)} er ikke en fil på opptil ${d.max}, så den ble ikke lest.`,
    commander: {
      'commander.unknownCommand': (d) => `Ukjent kommando ${code(d.token)}.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''} Se ${code('etat --help')}.`,
      'commander.unknownOption': (d) => `Ukjent valg ${code(d.token)}.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''} Se ${code('--help')}.`,
      'commander.missingArgument': (d) => `Argumentet ${code(d.token)} mangler. Se ${code('--help')}.`,
      'commander.optionMissingArgument': (d) => `Valget ${code(d.token)} trenger en verdi.`,
      'commander.missingMandatoryOptionValue': (d) => `Valget ${code(d.token)} er påkrevd.`,
      'commander.invalidArgument': (d) => `${code(d.second)} er ikke en gyldig verdi for ${code(d.token)}: bruk ${d.allowed}.`,
      'commander.excessArguments': (d) => `For mange argumenter til ${code(d.token)}. Se ${code('--help')}.`,
      'commander.conflictingOption': (d) => `${code(d.token)} kan ikke brukes sammen med ${code(d.second)}: velg én av dem.`,
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
    checkToday: 'datoen det vert sjekka mot, ÅÅÅÅ-MM-DD (standard: dagens dato)',
    today: 'gjer som om det var denne datoen, ÅÅÅÅ-MM-DD: fristar og sjekkar vert rekna frå han (standard: dagens dato)',
    examples: 'Døme:',
    choices: 'val',
    default: 'standard',
    force: 'skriv over filer som finst (utan dette vert ingenting skrive over)',
    meeting: 'møtet, <forum>/<dato>',
    titles: { 'Usage:': 'Bruk:', 'Options:': 'Val:', 'Commands:': 'Kommandoar:', 'Arguments:': 'Argument:' },
  },
  summary: {
    clean: (d) => `Ingen problem funne i ${d.files} ${d.files === 1 ? 'fil' : 'filer'}.`,
    counts: (d) =>
      [d.errors ? `${d.errors} feil` : '', d.warnings ? `${d.warnings} ${d.warnings === 1 ? 'åtvaring' : 'åtvaringar'}` : '', d.notices ? `${d.notices} ${d.notices === 1 ? 'merknad' : 'merknader'}` : '']
        .filter(Boolean)
        .join(', '),
    severity: { error: 'feil', warn: 'åtvaring', notice: 'merknad' },
    see: 'sjå',
    rulesHeader: { id: 'regel', severity: 'alvorsgrad', description: 'skildring' },
    off: 'av',
  },
  error: {
    noFolder: (d) => `Det finst inga mappe ${d.dir}: sjekk stien du gav til ${code('--cwd')}.`,
    notFound: (d) => `Fann ingen ${code('etat.yml')} i ${d.dir} eller nokon mappe over henne. Køyr ${code('etat init')} for å lage eit styringsrepositorium, eller bruk ${code('--cwd <mappe>')}.`,
    configInvalid: (d) => `${code(d.file)} har feil som må rettast før noko kan sjekkast:`,
    configUnreadable: (d) => `${code(d.file)} kunne ikkje lesast.`,
    configOutside: (d) =>
      `${code(d.file)} er ei symbolsk lenkje som fører ut av repositoriet, så ho vart ikkje lesen: oppsettet til eit repositorium høyrer til i repositoriet. Legg sjølve fila der i staden.`,
    configTooLarge: (d) => `${code(d.file)} er ${d.size}; etat les oppsett på opptil ${d.max}, så det vart ikkje lese.`,
    unknownLang: (d) => `Ukjent språk ${code(d.lang)}: bruk nb, nn eller en.`,
    unknownRuleInConfig: (d) => `Det finst ingen regel ${code(d.id)}.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''}`,
    rulesHint: '`etat rules` listar alle regel-id-ar; sjekk stavemåten.',
    unknownTimezone: (d) => `Det finst inga tidssone ${code(d.zone)}.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''} Fristane vert talde i denne sona, så ei feil sone ville flytte dei.`,
    timezoneHint: 'Skriv namnet på ei IANA-tidssone, til dømes `Europe/Oslo` (standard), `Europe/Stockholm` eller `UTC`.',
    pathOutside: (d) => `${code(d.path)} ligg utanfor repositoriet, eller ei mappe på vegen er ei lenkje som fører ut av det.`,
    linkInTheWay: (d) => `${code(d.path)} er ei symbolsk lenkje, og etat skriv aldri gjennom ei lenkje. Fjern lenkja, og køyr kommandoen på nytt.`,
    pathMissing: (d) => `${code(d.path)} finst ikkje.`,
    badDate: (d) => `${code(d.value)} er ikkje ein dato: bruk ÅÅÅÅ-MM-DD.`,
    missingOption: (d) => `${code(d.option)} er påkravd (det er ingen terminal å spørje på).`,
    badMeeting: (d) => `${code(d.value)} er ikkje eit møte: skriv <forum>/<dato>, til dømes \`direktorgruppen/2026-12-03\`.`,
    noMeeting: (d) => `Det finst ikkje noko møte ${code(d.meeting)} (inga sakliste i \`meetings/${d.meeting}/\`).`,
    noItem: (d) => `Møtet ${code(d.meeting)} har inga sak ${code(d.id)} (sakene: ${d.known}).`,
    noItemsYet: (d) => `Møtet ${code(d.meeting)} har ingen saker enno, og difor inga sak ${code(d.id)}: legg sakene inn under \`items\` i ${code(d.path)} først.`,
    unknownForumOption: (d) => `Det finst ikkje noko forum ${code(d.forum)} i etat.yml.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''} Bruk ${d.known}, eller legg forumet inn under \`fora\` i etat.yml.`,
    noForaYet: (d) =>
      `${d.forum ? `Det finst ikkje noko forum ${code(d.forum)}: ` : ''}etat.yml har ingen fora enno. Legg ${d.forum ? 'det' : 'forumet'} inn under \`fora\` i etat.yml${d.agencies ? ', med etatane som er medlemer, under `agencies`' : ''}, til dømes:\n\n${d.snippet}\n\nog køyr kommandoen igjen. \`etat schema etat\` skildrar alle nøklar.`,
    unknownAgencyOption: (d) => `Det finst ingen etat ${code(d.agency)} i \`etat.yml\`.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''} Bruk ${d.known}, eller legg etaten inn under \`agencies\` i etat.yml.`,
    noAgenciesYet: (d) => `Det finst ingen etat ${code(d.agency)}: etat.yml har ingen etatar enno. Legg han inn under \`agencies\` i etat.yml, til dømes:\n\n${d.snippet}\n\nog køyr kommandoen igjen.`,
    exists: (d) => `${code(d.path)} finst alt og vart late vere. Bruk ${code('--force')} for å skrive over henne.`,
    notAFile: (d) => `${code(d.path)} er ikkje ei fil (ei mappe, eit røyr eller ei eining), så ho vart ikkje lesen.`,
    unreadable: (d) => `${code(d.path)} har ein forsats som ikkje kan lesast; \`etat check\` seier kvifor.`,
    badRevision: (d) => `${code(d.revision)} er ikkje ein revisjon i dette repositoriet: oppgje ei grein, ein tagg eller ein commit, til dømes \`main\` eller \`HEAD~1\`.`,
    notGitRepository: (d) => `${d.dir} ligg ikkje i ein git-arbeidskopi, og vedtaka vert lesne frå git. Køyr ${code('git init')} der først, eller bruk ${code('--cwd <mappe>')}.`,
    noCommits: () => `Repositoriet har ingen commits enno, så det er ingenting å samanlikne med: commit møta først, eller oppgje to revisjonar.`,
    noMergeBase: (d) => `HEAD og ${code(d.branch)} har ingen commit felles: oppgje revisjonen det skal samanliknast frå, til dømes ${code(`etat decisions diff ${d.branch}`)}.`,
    gitMissing: () => `git er ikkje installert, eller ligg ikkje i PATH: etat les vedtaka og historikken deira frå git.`,
    gitConfigFailed: (d) => `git kunne ikkje skrive oppsettet sitt i ${d.dir}; sjekk at \`.git/config\` kan skrivast.`,
    templateField: (d) => `${d.file}:${d.line}:${d.column}: malen brukar ${code(`{{${d.field}}}`)}, som ikkje er eit felt etat fyller ut. Felt: ${d.allowed}.`,
    templatePartial: (d) => `${d.file}:${d.line}:${d.column}: malar kan ikkje hente inn andre filer (\`{{> …}}\`).`,
    templateSyntax: (d) => `${d.file}: malen kan ikkje lesast: ${d.message}`,
    templateRecursive: (d) => `${d.file}:${d.line}:${d.column}: seksjonen ${code(`{{#${d.field}}}`)} står inne i ein seksjon med same namn, som ville gjenta heile lista for kvar oppføring i ho.`,
    templateDepth: (d) => `${d.file}:${d.line}:${d.column}: seksjonane er nøsta meir enn ${d.max} nivå djupt her; ingen mal treng det.`,
    templateOutput: (d) => `${d.file}: malen laga meir enn ${d.max} tekst, så ingenting vart skrive.`,
    templateOutside: (d) => `${code(d.file)} er ei symbolsk lenkje som fører ut av repositoriet, så ho vart ikkje lesen. Legg sjølve malen der i staden.`,
    templateUnreadable: (d) => `${code(d.file)} er ikkje ei fil på opptil ${d.max}, så ho vart ikkje lesen.`,
    commander: {
      'commander.unknownCommand': (d) => `Ukjend kommando ${code(d.token)}.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''} Sjå ${code('etat --help')}.`,
      'commander.unknownOption': (d) => `Ukjent val ${code(d.token)}.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''} Sjå ${code('--help')}.`,
      'commander.missingArgument': (d) => `Argumentet ${code(d.token)} manglar. Sjå ${code('--help')}.`,
      'commander.optionMissingArgument': (d) => `Valet ${code(d.token)} treng ein verdi.`,
      'commander.missingMandatoryOptionValue': (d) => `Valet ${code(d.token)} er påkravd.`,
      'commander.invalidArgument': (d) => `${code(d.second)} er ikkje ein gyldig verdi for ${code(d.token)}: bruk ${d.allowed}.`,
      'commander.excessArguments': (d) => `For mange argument til ${code(d.token)}. Sjå ${code('--help')}.`,
      'commander.conflictingOption': (d) => `${code(d.token)} kan ikkje brukast saman med ${code(d.second)}: vel eitt av dei.`,
    },
    usage: (d) => d.message,
    internal: (d) =>
      `etat stoppa på ein feil han ikkje venta: ${d.message}\nMeld gjerne frå med kommandoen du køyrde (etat ${d.version}, Node ${d.node}).`,
  },
};

export const cliTexts: Record<Lang, CliTexts> = { en, nb, nn };
