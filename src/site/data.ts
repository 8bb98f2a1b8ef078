import type { AgendaHistory } from '../git/agenda-versions.js';
import type { History } from '../git/history.js';
import { calendarEntries } from '../model/calendar.js';
import type { Repository } from '../model/types.js';
import { actionsReport } from '../registers/actions.js';
import { calendarEvents } from '../registers/calendar/events.js';
import { caseReport, casesReport, type CaseReport } from '../registers/cases/data.js';
import { decisionsReport } from '../registers/decisions.js';
import { arrivalProblem, statsReport } from '../registers/stats.js';
import type { SiteData } from './site.js';

/**
 * The registers' data for the site, each asked once of the one model: the
 * site renders what `etat decisions`, `etat actions`, `etat cases`, `etat
 * stats` and `etat calendar` print, never a second computation of it. The
 * git history (when papers came; the agendas' versions for SEQUENCE) is read
 * by the caller while the repository loads; the calendars' events are a
 * promise, waited for only when the calendars are written, last.
 */
export async function siteData(repo: Repository, today: string, now: Date, history: History | undefined, versions: Promise<AgendaHistory>): Promise<SiteData> {
  const problem = arrivalProblem(repo.config, history);
  const arrival = problem || !history ? undefined : (path: string) => history.availableAt(path);
  const cases = casesReport(repo);
  const caseReports = new Map<string, CaseReport>();
  for (const entry of cases.cases) {
    const report = caseReport(repo, entry.id);
    if (report) caseReports.set(entry.id, report);
  }
  // The calendars wait for the agendas' versions (read from git while the pages are rendered): a promise.
  const events = calendarEvents(repo, calendarEntries(repo.meetings, repo.config), now, versions).then((calendar) => calendar.events);
  events.catch(() => undefined);
  const actions = actionsReport(repo, { today });
  return {
    decisions: decisionsReport(repo),
    actions,
    actionsByKey: new Map(actions.actions.map((action) => [action.key, action])),
    cases,
    caseReports,
    stats: statsReport(repo, { today, arrival, historyProblem: problem }),
    events,
    arrival,
  };
}
