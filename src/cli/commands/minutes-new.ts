import { posix } from 'node:path';
import { UsageError } from '../../errors.js';
import type { CommandContext } from '../io.js';
import { defineCommand, type Input, type ArgumentSpec, type OptionSpec } from '../define.js';
import { meetingArgument, sharedOptions } from '../options.js';
import { code, type Lang } from '../../i18n/lang.js';
import type { AgendaItem, Meeting, Repository } from '../../model/types.js';

const words = {
  en: {
    minutesNew: 'write the minutes of a meeting from its agenda',
  },
  nb: {
    minutesNew: 'skriv referatet fra et møte ut fra sakslisten',
  },
  nn: {
    minutesNew: 'skriv referatet frå eit møte ut frå saklista',
  },
};
const errorsEn = {
  approvedNeverOverwritten: (d: { meeting: string }) =>
    `The minutes of ${code(d.meeting)} are approved, and approved minutes are never overwritten, not even with ${code('--force')}. To correct a decision, record it in later minutes, as an item with ${code(`corrects: ${d.meeting}#<item>`)}.`,
};
const errors: Record<Lang, typeof errorsEn> = {
  en: errorsEn,
  nb: {
    approvedNeverOverwritten: (d) =>
      `Referatet fra ${code(d.meeting)} er godkjent, og et godkjent referat overskrives aldri, heller ikke med ${code('--force')}. Et vedtak rettes i et senere referat, som en sak med ${code(`corrects: ${d.meeting}#<sak>`)}.`,
  },
  nn: {
    approvedNeverOverwritten: (d) =>
      `Referatet frå ${code(d.meeting)} er godkjent, og eit godkjent referat vert aldri skrive over, heller ikkje med ${code('--force')}. Eit vedtak vert retta i eit seinare referat, som ei sak med ${code(`corrects: ${d.meeting}#<sak>`)}.`,
  },
};
const args = [meetingArgument] as const satisfies readonly ArgumentSpec<(typeof words)['en']>[];
const options = { force: sharedOptions.force } as const satisfies Record<string, OptionSpec<(typeof words)['en']>>;

/**
 * `etat minutes new <forum>/<date>`: minutes with one entry per agenda item.
 * The outcome is left for the secretary to record (a comment lists the
 * choices); a decision item's `decision` starts as its proposal; `present`
 * starts as the forum's members.
 */
export default defineCommand({
  name: 'minutes new',
  words,
  errors,
  description: 'minutesNew',
  examples: ['etat minutes new direktorgruppen/2026-12-03'],
  arguments: args,
  options,
  run: minutesNew,
});

async function minutesNew(context: CommandContext, { args: [meetingId], options: opts }: Input<typeof args, typeof options>): Promise<number> {
  const { longDate } = await import('../../model/dates.js');
  const { describeSchemaWrites, writeEditorSchemas } = await import('../../scaffold/editor-schemas.js');
  const { frontMatter } = await import('../../scaffold/frontmatter.js');
  const { loadTemplate, render } = await import('../../scaffold/templates.js');
  const { writeNew } = await import('../../fs/write.js');
  const { openMeeting } = await import('../meeting.js');
  const { repo, lang, texts, meeting, agenda } = await openMeeting(context, meetingId);
  // Approved minutes are the locked record: not even --force writes over them.
  // A file whose front matter cannot be read is refused on its words alone: better refuse a draft than lose a record.
  const minutes = meeting.minutes;
  if (minutes && (minutes.status === 'approved' || (minutes.file.problem && /^status:[ \t]*["']?approved\b/m.test(minutes.file.text)))) throw new UsageError('approvedNeverOverwritten', { meeting: meeting.id });
  const forum = repo.config.fora.get(meeting.forum);

  const items = agenda.items
    .filter((item) => item.id !== undefined)
    .map((item) => {
      const entry: Record<string, unknown> = { id: item.id };
      // An approval starts as approved; changes made to the agenda in the meeting are the secretary's to add.
      if (item.approves?.kind === 'agenda') entry.decision = texts.agendaApprovedDecision;
      else if (item.approves) entry.decision = texts.approvedDecision({ date: item.approves.meeting.split('/')[1] ?? item.approves.meeting });
      else if (item.kind === 'decide' && item.proposal) entry.decision = item.proposal;
      return entry;
    });
  await prefillFollowUp(repo, meeting, agenda.items, items);
  const data = {
    type: 'minutes',
    forum: meeting.forum,
    date: meeting.date ?? meeting.folder,
    status: 'draft',
    present: forum?.members ?? [],
    absent: [],
    items,
  };
  const template = await loadTemplate(repo.root, 'minutes', lang);
  const body = render(template, {
    forum: { id: meeting.forum, name: forum?.name ?? meeting.forum },
    date: meeting.date,
    dateLong: meeting.date ? longDate(meeting.date, lang) : meeting.folder,
    location: (agenda.file.data as { location?: unknown }).location,
    items: agenda.items.map((item) => ({ id: item.id, title: item.title, kindLabel: item.kind ? texts.kind[item.kind] : '', isDecide: item.kind === 'decide' })),
  });
  const path = posix.join(meeting.dir, 'minutes.md');
  const head = frontMatter('minutes', path, data, { flowKeys: ['present', 'absent'], comments: { items: texts.outcomesComment } });
  // The schema the first line points at, when the repository has none yet; first, so that a link in the way stops the command before anything is written.
  const schemas = await writeEditorSchemas(repo.root, { types: ['minutes'] });
  await writeNew(repo.root, path, head + body, { force: opts.force === true });
  context.stdout.write(texts.wrote({ path }) + '\n');
  for (const line of describeSchemaWrites(schemas, texts)) context.stdout.write(line + '\n');
  return 0;
}

/**
 * `follow_up` for every action of the forum still open from earlier meetings,
 * as `done: false`, so the secretariat only flips what was done. It goes on
 * the item `agenda new` made for the open actions (by its title, in any of
 * the three languages); without one, on the approval of earlier minutes,
 * where those actions were recorded; else on the first item.
 */
async function prefillFollowUp(repo: Repository, meeting: Meeting, agendaItems: readonly AgendaItem[], items: Record<string, unknown>[]): Promise<void> {
  const { openActions } = await import('../../model/actions.js');
  const { scaffoldTexts } = await import('../../i18n/scaffold.js');
  const open = openActions(repo, meeting.forum).filter((action) => action.meeting.date !== undefined && meeting.date !== undefined && action.meeting.date < meeting.date);
  if (open.length === 0 || items.length === 0) return;
  const titles = new Set(Object.values(scaffoldTexts).map((texts) => texts.actionsTitle));
  const target =
    agendaItems.find((item) => item.title !== undefined && titles.has(item.title)) ??
    agendaItems.find((item) => item.approves?.kind === 'minutes') ??
    agendaItems.find((item) => item.id !== undefined);
  const entry = items.find((item) => item.id === target?.id) ?? items[0]!;
  entry.follow_up = open.map((action) => ({ action: action.key, done: false }));
}
