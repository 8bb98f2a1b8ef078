import { posix } from 'node:path';
import { longDate } from '../../model/dates.js';
import { FrontMatterEditor } from '../../scaffold/edit.js';
import { agencyName, findItem } from '../../scaffold/meeting.js';
import { paperFileName } from '../../scaffold/names.js';
import { loadTemplate, render } from '../../scaffold/templates.js';
import { replace, writeNew } from '../../fs/write.js';
import type { CommandContext } from '../io.js';
import { openMeeting } from '../meeting.js';

/** `etat paper new <forum>/<date> <item-id>`: a case paper from the template, listed in the item's `papers`. */
export default async function paperNew(context: CommandContext, [meetingId, itemId]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const { repo, lang, texts, meeting, agenda } = await openMeeting(context, meetingId);
  const item = findItem(meeting, String(itemId), lang);
  const title = typeof opts.title === 'string' ? opts.title : (item.title ?? String(itemId));

  const listed = `papers/${paperFileName(item.id!, title)}`;
  const path = posix.join(meeting.dir, listed);
  // Edit first: the edit checks itself, so nothing is written if it would not come out right.
  const alreadyListed = item.papers.some((p) => p.resolved === path);
  const edited = alreadyListed ? undefined : new FrontMatterEditor(agenda.file).append([...item.path, 'papers'], listed).toString();

  const forum = repo.config.fora.get(meeting.forum);
  const template = await loadTemplate(repo.root, 'paper', lang);
  const body = render(template, {
    title,
    forum: { id: meeting.forum, name: forum?.name ?? meeting.forum },
    date: meeting.date,
    dateLong: meeting.date ? longDate(meeting.date, lang) : meeting.folder,
    item: { id: item.id, title: item.title, kindLabel: item.kind ? texts.kind[item.kind] : '' },
    owner: item.owner ? { id: item.owner, name: agencyName(repo.config, item.owner) } : undefined,
    proposal: item.proposal,
  });
  await writeNew(repo.root, path, body, { force: opts.force === true });
  context.stdout.write(texts.wrote({ path }) + '\n');
  if (edited !== undefined) {
    await replace(repo.root, agenda.file.path, edited);
    context.stdout.write(texts.updated({ path: agenda.file.path }) + '\n');
  }
  return 0;
}
