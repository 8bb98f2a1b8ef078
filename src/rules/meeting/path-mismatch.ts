import { isoDateOf } from '../../model/dates.js';
import { defineRule } from '../define.js';

export default defineRule({
  id: 'meeting/path-mismatch',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'A meeting is identified by its folder, `meetings/<forum>/<date>/`: references such as `approves:` and `corrects:`, the order of meetings, and every later check read the folder. Front matter that names another forum or date makes the file say one thing and the repository another — the mismatch between records the evaluation found hard to follow. The same goes for a case file whose `id` is not its file name.',
    fix: 'Make `forum` and `date` in the front matter agree with the folder (or move the file to the folder it belongs in). A second meeting on the same day goes in `<date>-2`. A case file is named after its `id`: `cases/<id>.md`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const doc of [meeting.agenda, meeting.minutes]) {
        if (!doc || doc.file.problem) continue;
        if (doc.forum !== undefined && doc.forum !== meeting.forum) {
          report({ file: doc.file, path: ['forum'], messageId: 'forum', data: { written: doc.forum, folder: meeting.forum } });
        }
        if (meeting.date === undefined) {
          report({ file: doc.file, path: ['date'], messageId: 'folder', data: { folder: meeting.folder } });
        } else if (doc.date !== undefined && doc.date !== meeting.date) {
          // The hint names folders by the ISO date, however the date was written.
          const iso = isoDateOf(doc.date);
          const messageId = iso === meeting.date ? 'dateForm' : iso === undefined ? 'dateUnreadable' : 'date';
          report({ file: doc.file, path: ['date'], messageId, data: { written: doc.date, folder: meeting.folder, date: meeting.date, iso } });
        }
      }
    }
    for (const c of ctx.cases) {
      const written = (c.file.data as { id?: unknown } | undefined)?.id;
      if (!c.file.problem && typeof written === 'string' && written !== c.id) {
        report({ file: c.file, path: ['id'], messageId: 'caseId', data: { written, name: c.id } });
      }
    }
  },
});
