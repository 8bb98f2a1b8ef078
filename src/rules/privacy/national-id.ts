import type { SourceFile } from '../../model/source.js';
import { defineRule } from '../define.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

interface Messages {
  default: { masked: unknown };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'No national identity numbers in published files',
    messages: {
      default: m((d) => `This looks like a national identity number (${code(d.masked)}) in a file that is published.`, () => 'Remove it; a number already committed must also be removed from git history.'),
    },
  },
  nb: {
    description: 'Ingen fødselsnumre i filer som publiseres',
    messages: {
      default: m((d) => `Dette ser ut som et fødselsnummer (${code(d.masked)}) i en fil som publiseres.`, () => 'Fjern det; et nummer som allerede er committet, må også fjernes fra git-historikken.'),
    },
  },
  nn: {
    description: 'Ingen fødselsnummer i filer som vert publiserte',
    messages: {
      default: m((d) => `Dette ser ut som eit fødselsnummer (${code(d.masked)}) i ei fil som vert publisert.`, () => 'Fjern det; eit nummer som alt er committa, må òg fjernast frå git-historikken.'),
    },
  },
};

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

export default defineRule({
  id: 'privacy/national-id',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Agendas, minutes and case papers are published to every agency and, through the website the evaluation recommended, to the public. The archive standard Noark 5 forbids publishing national identity numbers (fødselsnummer), and a repository keeps every version forever. A number with a valid birth date and valid check digits (fødselsnummer or D-number) in a published file — agendas, minutes, case files and Markdown papers that are not `restricted` — is an error.',
    fix: 'Remove the number, or refer to the person without it. Because git keeps history, a number that was committed must also be removed from history by whoever administers the repository. Documents that must name a person belong in a `restricted` paper with its legal basis.',
  },
  check(ctx, report) {
    const scan = (file: SourceFile) => {
      if (file.problem) return;
      for (const match of file.text.matchAll(CANDIDATE)) {
        const digits = match[1]! + match[2]!;
        if (!isNationalId(digits)) continue;
        const start = match.index;
        report({ file, place: file.placeOf(start, start + match[0].length), data: { masked: `${digits.slice(0, 6)}*****` } });
      }
    };
    for (const file of ctx.files) scan(file);
    // Published papers: Markdown papers of items that are not restricted, each once.
    const seen = new Set<SourceFile>();
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        if (item.restricted) continue;
        for (const paper of item.papers) {
          if (paper.restricted || !paper.source || seen.has(paper.source.file)) continue;
          seen.add(paper.source.file);
          scan(paper.source.file);
        }
      }
    }
  },
});
