import { UsageError } from '../../errors.js';
import { scaffoldTexts } from '../../i18n/scaffold.js';
import { daysBetween, isCalendarDate } from '../../model/dates.js';
import { isBlank, isPlaceholderPurpose } from '../../model/placeholders.js';
import type { AgendaRequest } from '../../scaffold/agenda.js';
import { code, type Lang } from '../../i18n/lang.js';
import { defineCommand, type Input, type OptionSpec } from '../define.js';
import type { CommandContext } from '../io.js';
import { sharedOptions, todayOf } from '../options.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const words = {
  en: {
    agendaNew: 'write the agenda of a meeting from the template, carrying forward deferred items and open actions',
    forum: 'the forum that meets (an id from etat.yml)',
    date: 'the date of the meeting, YYYY-MM-DD',
    purpose: 'what the meeting is for, in one sentence',
    chair: 'the agency that chairs the meeting',
    start: 'when the meeting starts, HH:MM',
    end: 'when the meeting ends, HH:MM',
    location: 'where the meeting is held',
    sameDay: 'plan a second meeting on a day the forum meets already (it goes in <date>-2)',
    asksOnTerminal: 'asks for forum, date and purpose on a terminal',
  },
  nb: {
    agendaNew: 'skriv sakslisten til et møte fra malen, med utsatte saker og åpne oppfølgingspunkter overført',
    forum: 'forumet som møtes (en id fra etat.yml)',
    date: 'møtedatoen, ÅÅÅÅ-MM-DD',
    purpose: 'hva møtet skal oppnå, i én setning',
    chair: 'etaten som leder møtet',
    start: 'når møtet starter, TT:MM',
    end: 'når møtet slutter, TT:MM',
    location: 'hvor møtet holdes',
    sameDay: 'planlegg et møte nummer to en dag forumet allerede møtes (det legges i <dato>-2)',
    asksOnTerminal: 'spør etter forum, dato og formål i en terminal',
  },
  nn: {
    agendaNew: 'skriv saklista til eit møte frå malen, med utsette saker og opne oppfølgingspunkt overførte',
    forum: 'forumet som møtest (ein id frå etat.yml)',
    date: 'møtedatoen, ÅÅÅÅ-MM-DD',
    purpose: 'kva møtet skal oppnå, i éi setning',
    chair: 'etaten som leier møtet',
    start: 'når møtet byrjar, TT:MM',
    end: 'når møtet sluttar, TT:MM',
    location: 'kvar møtet vert halde',
    sameDay: 'planlegg eit møte nummer to ein dag forumet alt møtest (det vert lagt i <dato>-2)',
    asksOnTerminal: 'spør etter forum, dato og føremål i ein terminal',
  },
};
const errorsEn = {
  badTime: (d: { value: string }) => `${code(d.value)} is not a time: use HH:MM.`,
  meetingExists: (d: { forum: string; date: string; path: string; folder: string }) =>
    `${d.forum} has a meeting on ${d.date} already (${code(d.path)}). To plan a second meeting that day, run again with ${code('--same-day')} (it goes in ${code(d.folder)}); to write this agenda anew, with ${code('--force')} (it replaces the one there).`,
};
const errors: Record<Lang, typeof errorsEn> = {
  en: errorsEn,
  nb: {
    badTime: (d) => `${code(d.value)} er ikke et klokkeslett: bruk TT:MM.`,
    meetingExists: (d) =>
      `${d.forum} har allerede et møte ${d.date} (${code(d.path)}). For å planlegge et møte nummer to samme dag, kjør på nytt med ${code('--same-day')} (det legges i ${code(d.folder)}); for å skrive denne sakslisten på nytt, med ${code('--force')} (den erstatter den som er der).`,
  },
  nn: {
    badTime: (d) => `${code(d.value)} er ikkje eit klokkeslett: bruk TT:MM.`,
    meetingExists: (d) =>
      `${d.forum} har alt eit møte ${d.date} (${code(d.path)}). For å planleggje eit møte nummer to same dag, køyr på nytt med ${code('--same-day')} (det vert lagt i ${code(d.folder)}); for å skrive denne saklista på nytt, med ${code('--force')} (ho erstattar den som er der).`,
  },
};

const options = {
  forum: { flags: '--forum <forum>', help: 'forum' },
  date: { flags: '--date <date>', help: 'date' },
  purpose: { flags: '--purpose <text>', help: 'purpose' },
  chair: { flags: '--chair <agency>', help: 'chair' },
  start: { flags: '--start <time>', help: 'start' },
  end: { flags: '--end <time>', help: 'end' },
  location: { flags: '--location <place>', help: 'location' },
  today: sharedOptions.today,
  sameDay: { flags: '--same-day', help: 'sameDay', conflicts: ['force'] },
  force: sharedOptions.force,
} as const satisfies Record<string, OptionSpec<(typeof words)['en']>>;

/** `etat agenda new --forum F --date D`: the agenda of a new meeting, from the template. */
export default defineCommand({
  name: 'agenda new',
  words,
  errors,
  description: 'agendaNew',
  examples: [
    'etat agenda new --forum direktorgruppen --date 2026-12-03 --purpose "Beslutte modell for prosjektstyring"',
    ['etat agenda new', 'asksOnTerminal'],
    'etat agenda new --forum direktorgruppen --date 2026-12-03 --same-day',
  ],
  options,
  run: agendaNew,
});

async function agendaNew(context: CommandContext, { options: opts }: Input<[], typeof options>): Promise<number> {
  const { loadRepository } = await import('../../model/load.js');
  const { agendaData, agendaView, nextFolder, planAgenda } = await import('../../scaffold/agenda.js');
  const { describeSchemaWrites, writeEditorSchemas } = await import('../../scaffold/editor-schemas.js');
  const { frontMatter } = await import('../../scaffold/frontmatter.js');
  const { findAgency, findForum, requireFora } = await import('../../scaffold/meeting.js');
  const { loadTemplate, render } = await import('../../scaffold/templates.js');
  const { writeNew } = await import('../../fs/write.js');
  const { ask, confirm, interactive } = await import('../prompt.js');
  const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
  const today = todayOf(context, opts.today, repo.config.timezone);
  const lang = context.lang ?? repo.config.language;
  const texts = scaffoldTexts[lang];
  const force = opts.force === true;
  let sameDay = opts.sameDay === true;

  // Before there is a forum, there is nothing to ask for: say how to add one.
  requireFora(repo.config, lang, opts.forum);
  const forumId =
    opts.forum ??
    (await ask(context, { option: '--forum', message: texts.askForum, choices: [...repo.config.fora.values()].map((f) => ({ value: f.id, label: f.name })) }, texts))!;
  const forum = findForum(repo.config, forumId, lang);
  const date =
    opts.date ?? (await ask(context, { option: '--date', message: texts.askDate, validate: (v) => (isCalendarDate(v.trim()) ? undefined : texts.dateInvalid) }, texts))!;
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
    opts.purpose ??
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
    const value = opts[name];
    if (value !== undefined && !TIME.test(value)) throw new UsageError('badTime', { value });
  }
  const chair = opts.chair;
  if (chair !== undefined) findAgency(repo.config, chair, lang);

  const request: AgendaRequest = { forum, date, purpose, chair, start: opts.start, end: opts.end, location: opts.location, force, sameDay };
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
