import { UsageError } from '../../errors.js';
import { scaffoldTexts } from '../../i18n/scaffold.js';
import { daysBetween, isCalendarDate } from '../../model/dates.js';
import { loadRepository } from '../../model/load.js';
import { isBlank, isPlaceholderPurpose } from '../../model/placeholders.js';
import { agendaData, agendaView, nextFolder, planAgenda, type AgendaRequest } from '../../scaffold/agenda.js';
import { describeSchemaWrites, writeEditorSchemas } from '../../scaffold/editor-schemas.js';
import { frontMatter } from '../../scaffold/frontmatter.js';
import { findAgency, findForum, requireFora } from '../../scaffold/meeting.js';
import { loadTemplate, render } from '../../scaffold/templates.js';
import { writeNew } from '../../fs/write.js';
import type { CommandContext } from '../io.js';
import { todayOf } from '../options.js';
import { ask, confirm, interactive } from '../prompt.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `etat agenda new --forum F --date D`: the agenda of a new meeting, from the template. */
export default async function agendaNew(context: CommandContext, _args: unknown[], opts: Record<string, unknown>): Promise<number> {
  const today = todayOf(context, opts.today);
  const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
  const lang = context.lang ?? repo.config.language;
  const texts = scaffoldTexts[lang];
  const option = (name: string) => (opts[name] === undefined ? undefined : String(opts[name]));
  const force = opts.force === true;
  let sameDay = opts.sameDay === true;

  // Before there is a forum, there is nothing to ask for: say how to add one.
  requireFora(repo.config, lang, option('forum'));
  const forumId =
    option('forum') ??
    (await ask(context, { option: '--forum', message: texts.askForum, choices: [...repo.config.fora.values()].map((f) => ({ value: f.id, label: f.name })) }, texts))!;
  const forum = findForum(repo.config, forumId, lang);
  const date =
    option('date') ?? (await ask(context, { option: '--date', message: texts.askDate, validate: (v) => (isCalendarDate(v.trim()) ? undefined : texts.dateInvalid) }, texts))!;
  if (!isCalendarDate(date)) throw new UsageError('badDate', { value: date });

  // A date in the past is more often a typo than minutes-day paperwork: ask, or say so.
  const daysAgo = daysBetween(date, today);
  if (daysAgo > 0 && interactive(context) && !(await confirm(context, texts.askPastDate({ date, days: daysAgo }), texts))) {
    throw new UsageError('usage', { message: texts.cancelled });
  }
  // Running the command twice must not quietly plan two meetings: a second one that day is asked for.
  if (!force && !sameDay && repo.meeting(`${forum.id}/${date}`)?.agenda) {
    const exists = { forum: forum.name, date, path: `meetings/${forum.id}/${date}/agenda.md`, folder: nextFolder(repo, forum.id, date), lang };
    if (!interactive(context) || !(await confirm(context, texts.askSameDay(exists), texts))) throw new UsageError('meetingExists', exists);
    sameDay = true;
  }

  const purpose =
    option('purpose') ??
    (await ask(
      context,
      {
        option: '--purpose',
        message: texts.askPurpose,
        optional: true,
        validate: (v) => (isBlank(v) ? texts.purposeRequired : isPlaceholderPurpose(v) ? texts.purposePlaceholder({ purpose: v.trim() }) : undefined),
      },
      texts,
    ));
  for (const name of ['start', 'end'] as const) {
    const value = option(name);
    if (value !== undefined && !TIME.test(value)) throw new UsageError('badTime', { value });
  }
  const chair = option('chair');
  if (chair !== undefined) findAgency(repo.config, chair, lang);

  const request: AgendaRequest = { forum, date, purpose, chair, start: option('start'), end: option('end'), location: option('location'), force, sameDay };
  const plan = planAgenda(repo, request, lang);
  const template = await loadTemplate(repo.root, 'agenda', lang);
  const path = `${plan.dir}/agenda.md`;
  const body = render(template, agendaView(plan, request, repo.config, lang));
  // The schema the agenda's first line points at, when the repository has none yet (from before `etat init` wrote them);
  // first, so that a link in the way stops the command before anything is written.
  const schemas = await writeEditorSchemas(repo.root, { types: ['agenda'] });
  await writeNew(repo.root, path, frontMatter('agenda', path, agendaData(plan, request), { flowKeys: ['papers'] }) + body, { force: request.force });

  const out = context.stdout;
  out.write(texts.wrote({ path }) + '\n');
  for (const line of describeSchemaWrites(schemas, texts)) out.write(line + '\n');
  if (plan.secondMeeting) out.write(texts.secondMeeting({ folder: plan.folder }) + '\n');
  if (plan.carried.approval) out.write(texts.approvalAdded({ meeting: plan.carried.approval }) + '\n');
  if (plan.carried.actions > 0) out.write(texts.carriedActions({ count: plan.carried.actions }) + '\n');
  if (plan.carried.deferred > 0) out.write(texts.carriedDeferred({ count: plan.carried.deferred, from: plan.carried.from ?? '' }) + '\n');
  for (const deadline of [plan.deadlines.notice, plan.deadlines.papers]) {
    if (!deadline) continue;
    const isNotice = deadline === plan.deadlines.notice;
    out.write((isNotice ? texts.noticeDeadline(deadline) : texts.papersDeadline(deadline)) + '\n');
    // For a meeting that has been held, the warning below says it all.
    if (deadline.date < today && daysAgo <= 0) out.write('  ' + (isNotice ? texts.noticePassed(deadline) : texts.deadlinePassed(deadline)) + '\n');
  }
  if (daysAgo > 0 && !interactive(context)) context.stderr.write(texts.pastDate({ date, days: daysAgo, path }) + '\n');
  return 0;
}
