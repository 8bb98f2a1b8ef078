import { UsageError } from '../../errors.js';
import { code, type Lang } from '../../i18n/lang.js';
import { approvalProblem, approvesMinutes, approvingMeetings, type ApprovalProblem } from '../../model/approval.js';
import { parseMeetingId } from '../../model/ids.js';
import type { Meeting, Repository } from '../../model/types.js';
import { sayMessage } from '../../rules/define.js';
import approvalInvalid from '../../rules/minutes/approval-invalid.js';
import { displayPath } from '../display.js';
import { useColor, type CommandContext } from '../io.js';
import { meetingArgument, sharedOptions, todayOf } from '../options.js';
import { defineCommand, type Input, type ArgumentSpec, type OptionSpec } from '../define.js';

const words = {
  en: {
    minutesApprove: 'mark minutes as approved by a later meeting (they are then immutable)',
    at: 'the meeting that approved them, <forum>/<date> (default: the later meeting whose agenda approves them)',
  },
  nb: {
    minutesApprove: 'merk et referat som godkjent i et senere møte (det kan da ikke endres)',
    at: 'møtet som godkjente det, <forum>/<dato> (standard: det senere møtet der sakslisten godkjenner det)',
  },
  nn: {
    minutesApprove: 'merk eit referat som godkjent i eit seinare møte (det kan då ikkje endrast)',
    at: 'møtet som godkjende det, <forum>/<dato> (standard: det seinare møtet der sakslista godkjenner det)',
  },
};
const errorsEn = {
  noMinutes: (d: { meeting: string }) => `Meeting ${code(d.meeting)} has no minutes yet: \`etat minutes new ${d.meeting}\` writes them.`,
  alreadyApproved: (d: { meeting: string }) => `The minutes of ${code(d.meeting)} are approved already; approved minutes are never changed.`,
  approvalRefused: (d: { reason: string; hint: string }) => `Refused: ${d.reason}\n${d.hint}`,
  noApprovingMeeting: (d: { meeting: string }) =>
    `No later meeting of the forum has an item that approves the minutes of ${code(d.meeting)}. Put one on the agenda of the meeting that approves them (${code(`approves: ${d.meeting}`)}), or name that meeting with ${code('--at')}.`,
  severalApprovingMeetings: (d: { meeting: string; meetings: string }) =>
    `Several meetings have an item that approves the minutes of ${code(d.meeting)}: ${d.meetings}. Name the one that approved them with ${code('--at')}.`,
};
const errors: Record<Lang, typeof errorsEn> = {
  en: errorsEn,
  nb: {
    noMinutes: (d) => `Møtet ${code(d.meeting)} har ikke referat ennå: \`etat minutes new ${d.meeting}\` skriver det.`,
    alreadyApproved: (d) => `Referatet fra ${code(d.meeting)} er allerede godkjent; et godkjent referat endres aldri.`,
    approvalRefused: (d) => `Avvist: ${d.reason}\n${d.hint}`,
    noApprovingMeeting: (d) =>
      `Ingen senere møter i forumet har en sak som godkjenner referatet fra ${code(d.meeting)}. Sett en slik sak på sakslisten til møtet som godkjenner det (${code(`approves: ${d.meeting}`)}), eller oppgi møtet med ${code('--at')}.`,
    severalApprovingMeetings: (d) => `Flere møter har en sak som godkjenner referatet fra ${code(d.meeting)}: ${d.meetings}. Oppgi møtet som godkjente det, med ${code('--at')}.`,
  },
  nn: {
    noMinutes: (d) => `Møtet ${code(d.meeting)} har ikkje referat enno: \`etat minutes new ${d.meeting}\` skriv det.`,
    alreadyApproved: (d) => `Referatet frå ${code(d.meeting)} er alt godkjent; eit godkjent referat vert aldri endra.`,
    approvalRefused: (d) => `Avvist: ${d.reason}\n${d.hint}`,
    noApprovingMeeting: (d) =>
      `Ingen seinare møte i forumet har ei sak som godkjenner referatet frå ${code(d.meeting)}. Set ei slik sak på sakslista til møtet som godkjenner det (${code(`approves: ${d.meeting}`)}), eller oppgi møtet med ${code('--at')}.`,
    severalApprovingMeetings: (d) => `Fleire møte har ei sak som godkjenner referatet frå ${code(d.meeting)}: ${d.meetings}. Oppgi møtet som godkjende det, med ${code('--at')}.`,
  },
};
const args = [meetingArgument] as const satisfies readonly ArgumentSpec<(typeof words)['en']>[];
const options = {
  at: { flags: '--at <meeting>', help: 'at' },
  today: sharedOptions.today,
} as const satisfies Record<string, OptionSpec<(typeof words)['en']>>;

/**
 * `etat minutes approve <forum>/<date> [--at <forum>/<date>]`: `status:
 * approved` and `approved_at`. Approved minutes are immutable, so this refuses
 * while the minutes have errors, and refuses an approval that cannot have
 * happened: by another forum, the meeting itself, an earlier meeting, one not
 * held yet or cancelled, or one whose agenda did not put the approval to the
 * forum — what `minutes/approval-invalid` finds in a file.
 */
export default defineCommand({
  name: 'minutes approve',
  words,
  errors,
  description: 'minutesApprove',
  examples: ['etat minutes approve direktorgruppen/2026-12-03', 'etat minutes approve direktorgruppen/2026-12-03 --at direktorgruppen/2027-01-14'],
  arguments: args,
  options,
  run: minutesApprove,
});

async function minutesApprove(context: CommandContext, { args: [meetingId], options: opts }: Input<typeof args, typeof options>): Promise<number> {
  const { checkRepository } = await import('../../pipeline/check.js');
  const { formatFindings } = await import('../../report/pretty.js');
  const { FrontMatterEditor } = await import('../../scaffold/edit.js');
  const { replace } = await import('../../fs/write.js');
  const { openMeeting } = await import('../meeting.js');
  const { repo, lang, texts, meeting } = await openMeeting(context, meetingId);
  const today = todayOf(context, opts.today, repo.config.timezone);
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
  const ids = new Set((approving.agenda?.items ?? []).filter((item) => approvesMinutes(item, meeting)).map((item) => item.id));
  return (approving.minutes?.items ?? []).some((item) => ids.has(item.id) && item.outcome === 'decided');
}

/** The refusal, in the words `minutes/approval-invalid` uses for the same problem in a file. */
function refusal(lang: Lang, problem: ApprovalProblem, data: { at: string; meeting: string }): UsageError {
  if (problem === 'format') return new UsageError('badMeeting', { value: data.at });
  const { reason, hint } = sayMessage(approvalInvalid, lang, problem, data);
  return new UsageError('approvalRefused', { reason, hint, lang });
}
