import { checkRepository } from '../../check.js';
import { UsageError } from '../../errors.js';
import { parseMeetingId } from '../../model/ids.js';
import { formatFindings } from '../../report/pretty.js';
import { FrontMatterEditor } from '../../scaffold/edit.js';
import { replace } from '../../scaffold/write.js';
import { displayPath } from '../display.js';
import { useColor, type CommandContext } from '../io.js';
import { openMeeting } from '../meeting.js';
import { todayOf } from '../options.js';

/**
 * `etat minutes approve <forum>/<date> --at <forum>/<date>`: `status: approved`
 * and `approved_at`. Approved minutes are immutable, so this refuses while the
 * minutes have errors.
 */
export default async function minutesApprove(context: CommandContext, [meetingId]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const today = todayOf(context, opts.today);
  const { repo, lang, texts, meeting } = await openMeeting(context, meetingId);
  const minutes = meeting.minutes;
  if (!minutes) throw new UsageError('noMinutes', { meeting: meeting.id });
  if (minutes.status === 'approved') throw new UsageError('alreadyApproved', { meeting: meeting.id });
  const at = parseMeetingId(String(opts.at));
  if (!at) throw new UsageError('badMeeting', { value: String(opts.at) });
  const atId = `${at.forum}/${at.folder}`;
  if (!repo.meeting(atId)?.agenda) throw new UsageError('noMeeting', { meeting: atId });

  const result = await checkRepository(repo, { paths: [minutes.file.path], lang, today });
  const errors = result.findings.filter((f) => f.severity === 'error' && f.file === minutes.file.path);
  if (errors.length > 0) {
    context.stderr.write(formatFindings(errors, { lang, color: useColor(context.stderr, context.env), displayPath: displayPath(context, repo.root) }) + '\n');
    context.stderr.write(texts.refusedApprove({ count: errors.length }) + '\n');
    return 1;
  }
  const edited = new FrontMatterEditor(minutes.file).set(['status'], 'approved').set(['approved_at'], atId).toString();
  await replace(repo.root, minutes.file.path, edited);
  context.stdout.write(texts.approved({ meeting: meeting.id, at: atId }) + '\n');
  return 0;
}
