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
import { SEARCH_INDEX, SearchIndex, searchPage } from './search-index.js';
import type { Site, SiteBase, SiteData } from './site.js';

/** A file of the built site: its text or bytes, or the absolute path of a repository file to copy. */
export type SiteFile = string | Uint8Array | { copy: string };

/** Where each file goes as soon as it is made: written (`SiteWriter`, which makes the next wait while the disk is behind), or kept. */
export type SiteSink = (path: string, content: SiteFile) => void | Promise<void>;

/**
 * Every file of the site, handed to `out` by its path in the output one by
 * one, as it is made: the papers' pages first, from the site without its
 * registers, while `data` (which waits for git's history) is still coming.
 * Pure but for reading the shipped assets and checking the papers to copy:
 * writing is the sink's.
 */
export async function renderSite(base: SiteBase, data: Promise<SiteData>, out: SiteSink): Promise<void> {
  // Built on a thread of its own from the documents as they come; written last, to give it the most time.
  const searchIndex = new SearchIndex(base);
  try {
    await renderFiles(base, data, out, searchIndex);
    await out(SEARCH_INDEX, await searchIndex.script());
  } finally {
    searchIndex.stop();
  }
}

async function renderFiles(base: SiteBase, data: Promise<SiteData>, out: SiteSink, searchIndex: SearchIndex): Promise<void> {
  const put = (page: Page) => out(page.path, renderPage(base, page));
  const [assets, papers] = await Promise.all([siteAssets(), publishedPaperFiles(base)]);
  for (const [path, content] of assets) await out(path, content);
  // The papers first: their pages need no registers, so they are rendered while git is still read; the index takes each as it is made.
  searchIndex.addMeetings(base);
  for (const paper of papers.values()) {
    if (paper.source) {
      const page = paperPage(base, paper);
      searchIndex.addPaper(paper, page.text);
      await put(page);
    } else if (paper.from) await out(paper.href, { copy: paper.from });
  }
  const site: Site = { ...base, data: await data };
  searchIndex.addRegisters(site);

  await put(homePage(site));
  for (const forum of site.repo.config.fora.values()) await put(forumPage(site, forum));
  for (const meeting of site.repo.meetings) if (meeting.agenda || meeting.minutes) await put(meetingPage(site, meeting, papers));
  await put(decisionsPage(site));
  await put(casesPage(site));
  for (const report of site.data.caseReports.values()) await put(casePage(site, report));
  await put(actionsPage(site));
  await put(agenciesPage(site));
  for (const agency of site.repo.config.agencies.values()) await put(agencyPage(site, agency));
  await put(statsPage(site));
  await put(searchPage(site));
  await put(publishingPage(site));
  if (!site.accessibilityUrl) await put(accessibilityPage(site));
  await out(paths.feed, atomFeed(site));
  // Last: the calendars wait for the agendas' versions, read from git meanwhile.
  const events = await site.data.events;
  for (const forum of site.repo.config.fora.values()) {
    await out(paths.forumCalendar(forum.id), icsOf(events.filter((e) => e.entry.forum === forum.id), { zone: site.repo.config.timezone, lang: site.lang, name: feedName(site.lang, forum.name) }));
  }
  for (const event of events) {
    const meeting = site.repo.meeting(event.entry.meeting);
    if (meeting) await out(paths.meetingCalendar(meeting.forum, meeting.folder), icsOf([event], { zone: site.repo.config.timezone, lang: site.lang }));
  }
}
