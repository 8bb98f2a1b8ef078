import { lstat, realpath } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import type { Meeting, PaperSource } from '../model/types.js';
import { paths } from './html.js';
import type { SiteBase } from './site.js';

/** A paper the site publishes: a Markdown paper as a page, any other file copied beside it. */
export interface PaperFile {
  /** The repository path. */
  path: string;
  /** Where it goes in the site. */
  href: string;
  /** The file name. */
  name: string;
  /** What a link to it says: a Markdown paper's own first heading, else the file name. */
  title: string;
  meeting: Meeting;
  /** The text, for a Markdown paper the model read. */
  source: PaperSource | undefined;
  /** For a copied file: its size, written for a reader (`1,2 MB`); and where to copy it from. */
  size?: string;
  from?: string;
}

const units = ['B', 'kB', 'MB', 'GB'];

/**
 * Files a browser opens as a document that runs scripts: HTML, SVG, XML (with
 * XSLT) and web archives. Copied into the site they would run with the site's
 * own origin on Pages, past rehype-sanitize; such a paper is named, not copied.
 */
const ACTIVE = /\.(x?html?|xht|shtml|svgz?|xml|xslt?|mht|mhtml)$/i;

/** A size for a reader, in the site's language (decimal comma in Norwegian). */
export function readableSize(bytes: number, lang: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const text = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${text} ${units[unit]}`;
}

/**
 * Every paper of every meeting the site may publish, by repository path: on
 * an item the build shows and not itself withheld, present, inside the
 * repository, and no document a browser would run (`ACTIVE`). A file to copy
 * is checked again here, where it is read: a regular file whose real path is
 * under the repository root, so that no link planted in a pull request copies
 * a file from outside into the site.
 */
export async function publishedPaperFiles(site: SiteBase): Promise<Map<string, PaperFile>> {
  const files = new Map<string, PaperFile>();
  const root = await realpath(site.repo.root);
  for (const meeting of site.repo.meetings) {
    for (const item of meeting.agenda?.items ?? []) {
      if (site.redaction.withholds(item)) continue;
      for (const paper of item.papers) {
        if (site.redaction.withholds(paper) || paper.status !== 'present' || paper.resolved === undefined || files.has(paper.resolved)) continue;
        const name = basename(paper.resolved);
        const source = site.repo.papers.get(paper.resolved);
        if (source) {
          // The line scan finds an ATX title without a parse; a paper it cannot read that way is parsed (once, and kept).
          const title = (source.atxHeadings() ?? source.headings()).find((heading) => heading.depth === 1)?.text ?? name;
          files.set(paper.resolved, { path: paper.resolved, href: paths.paper(meeting.forum, meeting.folder, name.replace(/\.md$/i, '.html')), name, title, meeting, source });
          continue;
        }
        if (/\.md$/i.test(name) || ACTIVE.test(name)) continue;
        const absolute = join(site.repo.root, paper.resolved);
        const [stats, real] = await Promise.all([lstat(absolute).catch(() => undefined), realpath(absolute).catch(() => undefined)]);
        if (!stats?.isFile() || !real?.startsWith(root + sep)) continue;
        files.set(paper.resolved, { path: paper.resolved, href: paths.paper(meeting.forum, meeting.folder, name), name, title: name, meeting, source: undefined, size: readableSize(stats.size, site.lang), from: real });
      }
    }
  }
  return files;
}
