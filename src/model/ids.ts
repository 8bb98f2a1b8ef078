/** Meeting ids (`<forum>/<date>`, `<forum>/<date>-2`) and item references (`<forum>/<date>#<item>`). */

const MEETING_ID = /^([a-z0-9][a-z0-9-]*)\/((\d{4}-\d{2}-\d{2})(?:-([0-9]+))?)$/;

export interface MeetingId {
  forum: string;
  /** The folder name: the date, or `<date>-2` for a second meeting that day. */
  folder: string;
  date: string;
  /** `meetings/<forum>/<folder>`. */
  dir: string;
}

/**
 * Parse `<forum>/<date>`. The forum is an id (letters, digits, `-`) and the
 * folder a date, so a meeting id can never name a path outside `meetings/`.
 */
export function parseMeetingId(value: string): MeetingId | undefined {
  const match = MEETING_ID.exec(value.trim().replace(/\/+$/, ''));
  if (!match) return undefined;
  const [, forum = '', folder = '', date = ''] = match;
  return { forum, folder, date, dir: `meetings/${forum}/${folder}` };
}

/** `<date>` or `<date>-<n>`: a meeting folder; the date is not yet checked to be a calendar date. */
const DATE_FOLDER = /^(\d{4}-\d{2}-\d{2})(?:-([0-9]+))?$/;

/** The files a meeting is known by: `meetings/<forum>/<folder>/agenda.md` and `minutes.md`. */
export const MEETING_FILE = /^meetings\/([^/]+)\/([^/]+)\/(agenda|minutes)\.md$/;

/** A case file: `cases/<id>.md`. */
export const CASE_FILE = /^cases\/[^/]+\.md$/;

/** The meeting folder a repository path is in (`meetings/<forum>/<folder>`), if any. */
export const IN_MEETING = /^(meetings\/[^/]+\/[^/]+)\//;

/** What a meeting file's path says: its forum, its folder and which file it is. */
export function parseMeetingFile(path: string): { forum: string; folder: string; kind: 'agenda' | 'minutes' } | undefined {
  const match = MEETING_FILE.exec(path);
  if (!match) return undefined;
  return { forum: match[1] ?? '', folder: match[2] ?? '', kind: match[3] === 'agenda' ? 'agenda' : 'minutes' };
}

/**
 * What a meeting folder's name says: its date as written (`2026-03-01`) and
 * its number that day (1 unless `-2`, `-3`…). Undefined for a folder that names no date.
 */
export function parseMeetingFolder(folder: string): { date: string; number: number } | undefined {
  const match = DATE_FOLDER.exec(folder);
  return match?.[1] ? { date: match[1], number: Number(match[2] ?? 1) } : undefined;
}

/** Meeting folders in the order they were held: `2026-03-01` < `2026-03-01-2` < `2026-03-02`; a folder naming no date first. */
export function compareMeetingFolders(a: string, b: string): number {
  const [dateA, nA] = folderKey(a);
  const [dateB, nB] = folderKey(b);
  return dateA === dateB ? nA - nB : dateA < dateB ? -1 : 1;
}

function folderKey(folder: string): [string, number] {
  const parsed = parseMeetingFolder(folder);
  return parsed ? [parsed.date, parsed.number] : [folder, 0];
}
