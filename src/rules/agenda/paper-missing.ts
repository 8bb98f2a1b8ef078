import { defineRule } from '../define.js';

export default defineRule({
  id: 'agenda/paper-missing',
  defaultSeverity: 'error',
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
