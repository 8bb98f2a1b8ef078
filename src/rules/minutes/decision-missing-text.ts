import { defineRule } from '../define.js';
import { isBlank } from '../util.js';

export default defineRule({
  id: 'minutes/decision-missing-text',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'A decision that is recorded as taken but not written down cannot be followed up, quoted, corrected or published — the evaluation found that the minutes did not summarise what happened and that nobody drove the follow-up. The decision text (vedtak) is what the agencies are bound by.',
    fix: 'Write the decision as adopted in `decision:`. `etat minutes new` prefills it from the agenda\'s `proposal` as a starting point; change it to what was actually decided.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.minutes?.items ?? []) {
        if (item.outcome === 'decided' && isBlank(item.decision)) {
          report({ file: item.file, path: [...item.path, 'outcome'], data: { id: item.id ?? '?' } });
        }
      }
    }
  },
});
