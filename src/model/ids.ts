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
