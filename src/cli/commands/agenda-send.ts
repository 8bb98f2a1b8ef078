import { displayPath } from '../display.js';
import { useColor, type CommandContext } from '../io.js';
import { meetingArgument, sharedOptions, todayOf } from '../options.js';
import { defineCommand, type Input, type ArgumentSpec, type OptionSpec } from '../define.js';

const words = {
  en: {
    agendaSend: 'check a meeting, mark its agenda as sent and print the invitation to paste into an e-mail',
    sendFormat: 'the invitation as markdown or text',
    sendForce: 'send even though errors remain (recorded in the agenda)',
  },
  nb: {
    agendaSend: 'sjekk et møte, merk sakslisten som sendt og skriv ut innkallingen, klar til å limes inn i en e-post',
    sendFormat: 'innkallingen som markdown eller text',
    sendForce: 'send selv om det gjenstår feil (det føres i sakslisten)',
  },
  nn: {
    agendaSend: 'sjekk eit møte, merk saklista som send og skriv ut innkallinga, klar til å limast inn i ein e-post',
    sendFormat: 'innkallinga som markdown eller text',
    sendForce: 'send sjølv om det står att feil (det vert ført i saklista)',
  },
};
const args = [meetingArgument] as const satisfies readonly ArgumentSpec<(typeof words)['en']>[];
const options = {
  format: { flags: '-f, --format <format>', help: 'sendFormat', choices: ['markdown', 'text'], default: 'markdown' },
  today: sharedOptions.today,
  force: { flags: '--force', help: 'sendForce' },
} as const satisfies Record<string, OptionSpec<(typeof words)['en']>>;

/**
 * `etat agenda send <forum>/<date>`: check the meeting, refuse while errors
 * remain (or send anyway with `--force`, recorded in `sent_despite`), set
 * `status: sent` and print the invitation. What it did goes to stderr, the
 * invitation alone to stdout, so that `> invitation.md` keeps only the text.
 */
export default defineCommand({
  name: 'agenda send',
  words,
  description: 'agendaSend',
  examples: ['etat agenda send direktorgruppen/2026-12-03', 'etat agenda send direktorgruppen/2026-12-03 --format text | pbcopy'],
  arguments: args,
  options,
  run: agendaSend,
});

async function agendaSend(context: CommandContext, { args: [meetingId], options: opts }: Input<typeof args, typeof options>): Promise<number> {
  const { checkRepository } = await import('../../pipeline/check.js');
  const { commitCommand } = await import('../../git/commit-command.js');
  const { workTreeTop } = await import('../../git/worktree.js');
  const { formatFindings } = await import('../../report/pretty.js');
  const { FrontMatterEditor } = await import('../../scaffold/edit.js');
  const { invitation } = await import('../../scaffold/invitation.js');
  const { replace } = await import('../../fs/write.js');
  const { openMeeting } = await import('../meeting.js');
  const { repo, lang, texts, meeting, agenda } = await openMeeting(context, meetingId);
  const today = todayOf(context, opts.today, repo.config.timezone);

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
