import type { Action, Meeting, MinutesItem, Repository } from './types.js';

/** An action item that is not done, with the meeting and minutes item that recorded it. */
export interface OpenAction {
  readonly action: Action;
  readonly meeting: Meeting;
  readonly item: MinutesItem;
}

/**
 * Every action item not marked `done: true` in the minutes of a forum's
 * meetings, in meeting order: what the secretariat must chase, and what a new
 * agenda carries forward.
 */
export function openActions(repo: Repository, forum: string): OpenAction[] {
  const open: OpenAction[] = [];
  for (const meeting of repo.meetings) {
    if (meeting.forum !== forum) continue;
    for (const item of meeting.minutes?.items ?? []) {
      for (const action of item.actions) {
        if (!action.done) open.push({ action, meeting, item });
      }
    }
  }
  return open;
}
