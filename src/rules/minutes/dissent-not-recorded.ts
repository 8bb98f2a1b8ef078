import { defineRule } from '../define.js';

export default defineRule({
  id: 'minutes/dissent-not-recorded',
  defaultSeverity: 'warn',
  docs: {
    rationale:
      'The evaluation found that disagreements raised in meetings were not reflected in the minutes. Every decision therefore records either that it had the support of everyone present (`consensus: true`) or who disagreed (`dissent`), so that silence in the minutes is never taken for agreement.',
    fix: 'Add `consensus: true` if everyone present supported the decision, or `dissent: [{ by: <agency>, note: … }]` naming each agency that disagreed and on what.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.minutes?.items ?? []) {
        if (item.outcome === 'decided' && item.consensus !== true && item.dissent.length === 0) {
          const path = item.consensus === false ? [...item.path, 'consensus'] : [...item.path, 'outcome'];
          report({ file: item.file, path, messageId: item.consensus === false ? 'noDissent' : 'default', data: { id: item.id ?? '?' } });
        }
      }
    }
  },
});
