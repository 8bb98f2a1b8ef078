import { relative, resolve } from 'node:path';
import { checkRepository } from '../../check.js';
import { UsageError } from '../../errors.js';
import { scaffoldTexts } from '../../i18n/scaffold.js';
import { loadRepository } from '../../model/load.js';
import { toPosix } from '../../model/paths.js';
import { formatFindings } from '../../report/pretty.js';
import { FrontMatterEditor } from '../../scaffold/edit.js';
import { invitation } from '../../scaffold/invitation.js';
import { findMeeting } from '../../scaffold/meeting.js';
import { replace } from '../../scaffold/write.js';
import { useColor, type CommandContext } from '../io.js';

/**
 * `etat agenda send <forum>/<date>`: check the meeting, refuse while errors
 * remain (or send anyway with `--force`, recorded in `sent_despite`), set
 * `status: sent` and print the invitation. What it did goes to stderr, the
 * invitation alone to stdout, so that `> invitation.md` keeps only the text.
 */
export default async function agendaSend(context: CommandContext, [meetingId]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
  const lang = context.lang ?? repo.config.language;
  const texts = scaffoldTexts[lang];
  const meeting = findMeeting(repo, String(meetingId));
  const agenda = meeting.agenda!;

  const result = await checkRepository(repo, { paths: [meeting.dir], lang });
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    const displayPath = (file: string) => toPosix(relative(context.startDir, resolve(repo.root, file)));
    context.stderr.write(formatFindings(result.findings, { lang, color: useColor(context.stderr, context.env), displayPath }) + '\n');
    if (opts.force !== true) {
      context.stderr.write(texts.refused({ count: errors.length, command: `etat agenda send ${meeting.id}` }) + '\n');
      return 1;
    }
  }
  if (agenda.file.problem) throw new UsageError('unreadable', { path: agenda.file.path });
  const editor = new FrontMatterEditor(agenda.file).set(['status'], 'sent');
  if (errors.length > 0) editor.setList(['sent_despite'], [...new Set(errors.map((f) => f.ruleId))].sort());
  await replace(repo.root, agenda.file.path, editor.toString());

  if (errors.length > 0) context.stderr.write(texts.sentDespite({ count: errors.length }) + '\n');
  context.stderr.write(texts.sent({ meeting: meeting.id }) + '\n\n');
  context.stdout.write(invitation(meeting, repo.config, lang, opts.format === 'text' ? 'text' : 'markdown'));
  return 0;
}
