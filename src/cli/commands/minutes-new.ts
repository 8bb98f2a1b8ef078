import { posix } from 'node:path';
import { UsageError } from '../../errors.js';
import { longDate } from '../../model/dates.js';
import { describeSchemaWrites, writeEditorSchemas } from '../../scaffold/editor-schemas.js';
import { frontMatter } from '../../scaffold/frontmatter.js';
import { loadTemplate, render } from '../../scaffold/templates.js';
import { writeNew } from '../../fs/write.js';
import type { CommandContext } from '../io.js';
import { openMeeting } from '../meeting.js';

/**
 * `etat minutes new <forum>/<date>`: minutes with one entry per agenda item.
 * The outcome is left for the secretary to record (a comment lists the
 * choices); a decision item's `decision` starts as its proposal; `present`
 * starts as the forum's members.
 */
export default async function minutesNew(context: CommandContext, [meetingId]: unknown[], opts: Record<string, unknown>): Promise<number> {
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
      if (item.approves) entry.decision = texts.approvedDecision({ date: item.approves.split('/')[1] ?? item.approves });
      else if (item.kind === 'decide' && item.proposal) entry.decision = item.proposal;
      return entry;
    });
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
