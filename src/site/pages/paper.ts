import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { a, h, paths } from '../html.js';
import type { Page } from '../layout.js';
import { renderMarkdown } from '../markdown.js';
import type { PaperFile } from '../papers.js';
import type { Site } from '../site.js';
import { meetingTitle } from './meeting.js';

/** A Markdown paper as a page: its own first heading is the page's title; a link back to its meeting. Its plain text goes to the search index, so the paper is parsed once. */
export function paperPage(site: Site, paper: PaperFile): Page & { text: string } {
  const tree = renderMarkdown(paper.source!.file.text);
  const first = tree.children.findIndex((node) => node.type === 'element' && node.tagName === 'h1');
  const title = first === -1 ? paper.name : toString(tree.children[first] as Element);
  const body = tree.children.filter((_, i) => i !== first) as ElementContent[];
  const meeting = paper.meeting;
  return {
    path: paper.href,
    title,
    text: toString(tree),
    main: [
      h('p.etat-lead', [site.words.paperOf, ' ', a(paper.href, paths.meeting(meeting.forum, meeting.folder), [meetingTitle(site, meeting)])]),
      h('div.etat-text', body),
    ],
  };
}
