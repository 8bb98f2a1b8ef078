import type { Config, Forum } from '../config/types.js';
import { UsageError } from '../errors.js';
import { joinList, type Lang } from '../i18n/lang.js';
import { parseMeetingId } from '../model/ids.js';
import type { AgendaItem, Meeting, Repository } from '../model/types.js';
import { suggest } from '../text/suggest.js';
import { configExample, EXAMPLE_AGENCIES, isConfigId } from './config-example.js';

/** The meeting a command names as `<forum>/<date>`; it must have an agenda. */
export function findMeeting(repo: Repository, value: string): Meeting {
  const id = parseMeetingId(value);
  if (!id) throw new UsageError('badMeeting', { value });
  const meeting = repo.meeting(`${id.forum}/${id.folder}`);
  if (!meeting?.agenda) throw new UsageError('noMeeting', { meeting: `${id.forum}/${id.folder}` });
  return meeting;
}

/** An agenda item by id (`1` and `"1"` are the same); the refusal is in the repository's language. */
export function findItem(meeting: Meeting, id: string, lang?: Lang): AgendaItem {
  const item = meeting.agenda?.items.find((i) => i.id === String(id));
  if (!item) {
    const known = (meeting.agenda?.items ?? []).map((i) => `\`${i.id ?? '?'}\``).join(', ');
    if (known === '') throw new UsageError('noItemsYet', { id, meeting: meeting.id, path: `meetings/${meeting.id}/agenda.md`, lang });
    throw new UsageError('noItem', { id, meeting: meeting.id, known, lang });
  }
  return item;
}

/** A forum of etat.yml by id; an unknown one is a usage error, in the repository's language, with the id meant. */
export function findForum(config: Config, forum: string, lang: Lang): Forum {
  requireFora(config, lang, forum);
  const found = config.fora.get(forum);
  if (!found) {
    const known = joinList(lang, [...config.fora.keys()].map((f) => `\`${f}\``), 'or');
    throw new UsageError('unknownForumOption', { forum, suggestion: suggest(forum, config.fora.keys()), known, lang });
  }
  return found;
}

/**
 * Before etat.yml has a forum there is nothing to choose from: say how to add
 * one, with a piece of etat.yml to copy (the agencies too, when there are none).
 */
export function requireFora(config: Config, lang: Lang, forum?: string): void {
  if (config.fora.size > 0) return;
  const id = forum !== undefined && isConfigId(forum) ? forum : '<forum>';
  const agencies = config.agencies.size > 0 ? undefined : EXAMPLE_AGENCIES;
  const members = [...(agencies ? Object.keys(agencies) : config.agencies.keys())].slice(0, 3);
  const snippet = configExample({ agencies, forum: { id, name: id === '<forum>' ? '<name>' : id.charAt(0).toUpperCase() + id.slice(1), members } });
  throw new UsageError('noForaYet', { forum: forum ?? '', snippet: indent(snippet), agencies: agencies !== undefined, lang });
}

/** An agency of etat.yml by id (`--chair`): an unknown one is a usage error that says which exist, or how to add one. */
export function findAgency(config: Config, agency: string, lang: Lang): void {
  if (config.agencies.has(agency)) return;
  if (config.agencies.size === 0) {
    const id = isConfigId(agency) ? agency : '<agency>';
    throw new UsageError('noAgenciesYet', { agency, snippet: indent(configExample({ agencies: { [id]: { name: '<name>', short: '<short name>' } } })), lang });
  }
  const known = joinList(lang, [...config.agencies.keys()].map((a) => `\`${a}\``), 'or');
  throw new UsageError('unknownAgencyOption', { agency, suggestion: suggest(agency, config.agencies.keys()), known, lang });
}

const indent = (text: string) => text.replace(/^/gm, '    ');

/** The agency's short name, for text people read; the id when it is not in etat.yml. */
export function agencyName(config: Config, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (config.agencies.get(id)?.short ?? id);
}
