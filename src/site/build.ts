import { icsOf, feedName } from '../registers/calendar/ics.js';
import { siteAssets } from './assets.js';
import { atomFeed } from './feed.js';
import { paths } from './html.js';
import { renderPage, type Page } from './layout.js';
import { actionsPage } from './pages/actions.js';
import { agenciesPage, agencyPage } from './pages/agencies.js';
import { casePage, casesPage } from './pages/cases.js';
import { decisionsPage } from './pages/decisions.js';
import { forumPage } from './pages/forum.js';
import { homePage } from './pages/home.js';
import { meetingPage } from './pages/meeting.js';
import { paperPage } from './pages/paper.js';
import { accessibilityPage, publishingPage } from './pages/publishing.js';
import { statsPage } from './pages/stats.js';
import { publishedPaperFiles } from './papers.js';
import { searchIndexScript, searchPage } from './search-index.js';
import type { Site } from './site.js';

/** A file of the built site: its text or bytes, or the absolute path of a repository file to copy. */
export type SiteFile = string | Uint8Array | { copy: string };

/**
 * Every file of the site, by its path in the output. Pure but for reading
 * the shipped assets and checking the papers to copy: writing is `writeSite`'s.
 */
export async function renderSite(site: Site): Promise<Map<string, SiteFile>> {
  const out = new Map<string, SiteFile>();
  const put = (page: Page) => out.set(page.path, renderPage(site, page));
  const [assets, papers] = await Promise.all([siteAssets(), publishedPaperFiles(site)]);
  for (const [path, content] of assets) out.set(path, content);

  put(homePage(site));
  const events = site.data.events;
  for (const forum of site.repo.config.fora.values()) {
    put(forumPage(site, forum));
    out.set(paths.forumCalendar(forum.id), icsOf(events.filter((e) => e.entry.forum === forum.id), { zone: site.repo.config.timezone, lang: site.lang, name: feedName(site.lang, forum.name) }));
  }
  for (const event of events) {
    const meeting = site.repo.meeting(event.entry.meeting);
    if (meeting) out.set(paths.meetingCalendar(meeting.forum, meeting.folder), icsOf([event], { zone: site.repo.config.timezone, lang: site.lang }));
  }
  for (const meeting of site.repo.meetings) if (meeting.agenda || meeting.minutes) put(meetingPage(site, meeting, papers));
  const paperTexts = new Map<string, string>();
  for (const paper of papers.values()) {
    if (paper.source) {
      const page = paperPage(site, paper);
      paperTexts.set(paper.path, page.text);
      put(page);
    } else if (paper.from) out.set(paper.href, { copy: paper.from });
  }
  put(decisionsPage(site));
  put(casesPage(site));
  for (const report of site.data.caseReports.values()) put(casePage(site, report));
  put(actionsPage(site));
  put(agenciesPage(site));
  for (const agency of site.repo.config.agencies.values()) put(agencyPage(site, agency));
  put(statsPage(site));
  put(searchPage(site));
  out.set('assets/search-index.js', searchIndexScript(site, papers, paperTexts));
  put(publishingPage(site));
  if (!site.accessibilityUrl) put(accessibilityPage(site));
  out.set(paths.feed, atomFeed(site));
  return out;
}
