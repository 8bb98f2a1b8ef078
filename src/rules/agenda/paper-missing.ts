import { defineRule } from '../define.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { target: string; resolved: string; suggestion: string | undefined };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Listed papers exist in the repository',
    messages: {
      default: m((d) => `The paper ${code(d.target)} is not in the repository (looked for ${code(d.resolved)}): the participants did not have it.`, (d) => (d.suggestion ? `Did you mean ${code(d.suggestion)}? Correct the path, or add the file; the path is relative to this agenda.` : 'Add the file, or correct the path; it is relative to this agenda.')),
    },
  },
  nb: {
    description: 'Saksfremlegg som er ført opp, finnes i repositoriet',
    messages: {
      default: m((d) => `Saksfremlegget ${code(d.target)} finnes ikke i repositoriet (så etter ${code(d.resolved)}): deltakerne hadde det ikke.`, (d) => (d.suggestion ? `Mente du ${code(d.suggestion)}? Rett stien, eller legg til filen; stien er relativ til denne sakslisten.` : 'Legg til filen, eller rett stien; den er relativ til denne sakslisten.')),
    },
  },
  nn: {
    description: 'Saksframlegg som er førte opp, finst i repositoriet',
    messages: {
      default: m((d) => `Saksframlegget ${code(d.target)} finst ikkje i repositoriet (såg etter ${code(d.resolved)}): deltakarane hadde det ikkje.`, (d) => (d.suggestion ? `Meinte du ${code(d.suggestion)}? Rett stien, eller legg til fila; stien er relativ til denne saklista.` : 'Legg til fila, eller rett stien; han er relativ til denne saklista.')),
    },
  },
};

export default defineRule({
  id: 'agenda/paper-missing',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'A paper listed on the agenda but absent from the repository was not available to the participants, whatever the agenda says — the evaluation found decisions taken without case preparation. Paths are relative to the agenda file, so a typo or a moved file breaks the link silently unless it is checked.',
    fix: 'Add the file at the path given (relative to the agenda: `papers/01-sak.md` is `meetings/<forum>/<date>/papers/01-sak.md`), or correct the path in `papers`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        for (const paper of item.papers) {
          if (paper.status === 'missing') report({ file: paper.file, path: paper.path, data: { target: paper.target, resolved: paper.resolved ?? paper.target, suggestion: paper.suggestion } });
        }
      }
    }
  },
});
