import { defineRule } from '../define.js';

export default defineRule({
  id: 'agenda/decide-without-papers',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'The evaluation found decisions taken without, or with poor, case preparation (saksforberedelse); the Public Administration Act § 17 asks that a case be as well elucidated as possible before it is decided. An item for decision needs a case paper (saksfremlegg) that answers the six questions of the Instructions for Official Studies. An item that approves earlier minutes (`approves:`) needs none: the minutes are its paper.',
    fix: 'Write the case paper (`etat paper new <forum>/<date> <item-id>` makes one from the template) and list it in the item\'s `papers`. If the forum is not asked to decide, make the item `kind: discuss` or `kind: inform`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        if (item.kind === 'decide' && item.approves === undefined && item.papers.length === 0) {
          report({ file: item.file, path: item.path, data: { id: item.id ?? '?', title: item.title ?? '' } });
        }
      }
    }
  },
});
