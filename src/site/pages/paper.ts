import { a, h, paths } from '../html.js';
import type { Page } from '../layout.js';
import { renderMarkdown } from '../markdown.js';
import type { PaperFile } from '../papers.js';
import type { SiteBase } from '../site.js';
import { meetingTitle } from './meeting.js';

/** A Markdown paper as a page: its own first heading is the page's title; a link back to its meeting. Its plain text goes to the search index, so the paper is rendered once. */
export function paperPage(site: SiteBase, paper: PaperFile): Page & { text: string } {
  const { html, text, title } = renderMarkdown(paper.source!.file.text, { takeTitle: true });
  const meeting = paper.meeting;
  return {
    path: paper.href,
    title: title ?? paper.name,
    text,
    main: [
      h('p.etat-lead', [site.words.paperOf, ' ', a(paper.href, paths.meeting(meeting.forum, meeting.folder), [meetingTitle(site, meeting)])]),
      h('div.etat-text', html),
    ],
  };
}
