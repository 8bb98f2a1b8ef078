import { posix } from 'node:path';
import type { CommandContext } from '../io.js';
import { defineCommand, type Input, type ArgumentSpec, type OptionSpec } from '../define.js';
import { meetingArgument, sharedOptions } from '../options.js';

const words = {
  en: {
    paperNew: "write a case paper for an agenda item from the template and list it in the item's papers",
    itemId: 'the id of the agenda item',
    title: 'the title of the paper (default: the title of the item)',
  },
  nb: {
    paperNew: 'skriv et saksfremlegg til en sak fra malen og før det opp i sakens papers',
    itemId: 'id-en til saken på sakslisten',
    title: 'tittelen på saksfremlegget (standard: sakens tittel)',
  },
  nn: {
    paperNew: 'skriv eit saksframlegg til ei sak frå malen og før det opp i papers til saka',
    itemId: 'id-en til saka på saklista',
    title: 'tittelen på saksframlegget (standard: tittelen til saka)',
  },
};
const args = [meetingArgument, { name: '<item-id>', help: 'itemId' }] as const satisfies readonly ArgumentSpec<(typeof words)['en']>[];
const options = {
  title: { flags: '--title <title>', help: 'title' },
  force: sharedOptions.force,
} as const satisfies Record<string, OptionSpec<(typeof words)['en']>>;

/** `etat paper new <forum>/<date> <item-id>`: a case paper from the template, listed in the item's `papers`. */
export default defineCommand({
  name: 'paper new',
  words,
  description: 'paperNew',
  examples: ['etat paper new direktorgruppen/2026-12-03 2', 'etat paper new direktorgruppen/2026-12-03 2 --title "Modell for prosjektstyring"'],
  arguments: args,
  options,
  run: paperNew,
});

async function paperNew(context: CommandContext, { args: [meetingId, itemId], options: opts }: Input<typeof args, typeof options>): Promise<number> {
  const { longDate } = await import('../../model/dates.js');
  const { FrontMatterEditor } = await import('../../scaffold/edit.js');
  const { agencyName, findItem } = await import('../../scaffold/meeting.js');
  const { paperFileName } = await import('../../scaffold/names.js');
  const { loadTemplate, render } = await import('../../scaffold/templates.js');
  const { replace, writeNew } = await import('../../fs/write.js');
  const { openMeeting } = await import('../meeting.js');
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
