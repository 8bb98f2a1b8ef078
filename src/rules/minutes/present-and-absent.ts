import { defineRule } from '../define.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  default: { agency: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'An agency is either present or absent',
    messages: {
      default: m((d) => `${code(d.agency)} is listed both as present and as absent: neither the quorum nor the attendance can be told.`, () => 'Keep the agency in the one list that is true.'),
    },
  },
  nb: {
    description: 'En etat er enten til stede eller fraværende',
    messages: {
      default: m((d) => `${code(d.agency)} står både som til stede og som fraværende: verken beslutningsdyktigheten eller oppmøtet kan avgjøres.`, () => 'Behold etaten i den ene lista som stemmer.'),
    },
  },
  nn: {
    description: 'Ein etat er anten til stades eller fråverande',
    messages: {
      default: m((d) => `${code(d.agency)} står både som til stades og som fråverande: korkje vedtaksføret eller oppmøtet kan avgjerast.`, () => 'Behald etaten i den eine lista som stemmer.'),
    },
  },
};

export default defineRule({
  id: 'minutes/present-and-absent',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Attendance decides whether a forum could decide (its quorum) and shows, agency by agency, who was in the room — the evaluation found that peripheral agencies felt like a "B team", and attendance per agency is how that is seen. An agency listed both in `present` and in `absent` makes both answers unknowable.',
    fix: 'Keep the agency in the one list that is true: `present` if it attended, `absent` if it did not.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      if (!minutes || minutes.file.problem) continue;
      const present = new Map<string, number>();
      minutes.present.forEach((agency, index) => {
        if (agency !== undefined && !present.has(agency)) present.set(agency, index);
      });
      minutes.absent.forEach((agency, index) => {
        const at = agency === undefined ? undefined : present.get(agency);
        if (agency === undefined || at === undefined) return;
        report({ file: minutes.file, path: ['absent', index], data: { agency }, cause: { file: minutes.file, path: ['present', at] } });
      });
    }
  },
});
