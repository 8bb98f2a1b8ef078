import { nationalIdsIn, publishedPapers } from '../../model/publishing.js';
import { defineRule } from '../define.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { masked: string };
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
    // Every record file in scope, then the Markdown papers a public build would publish, each once.
    const readable = [...ctx.files, ...publishedPapers(ctx.meetings)].filter((file) => !file.problem);
    for (const { file, found } of nationalIdsIn(readable)) report({ file, place: file.placeOf(found.start, found.end), data: { masked: found.masked } });
  },
});
