import type { AgendaHistory } from '../git/agenda-versions.js';
import type { History } from '../git/history.js';
import { calendarEntries } from '../model/calendar.js';
import type { Repository } from '../model/types.js';
import { actionsReport } from '../registers/actions.js';
import { calendarEvents } from '../registers/calendar/events.js';
import { caseReport, casesReport, type CaseReport } from '../registers/cases/data.js';
import { decisionsReport } from '../registers/decisions.js';
import { statsReport } from '../registers/stats.js';
import type { SiteData } from './site.js';

/**
 * The registers' data for the site, each asked once of the one model: the
 * site renders what `etat decisions`, `etat actions`, `etat cases`, `etat
 * stats` and `etat calendar` print, never a second computation of it. The
 * git history (when papers came; the agendas' versions for SEQUENCE) is read
 * by the caller while the repository loads.
 */
export async function siteData(repo: Repository, today: string, now: Date, history: History | undefined, versions: Promise<AgendaHistory>): Promise<SiteData> {
  const ruleOff = repo.config.rules['agenda/paper-late'] === 'off';
  const problem = ruleOff ? 'rule-off' : history?.problems.find((p) => p.kind !== 'base-missing' && p.kind !== 'no-default-branch')?.kind;
  const arrival = problem || !history ? undefined : (path: string) => history.availableAt(path);
  const cases = casesReport(repo);
  const caseReports = new Map<string, CaseReport>();
  for (const entry of cases.cases) {
    const report = caseReport(repo, entry.id);
    if (report) caseReports.set(entry.id, report);
  }
  const { events } = await calendarEvents(repo, calendarEntries(repo.meetings, repo.config), now, versions);
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
