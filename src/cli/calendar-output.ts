import { resolve } from 'node:path';
import type { VersionsProblem } from '../git/agenda-versions.js';
import { code, type Lang } from '../i18n/lang.js';
import type { CommandContext } from './io.js';

/** The help texts `etat agenda ics` and `etat calendar` share. */
export const calendarHelp = {
  en: { calendarOut: 'write the iCalendar file to <file> (replacing only an earlier one of etat\'s) instead of to standard output' },
  nb: { calendarOut: 'skriv iCalendar-filen til <fil> (erstatter bare en tidligere fra etat) i stedet for til standard ut' },
  nn: { calendarOut: 'skriv iCalendar-fila til <fil> (erstattar berre ei tidlegare frå etat) i staden for til standard ut' },
};

const errorsEn = {
  outputProtected: (d: { path: string }) => `${code(d.path)} is a Markdown or etat.yml file, and a calendar is never written over those: choose another ${code('--out')}, e.g. \`moter.ics\`.`,
  outputNotReport: (d: { path: string }) =>
    `${code(d.path)} exists and is not an iCalendar file etat wrote, so it was left as it is. Choose another ${code('--out')}, or remove the file first.`,
  outputInGit: (d: { path: string }) => `${code(d.path)} is inside a ${code('.git')} folder, where etat never writes: choose another ${code('--out')}.`,
  outputFailed: (d: { path: string; message: string }) => `The calendar could not be written to ${code(d.path)}: ${d.message}`,
};

/** The errors of writing a calendar file, in each language. */
export const calendarErrors: Record<Lang, typeof errorsEn> = {
  en: errorsEn,
  nb: {
    outputProtected: (d) => `${code(d.path)} er en Markdown-fil eller etat.yml, og en kalender skrives aldri over slike: velg en annen ${code('--out')}, f.eks. \`moter.ics\`.`,
    outputNotReport: (d) => `${code(d.path)} finnes og er ikke en iCalendar-fil fra etat, så den ble latt være. Velg en annen ${code('--out')}, eller fjern filen først.`,
    outputInGit: (d) => `${code(d.path)} ligger i en ${code('.git')}-mappe, der etat aldri skriver: velg en annen ${code('--out')}.`,
    outputFailed: (d) => `Kalenderen kunne ikke skrives til ${code(d.path)}: ${d.message}`,
  },
  nn: {
    outputProtected: (d) => `${code(d.path)} er ei Markdown-fil eller etat.yml, og ein kalender vert aldri skriven over slike: vel ein annan ${code('--out')}, t.d. \`moter.ics\`.`,
    outputNotReport: (d) => `${code(d.path)} finst og er ikkje ei iCalendar-fil frå etat, så ho vart late vere. Vel ein annan ${code('--out')}, eller fjern fila først.`,
    outputInGit: (d) => `${code(d.path)} ligg i ei ${code('.git')}-mappe, der etat aldri skriv: vel ein annan ${code('--out')}.`,
    outputFailed: (d) => `Kalenderen kunne ikkje skrivast til ${code(d.path)}: ${d.message}`,
  },
};

const leftOut: Record<Lang, (d: { path: string }) => string> = {
  en: (d) => `${code(d.path)} is left out of the calendar: its front matter cannot be read, or names no date; \`etat check\` says why.`,
  nb: (d) => `${code(d.path)} er utelatt fra kalenderen: forsatsen kan ikke leses, eller har ingen dato; \`etat check\` sier hvorfor.`,
  nn: (d) => `${code(d.path)} er utelaten frå kalenderen: forsatsen kan ikkje lesast, eller har ingen dato; \`etat check\` seier kvifor.`,
};

const notices: Record<Lang, (d: { problem: VersionsProblem }) => string> = {
  en: (d) =>
    d.problem === 'shallow'
      ? 'The git history is shallow (a clone with --depth): SEQUENCE counts only the changes it holds. Fetch the whole history (`git fetch --unshallow`) for the right count.'
      : 'The git history could not be read (no git, not a git repository, or no commits yet): every SEQUENCE is 0 and DTSTAMP is now.',
  nb: (d) =>
    d.problem === 'shallow'
      ? 'Git-historikken er grunn (en klone med --depth): SEQUENCE teller bare endringene den har. Hent hele historikken (`git fetch --unshallow`) for riktig antall.'
      : 'Git-historikken kunne ikke leses (ingen git, ikke et git-repositorium, eller ingen commits ennå): hver SEQUENCE er 0, og DTSTAMP er nå.',
  nn: (d) =>
    d.problem === 'shallow'
      ? 'Git-historikken er grunn (ein klone med --depth): SEQUENCE tel berre endringane han har. Hent heile historikken (`git fetch --unshallow`) for rett tal.'
      : 'Git-historikken kunne ikkje lesast (ingen git, ikkje eit git-repositorium, eller ingen commits enno): kvar SEQUENCE er 0, og DTSTAMP er no.',
};

/** What a calendar command made: the iCalendar text, and what to say of the history. */
export interface CalendarResult {
  text: string;
  root: string;
  out: string | undefined;
  problem: VersionsProblem | undefined;
  lang: Lang;
  /** Agendas left out, as they could not be read. */
  leftOut?: readonly string[];
}

/** Write the calendar to `--out` or standard output; a history that could not be read is said on stderr, once. */
export async function printCalendar(context: CommandContext, result: CalendarResult): Promise<number> {
  for (const path of result.leftOut ?? []) context.stderr.write(leftOut[result.lang]({ path }) + '\n');
  if (result.problem) context.stderr.write(notices[result.lang]({ problem: result.problem }) + '\n');
  if (result.out === undefined) {
    context.stdout.write(result.text);
    return 0;
  }
  const { writeOutput } = await import('./report-file.js');
  await writeOutput(result.root, resolve(context.startDir, result.out), result.out, { start: /^BEGIN:VCALENDAR\r?\n/, format: 'iCalendar' }, result.text);
  return 0;
}
