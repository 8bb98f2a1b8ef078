import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import type { ScaffoldTexts } from '../i18n/scaffold.js';
import type { Agenda, Meeting, Repository } from '../model/types.js';
import type { CommandContext } from './io.js';

export interface OpenMeeting {
  repo: Repository;
  lang: Lang;
  texts: ScaffoldTexts;
  meeting: Meeting;
  /** The meeting's agenda, whose front matter could be read. */
  agenda: Agenda;
}

/** What every command about one meeting (`<forum>/<date>`) starts with: the repository, its language, the meeting and its agenda. */
export async function openMeeting(context: CommandContext, meetingId: unknown): Promise<OpenMeeting> {
  const { scaffoldTexts } = await import('../i18n/scaffold.js');
  const { loadRepository } = await import('../model/load.js');
  const { findMeeting } = await import('../scaffold/meeting.js');
  const repo = await loadRepository({ cwd: context.cwd, lang: context.lang, fallbackLang: context.fallbackLang });
  const lang = context.lang ?? repo.config.language;
  const meeting = findMeeting(repo, String(meetingId));
  const agenda = meeting.agenda!;
  if (agenda.file.problem) throw new UsageError('unreadable', { path: agenda.file.path });
  return { repo, lang, texts: scaffoldTexts[lang], meeting, agenda };
}
