import { checkRepository } from '../../check.js';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/lang.js';
import { sayMessage } from '../../rules/define.js';
import approvalInvalid from '../../rules/minutes/approval-invalid.js';
import { approvalProblem, approvingMeetings, type ApprovalProblem } from '../../model/approval.js';
import { parseMeetingId } from '../../model/ids.js';
import type { Meeting, Repository } from '../../model/types.js';
import { formatFindings } from '../../report/pretty.js';
import { FrontMatterEditor } from '../../scaffold/edit.js';
import { replace } from '../../fs/write.js';
import { displayPath } from '../display.js';
import { useColor, type CommandContext } from '../io.js';
import { openMeeting } from '../meeting.js';
import { todayOf } from '../options.js';

/**
 * `etat minutes approve <forum>/<date> [--at <forum>/<date>]`: `status:
 * approved` and `approved_at`. Approved minutes are immutable, so this refuses
 * while the minutes have errors, and refuses an approval that cannot have
 * happened: by another forum, the meeting itself, an earlier meeting, one not
 * held yet or cancelled, or one whose agenda did not put the approval to the
 * forum — what `minutes/approval-invalid` finds in a file.
 */
export default async function minutesApprove(context: CommandContext, [meetingId]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const today = todayOf(context, opts.today);
  const { repo, lang, texts, meeting } = await openMeeting(context, meetingId);
  const minutes = meeting.minutes;
  if (!minutes) throw new UsageError('noMinutes', { meeting: meeting.id });
  if (minutes.status === 'approved') throw new UsageError('alreadyApproved', { meeting: meeting.id });
  const atId = opts.at === undefined ? approvingMeeting(repo, meeting, today) : givenMeeting(String(opts.at));
  const problem = approvalProblem(repo, meeting, atId, today);
  if (problem) throw refusal(lang, problem, { at: atId, meeting: meeting.id });

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

function givenMeeting(value: string): string {
  const at = parseMeetingId(value);
  if (!at) throw new UsageError('badMeeting', { value });
  return `${at.forum}/${at.folder}`;
}

/**
 * The meeting that approved the minutes, when `--at` is not given: the later
 * meeting of the forum whose agenda approves them — of several, the one held
 * by today, and of several held (an approval deferred to the next meeting),
 * the one whose minutes record the approval as decided.
 */
function approvingMeeting(repo: Repository, meeting: Meeting, today: string): string {
  const candidates = approvingMeetings(repo, meeting).filter((m) => m.agenda?.status !== 'cancelled');
  if (candidates.length === 0) throw new UsageError('noApprovingMeeting', { meeting: meeting.id });
  // A meeting not yet held has approved nothing; one whose minutes record the approval decided has.
  const held = candidates.filter((m) => m.date !== undefined && m.date <= today);
  const decided = held.filter((m) => recordsApproval(m, meeting));
  const chosen = decided.length === 1 ? decided : held.length > 0 ? held : candidates;
  if (chosen.length > 1) throw new UsageError('severalApprovingMeetings', { meeting: meeting.id, meetings: chosen.map((m) => `\`${m.id}\``).join(', ') });
  return chosen[0]!.id;
}

/** Whether a meeting's minutes record its approval of `meeting`'s minutes as decided. */
function recordsApproval(approving: Meeting, meeting: Meeting): boolean {
  const ids = new Set((approving.agenda?.items ?? []).filter((item) => item.approves !== undefined && parseMeetingId(item.approves)?.dir === meeting.dir).map((item) => item.id));
  return (approving.minutes?.items ?? []).some((item) => ids.has(item.id) && item.outcome === 'decided');
}

/** The refusal, in the words `minutes/approval-invalid` uses for the same problem in a file. */
function refusal(lang: Lang, problem: ApprovalProblem, data: { at: string; meeting: string }): UsageError {
  if (problem === 'format') return new UsageError('badMeeting', { value: data.at });
  const { reason, hint } = sayMessage(approvalInvalid, lang, problem, data);
  return new UsageError('approvalRefused', { reason, hint, lang });
}
