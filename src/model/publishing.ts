import type { SourceFile } from './source.js';
import type { AgendaItem, Meeting } from './types.js';

/**
 * What may be published: the questions a rule asks before it lets a file
 * pass, and the website asks before it shows one. One answer for both, so a
 * check that passes means the public build is safe.
 */

/** An agenda item or a paper listed on one: both say `restricted:` (a legal basis, or `true`). */
export interface Restrictable {
  readonly restricted: unknown;
}

/**
 * Whether it is exempt from public access. Any value but `false` counts,
 * even one that names no basis (`restricted: ""`): the author meant to hold
 * it back, and `access/restricted-without-basis` asks for the basis.
 */
export function isRestricted(subject: Restrictable): boolean {
  return subject.restricted !== undefined && subject.restricted !== false;
}

/** Whether a text names a section of a law, as a legal basis does: "offl. § 14", "offentleglova § 13 jf. fvl. § 13". */
export function namesASection(text: string): boolean {
  return /§\s*\d/.test(text);
}

/** The legal basis written in `restricted:`, when it names a section; undefined when it names none or the subject is not restricted. */
export function legalBasis(subject: Restrictable): string | undefined {
  return typeof subject.restricted === 'string' && namesASection(subject.restricted) ? subject.restricted : undefined;
}

/** The title a public view shows for an item: its `public_title` when it is restricted (undefined if it has none), else its title. */
export function publicTitle(item: Pick<AgendaItem, 'restricted' | 'title' | 'publicTitle'>): string | undefined {
  return isRestricted(item) ? item.publicTitle : item.title;
}

/**
 * Eleven digits, optionally written `DDMMYY NNNNN`, not inside a longer number
 * (`1.150387…`, `…12486,5`, `…12486-2`). A separator counts only where a digit
 * is on its other side: a number that ends a sentence (`… 15038712486.`) or a
 * clause (`15038712486, som …`) is found.
 */
const CANDIDATE = /(?<!\d|\d[.,-])(\d{6}) ?(\d{5})(?!\d|[.,-]\d)/g;
const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * Whether 11 digits are a Norwegian national identity number (fødselsnummer)
 * or D-number: a valid birth date (a D-number adds 40 to the day, an H-number
 * 40 to the month) and both mod-11 check digits right.
 */
export function isNationalId(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  if (day > 40) day -= 40;
  if (month > 40) month -= 40;
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const check = (weights: number[]) => {
    const sum = weights.reduce((acc, w, i) => acc + w * d[i]!, 0);
    const k = 11 - (sum % 11);
    return k === 11 ? 0 : k;
  };
  return check(W1) === d[9] && check(W2) === d[10];
}

/** A national identity number found in a text: its offsets, and the number with its personal part masked (`010190*****`). */
export interface NationalIdMatch {
  start: number;
  end: number;
  masked: string;
}

/** Every national identity number in a text, in order. */
export function findNationalIds(text: string): NationalIdMatch[] {
  const found: NationalIdMatch[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const digits = match[1]! + match[2]!;
    if (isNationalId(digits)) found.push({ start: match.index, end: match.index + match[0].length, masked: `${digits.slice(0, 6)}*****` });
  }
  return found;
}

/** Every identity number in these files, each file read once: what `privacy/national-id` reports and the public build refuses. */
export function* nationalIdsIn(files: Iterable<SourceFile>): Generator<{ file: SourceFile; found: NationalIdMatch }> {
  const scanned = new Set<SourceFile>();
  for (const file of files) {
    if (scanned.has(file)) continue;
    scanned.add(file);
    for (const found of findNationalIds(file.text)) yield { file, found };
  }
}

/** The Markdown papers a public build would publish: those of items and papers that are not restricted, each once. */
export function publishedPapers(meetings: readonly Meeting[]): SourceFile[] {
  const papers = new Set<SourceFile>();
  for (const meeting of meetings) {
    for (const item of meeting.agenda?.items ?? []) {
      if (isRestricted(item)) continue;
      for (const paper of item.papers) {
        if (!isRestricted(paper) && paper.source) papers.add(paper.source.file);
      }
    }
  }
  return [...papers];
}

/** The files a public build would publish of these meetings: their agendas and minutes (restricted items shown by their public title), and the published papers. */
export function publishedFiles(meetings: readonly Meeting[]): SourceFile[] {
  const records = meetings.flatMap((meeting) => [meeting.agenda?.file, meeting.minutes?.file].filter((file) => file !== undefined));
  return [...records, ...publishedPapers(meetings)];
}
