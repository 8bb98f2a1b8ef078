import { defineRule } from '../define.js';
import { usableHistory } from '../git/history.js';
import { code } from '../../i18n/lang.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  changed: { base: string; path: string };
  deleted: { base: string; path: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Approved minutes are never changed',
    messages: {
      changed: m((d) => `These minutes were approved at the base revision ${code(d.base)} and have changed since: approved minutes are immutable.`, (d) => `Undo the change (\`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`) and record a correction in later minutes, as an item with \`corrects:\`.`),
      deleted: m((d) => `These minutes were approved at the base revision ${code(d.base)} and have been deleted: approved minutes are immutable.`, (d) => `Restore them: \`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`.`),
    },
  },
  nb: {
    description: 'Godkjente referater endres aldri',
    messages: {
      changed: m((d) => `Referatet var godkjent i basisrevisjonen ${code(d.base)} og er endret siden: et godkjent referat kan ikke endres.`, (d) => `Angre endringen (\`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`) og før rettelsen i et senere referat, som en sak med \`corrects:\`.`),
      deleted: m((d) => `Referatet var godkjent i basisrevisjonen ${code(d.base)} og er slettet: et godkjent referat kan ikke endres.`, (d) => `Gjenopprett det: \`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`.`),
    },
  },
  nn: {
    description: 'Godkjende referat vert aldri endra',
    messages: {
      changed: m((d) => `Referatet var godkjent i basisrevisjonen ${code(d.base)} og er endra sidan: eit godkjent referat kan ikkje endrast.`, (d) => `Angre endringa (\`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`) og før rettinga i eit seinare referat, som ei sak med \`corrects:\`.`),
      deleted: m((d) => `Referatet var godkjent i basisrevisjonen ${code(d.base)} og er sletta: eit godkjent referat kan ikkje endrast.`, (d) => `Gjenopprett det: \`git checkout ${excerpt(d.base)} -- ${excerpt(d.path)}\`.`),
    },
  },
};

const MINUTES = /^meetings\/[^/]+\/[^/]+\/minutes\.md$/;

export default defineRule({
  id: 'minutes/approved-changed',
  defaultSeverity: 'error',
  words,
  needsHistory: true,
  docs: {
    rationale:
      'Approved minutes are the record of what a forum decided; in public administration they are locked once approved (Noark 5), and the evaluation found minutes that did not reflect what happened. Minutes that were `status: approved` at the base revision — `--base REF`, by default the merge-base of the checked branch with the default branch, which is what a pull request changes — must be byte for byte the same now. A correction is a new decision: an item in later minutes with `corrects: <forum>/<date>#<item>`, which every view of decisions shows beside the decision it corrects.',
    fix: 'Undo the change to the approved minutes (`git checkout <base> -- <file>`, as the message says), and record the correction in the minutes of the meeting that decided it, as an item with `added: true`, `kind: decide`, `outcome: decided`, `corrects:` and the corrected `decision`.',
  },
  check(ctx, report) {
    const history = usableHistory(ctx, true);
    if (!history) return;
    for (const path of history.changedSinceBase) {
      if (!MINUTES.test(path) || !ctx.inScope(path)) continue;
      if (history.statusAtBase(path) !== 'approved') continue;
      const data = { base: history.base!.slice(0, 7), path };
      const file = ctx.repo.files.find((f) => f.path === path);
      if (file) report({ file, path: ['status'], messageId: 'changed', data });
      else report({ file: { path }, place: { line: 1, column: 1, endLine: 1, endColumn: 1 }, messageId: 'deleted', data });
    }
  },
});
