import type { Config, Forum } from '../config/types.js';
import { UsageError } from '../errors.js';
import { joinList, type Lang } from '../i18n/lang.js';
import { parseMeetingId } from '../model/ids.js';
import type { AgendaItem, Meeting, Repository } from '../model/types.js';
import { suggest } from '../rules/util.js';

/** The meeting a command names as `<forum>/<date>`; it must have an agenda. */
export function findMeeting(repo: Repository, value: string): Meeting {
  const id = parseMeetingId(value);
  if (!id) throw new UsageError('badMeeting', { value });
  const meeting = repo.meeting(`${id.forum}/${id.folder}`);
  if (!meeting?.agenda) throw new UsageError('noMeeting', { meeting: `${id.forum}/${id.folder}` });
  return meeting;
}

/** An agenda item by id (`1` and `"1"` are the same). */
export function findItem(meeting: Meeting, id: string): AgendaItem {
  const item = meeting.agenda?.items.find((i) => i.id === String(id));
  if (!item) {
    const known = (meeting.agenda?.items ?? []).map((i) => `\`${i.id ?? '?'}\``).join(', ') || '—';
    throw new UsageError('noItem', { id, meeting: meeting.id, known });
  }
  return item;
}

/** A forum of etat.yml by id; an unknown one is a usage error, in the repository's language, with the id meant. */
export function findForum(config: Config, forum: string, lang: Lang): Forum {
  const found = config.fora.get(forum);
  if (!found) {
    const known = joinList(lang, [...config.fora.keys()].map((f) => `\`${f}\``), 'or');
    throw new UsageError('unknownForumOption', { forum, suggestion: suggest(forum, config.fora.keys()), known, lang });
  }
  return found;
}

/** The agency's short name, for text people read; the id when it is not in etat.yml. */
export function agencyName(config: Config, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (config.agencies.get(id)?.short ?? id);
}
