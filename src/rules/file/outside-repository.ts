import { defineRule } from '../define.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  link: { path: string };
  paper: { target: string };
  backslash: { target: string; suggestion: string | undefined };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Paths and links must stay inside the repository',
    messages: {
      link: m((d) => `${code(d.path)} is a symbolic link to a file outside the repository; it was not read.`, () => 'Replace the link with the file itself, so that it is versioned and available to everyone.'),
      paper: m((d) => `The paper path ${code(d.target)} leaves the repository; what is not in the repository was not available to the participants.`, () => 'Copy the paper into this meeting\'s `papers/` folder and list it as `papers/<name>`.'),
      backslash: m((d) => `The paper path ${code(d.target)} is written with \`\\\`: paths in etat's files use \`/\`, on every system, so this one names no file in the repository.`, (d) => `Write it as ${code(d.suggestion)}.`),
    },
  },
  nb: {
    description: 'Stier og lenker må holde seg innenfor repositoriet',
    messages: {
      link: m((d) => `${code(d.path)} er en symbolsk lenke til en fil utenfor repositoriet; den ble ikke lest.`, () => 'Erstatt lenken med selve filen, så den er versjonert og tilgjengelig for alle.'),
      paper: m((d) => `Stien ${code(d.target)} til saksfremlegget går ut av repositoriet; det som ikke ligger i repositoriet, var ikke tilgjengelig for deltakerne.`, () => 'Kopier saksfremlegget inn i møtets `papers/`-mappe og før det opp som `papers/<navn>`.'),
      backslash: m((d) => `Stien ${code(d.target)} til saksfremlegget er skrevet med \`\\\`: stier i etats filer bruker \`/\` på alle systemer, så denne peker ikke på noen fil i repositoriet.`, (d) => `Skriv den som ${code(d.suggestion)}.`),
    },
  },
  nn: {
    description: 'Stiar og lenker må halde seg innanfor repositoriet',
    messages: {
      link: m((d) => `${code(d.path)} er ei symbolsk lenke til ei fil utanfor repositoriet; ho vart ikkje lesen.`, () => 'Byt ut lenka med sjølve fila, så ho er versjonert og tilgjengeleg for alle.'),
      paper: m((d) => `Stien ${code(d.target)} til saksframlegget går ut av repositoriet; det som ikkje ligg i repositoriet, var ikkje tilgjengeleg for deltakarane.`, () => 'Kopier saksframlegget inn i `papers/`-mappa til møtet og før det opp som `papers/<namn>`.'),
      backslash: m((d) => `Stien ${code(d.target)} til saksframlegget er skriven med \`\\\`: stiar i filene til etat brukar \`/\` på alle system, så denne peikar ikkje på noka fil i repositoriet.`, (d) => `Skriv han som ${code(d.suggestion)}.`),
    },
  },
};

export default defineRule({
  id: 'file/outside-repository',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      "The repository is the record of the collaboration: what is not in it was not available to the participants, is not versioned and will not be published. A path that leaves the repository (`../../`, an absolute path, or a symbolic link that points outside) also lets a pull request make `etat` read files it has no business reading, and CI runs `etat` on pull requests from people the repository does not trust.",
    fix: 'Copy the paper into the meeting\'s `papers/` folder and list it by a path relative to the agenda, such as `papers/01-sak.md`. Replace a symbolic link that points outside the repository with the file itself. Write paths with `/`, also on Windows: `papers\\01-sak.md` is read as a file name, not a folder and a file.',
  },
  check(ctx, report) {
    for (const outside of ctx.repo.outside) {
      if (!ctx.inScope(outside.path)) continue;
      report({ file: outside.file, place: outside.file.placeOf(0, 0), messageId: 'link', data: { path: outside.path } });
    }
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        for (const paper of item.papers) {
          if (paper.status !== 'outside') continue;
          // `papers\01.md` is a Windows habit, not an escape: say how to write it rather than that it leaves.
          const relativeWithBackslashes = paper.target.includes('\\') && !/^([A-Za-z]:)?[\\/]/.test(paper.target);
          if (relativeWithBackslashes) {
            report({ file: paper.file, path: paper.path, messageId: 'backslash', data: { target: paper.target, suggestion: paper.target.replace(/\\+/g, '/') } });
          } else report({ file: paper.file, path: paper.path, messageId: 'paper', data: { target: paper.target } });
        }
      }
    }
  },
});

