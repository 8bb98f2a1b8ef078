import { basename } from 'node:path';
import XMLBuilder from 'fast-xml-builder';
import { paths } from './html.js';
import { shownDecisions } from './pages/decisions.js';
import { forumName, type Site } from './site.js';

// Characters XML 1.0 cannot hold at all: left out, as the JUnit reporter does.
// eslint-disable-next-line no-control-regex
const xmlText = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/**
 * The decisions as an Atom feed (RFC 4287), newest first, built with
 * fast-xml-builder, which escapes every text. Ids are tag URIs from the
 * calendar domain (or the repository's folder name), stable across builds;
 * `updated` is a decision's meeting date, never the clock. Links are relative
 * to `xml:base`, the site's base path.
 */
export function atomFeed(site: Site): string {
  const authority = site.repo.config.calendarDomain ?? (basename(site.repo.root).toLowerCase().replace(/[^a-z0-9.-]+/g, '-') || 'etat');
  const decisions = shownDecisions(site).slice(0, 100);
  const stamp = (date: string | null) => `${date ?? site.today}T00:00:00Z`;
  const entries = decisions.map(({ entry, title, text, withheld }) => {
    const [forum, folder] = entry.meeting.split('/') as [string, string];
    return {
      id: `tag:${authority},${(entry.date ?? site.today).slice(0, 4)}:decision/${entry.key}`,
      title: xmlText(`${forumName(site, entry.forum)}: ${title}`),
      updated: stamp(entry.date),
      link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': `${paths.meeting(forum, folder)}#item-${entry.item}` },
      content: { '@_type': 'text', '#text': xmlText(withheld ?? text ?? '') },
    };
  });
  const feed = {
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': site.lang,
      '@_xml:base': site.basePath,
      id: `tag:${authority},2000:decisions`,
      title: xmlText(`${site.title} – ${site.words.decisions}`),
      updated: stamp(decisions[0]?.entry.date ?? site.today),
      generator: 'etat',
      link: [
        { '@_rel': 'self', '@_href': paths.feed },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': paths.decisions },
      ],
      entry: entries,
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${(builder.build(feed) as string).trimEnd()}\n`;
}
