import { defineRule } from '../define.js';
import { usableHistory } from '../git/history.js';

const MINUTES = /^meetings\/[^/]+\/[^/]+\/minutes\.md$/;

export default defineRule({
  id: 'minutes/approved-changed',
  defaultSeverity: 'error',
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
