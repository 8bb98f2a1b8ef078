import { relative, resolve } from 'node:path';
import { checkRepository } from '../../check.js';
import { UsageError } from '../../errors.js';
import { scaffoldTexts } from '../../i18n/scaffold.js';
import { parseMeetingId } from '../../model/ids.js';
import { loadRepository } from '../../model/load.js';
import { toPosix } from '../../model/paths.js';
import { formatFindings } from '../../report/pretty.js';
import { FrontMatterEditor } from '../../scaffold/edit.js';
import { findMeeting } from '../../scaffold/meeting.js';
import { replace } from '../../scaffold/write.js';
import { useColor, type CommandContext } from '../io.js';

/**
 * `etat minutes approve <forum>/<date> --at <forum>/<date>`: `status: approved`
 * and `approved_at`. Approved minutes are immutable, so this refuses while the
 * minutes have errors.
 */
export default async function minutesApprove(context: CommandContext, [meetingId]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
  const lang = context.lang ?? repo.config.language;
  const texts = scaffoldTexts[lang];
  const meeting = findMeeting(repo, String(meetingId));
  const minutes = meeting.minutes;
  if (!minutes) throw new UsageError('noMinutes', { meeting: meeting.id });
  if (minutes.status === 'approved') throw new UsageError('alreadyApproved', { meeting: meeting.id });
  const at = parseMeetingId(String(opts.at));
  if (!at) throw new UsageError('badMeeting', { value: String(opts.at) });
  const atId = `${at.forum}/${at.folder}`;
  if (!repo.meeting(atId)?.agenda) throw new UsageError('noMeeting', { meeting: atId });

  const result = await checkRepository(repo, { paths: [minutes.file.path], lang });
  const errors = result.findings.filter((f) => f.severity === 'error' && f.file === minutes.file.path);
  if (errors.length > 0) {
    const displayPath = (file: string) => toPosix(relative(context.startDir, resolve(repo.root, file)));
    context.stderr.write(formatFindings(errors, { lang, color: useColor(context.stderr, context.env), displayPath }) + '\n');
    context.stderr.write(texts.refusedApprove({ count: errors.length }) + '\n');
    return 1;
  }
  const edited = new FrontMatterEditor(minutes.file).set(['status'], 'approved').set(['approved_at'], atId).toString();
  await replace(repo.root, minutes.file.path, edited);
  context.stdout.write(texts.approved({ meeting: meeting.id, at: atId }) + '\n');
  return 0;
}
