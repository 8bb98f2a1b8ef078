import { checkRepository } from '../../check.js';
import { commitCommand } from '../../git/commit-command.js';
import { workTreeTop } from '../../git/worktree.js';
import { formatFindings } from '../../report/pretty.js';
import { FrontMatterEditor } from '../../scaffold/edit.js';
import { invitation } from '../../scaffold/invitation.js';
import { replace } from '../../fs/write.js';
import { displayPath } from '../display.js';
import { useColor, type CommandContext } from '../io.js';
import { openMeeting } from '../meeting.js';
import { todayOf } from '../options.js';

/**
 * `etat agenda send <forum>/<date>`: check the meeting, refuse while errors
 * remain (or send anyway with `--force`, recorded in `sent_despite`), set
 * `status: sent` and print the invitation. What it did goes to stderr, the
 * invitation alone to stdout, so that `> invitation.md` keeps only the text.
 */
export default async function agendaSend(context: CommandContext, [meetingId]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const today = todayOf(context, opts.today);
  const { repo, lang, texts, meeting, agenda } = await openMeeting(context, meetingId);

  const result = await checkRepository(repo, { paths: [meeting.dir], lang, today });
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    context.stderr.write(formatFindings(result.findings, { lang, color: useColor(context.stderr, context.env), displayPath: displayPath(context, repo.root) }) + '\n');
    if (opts.force !== true) {
      context.stderr.write(texts.refused({ count: errors.length, command: `etat agenda send ${meeting.id}` }) + '\n');
      return 1;
    }
  }
  const editor = new FrontMatterEditor(agenda.file).set(['status'], 'sent');
  if (errors.length > 0) editor.setList(['sent_despite'], [...new Set(errors.map((f) => f.ruleId))].sort());
  await replace(repo.root, agenda.file.path, editor.toString());

  if (errors.length > 0) context.stderr.write(texts.sentDespite({ count: errors.length }) + '\n');
  context.stderr.write(texts.sent({ meeting: meeting.id }) + '\n\n');
  context.stdout.write(invitation(meeting, repo.config, lang, opts.format === 'text' ? 'text' : 'markdown'));
  // Git records when the invitation was sent once the agenda is committed; outside git there is nothing to say.
  if (workTreeTop(repo.root) !== undefined) {
    const command = commitCommand([displayPath(context, repo.root)(agenda.file.path)], texts.commitMessage({ meeting: meeting.id }));
    context.stderr.write('\n' + texts.commitSent({ command: `${command} && git push` }) + '\n');
  }
  return 0;
}
