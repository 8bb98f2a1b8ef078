import { posix } from 'node:path';
import type { Config } from '../config/types.js';
import { suggest } from '../text/suggest.js';
import { buildAgenda, buildCase, buildMinutes, paperTargets, type PaperTarget } from './build.js';
import { isCalendarDate } from './dates.js';
import type { Existence, Listing } from './file-source.js';
import { builtInGuidance, guidanceOf } from './guidance.js';
import { scanAtxHeadings, scanHeadings } from './headings.js';
import { compareMeetingFolders, MEETING_FILE, parseMeetingFolder } from './ids.js';
import { MAX_MARKDOWN_PARSE_BYTES, MAX_PAPER_BYTES } from './limits.js';
import { resolveFromFile } from './paths.js';
import { unreadFile, type RepositoryLoad } from './repository-load.js';
import { parseTextFile, SourceFile } from './source.js';
import type { Agenda, Case, Heading, Meeting, Minutes, OutsideFile, PaperRef, PaperSource, Repository } from './types.js';

/** The repository's own paper template, whose guidance lines an unwritten paper still holds. */
const PAPER_TEMPLATE = 'templates/paper.md';

/** Build the model from a load: the meetings `select` accepts read in full, the others known by their folder alone. */
export async function buildRepository(
  load: RepositoryLoad,
  config: Config,
  options: { select?: (meetingDir: string) => boolean; papers?: boolean },
): Promise<Repository> {
  const listing = await load.list();
  const { select } = options;
  const skipped = new Set<string>();
  const meetingFiles: string[] = [];
  for (const path of listing.meetingFiles) {
    if (!select || select(posix.dirname(path))) meetingFiles.push(path);
    else skipped.add(posix.dirname(path));
  }

  const sources = new Map<string, SourceFile>();
  const outside = listing.outside.map(outsideFile);
  const records = [...meetingFiles, ...listing.caseFiles];
  await load.readRecords(records);
  for (const path of records) {
    const file = await load.record(path);
    if (file) sources.set(path, file);
    else if (await load.isOutside(path)) outside.push(outsideFile(path));
  }
  outside.sort((a, b) => (a.path < b.path ? -1 : 1));

  // Papers: resolve every path an agenda lists, then read the Markdown ones once.
  const statusOf = new Map<string, Promise<Existence>>();
  for (const path of meetingFiles) {
    const file = sources.get(path);
    if (!file || !path.endsWith('/agenda.md')) continue;
    for (const { target } of agendaPapers(file)) {
      const resolved = resolveFromFile(file.path, target.target);
      if (resolved !== undefined && !statusOf.has(resolved)) statusOf.set(resolved, load.source.exists(resolved));
    }
  }
  const statuses = new Map<string, Existence>();
  for (const [path, status] of statusOf) statuses.set(path, await status);

  const markdownPapers =
    options.papers === false ? [] : [...statuses].filter(([path, status]) => status === 'present' && /\.(md|markdown)$/i.test(path)).map(([path]) => path);
  // The papers and the repository's paper template in one batch (a load without papers needs no template either).
  const toRead = options.papers === false ? [] : [...markdownPapers, PAPER_TEMPLATE];
  const reads = await load.read(new Map(toRead.map((path) => [path, MAX_PAPER_BYTES])));
  const papers = new Map<string, PaperSource>();
  if (markdownPapers.length > 0) {
    // The Markdown parser is loaded only when there is Markdown to parse.
    const { parseHeadings } = await import('./markdown.js');
    for (const path of markdownPapers) {
      const read = reads.get(path)!;
      const file = read.kind === 'file' ? parseTextFile(path, read.bytes) : unreadFile(path, read.kind === 'missing' || read.kind === 'outside' ? { kind: 'notFile' } : read, 'paper');
      let headings: Heading[] | undefined;
      let atx: Heading[] | undefined | null = null;
      papers.set(path, {
        file,
        // remark gives the exact answer; past a size, its syntax tree costs more memory than a check may take.
        headings: () => (headings ??= file.problem ? [] : file.text.length > MAX_MARKDOWN_PARSE_BYTES ? scanHeadings(file.text) : parseHeadings(file)),
        atxHeadings: () => (atx === null ? (atx = file.problem ? [] : scanAtxHeadings(file.text)) : atx),
      });
    }
  }

  const resolvePaper = (file: SourceFile, target: PaperTarget): PaperRef => {
    const resolved = resolveFromFile(file.path, target.target);
    const status = resolved === undefined ? 'outside' : (statuses.get(resolved) ?? 'missing');
    return {
      suggestion: status === 'missing' && resolved !== undefined ? closestPaper(listing, file.path, resolved) : undefined,
      file,
      path: target.path,
      target: target.target,
      restricted: target.restricted,
      resolved: status === 'outside' ? undefined : resolved,
      status,
      source: resolved !== undefined && status === 'present' ? papers.get(resolved) : undefined,
    };
  };

  // Meetings that were not selected are known by their folder alone.
  const byDir = new Map<string, { agenda?: Agenda; minutes?: Minutes }>([...skipped].map((dir) => [dir, {}]));
  for (const path of meetingFiles) {
    const file = sources.get(path);
    if (!file) continue;
    const dir = posix.dirname(path);
    const entry = byDir.get(dir) ?? {};
    if (path.endsWith('/agenda.md')) entry.agenda = buildAgenda(file, resolvePaper);
    else entry.minutes = buildMinutes(file);
    byDir.set(dir, entry);
  }
  const meetings: Meeting[] = [...byDir]
    .map(([dir, { agenda, minutes }]) => {
      const [, forum = '', folder = ''] = dir.split('/');
      const named = parseMeetingFolder(folder)?.date;
      const date = named && isCalendarDate(named) ? named : undefined;
      return { id: `${forum}/${folder}`, forum, folder, date, dir, agenda, minutes };
    })
    .sort((a, b) => (a.forum === b.forum ? compareMeetingFolders(a.folder, b.folder) : a.forum < b.forum ? -1 : 1));

  const cases = new Map<string, Case>();
  for (const path of [...listing.caseFiles].sort()) {
    const file = sources.get(path);
    if (file) cases.set(posix.basename(path, '.md'), buildCase(posix.basename(path, '.md'), file));
  }

  const files = [...meetings.flatMap((m) => [m.agenda?.file, m.minutes?.file]), ...[...cases.values()].map((c) => c.file)].filter(
    (f): f is SourceFile => f !== undefined,
  );
  const index = new Map(meetings.map((m) => [m.id, m]));
  const ownTemplate = reads.get(PAPER_TEMPLATE);
  const paperGuidance = ownTemplate?.kind === 'file' ? new Set([...builtInGuidance(), ...guidanceOf(ownTemplate.bytes.toString('utf8'))]) : builtInGuidance();
  return { root: load.source.root, config, meetings, cases, files, papers, outside, paperGuidance, meeting: (id) => index.get(id) };
}

/** The papers an agenda's items list, with where each is written. */
export function agendaPapers(file: SourceFile): { item: unknown; target: PaperTarget }[] {
  const items = (file.data as { items?: unknown } | undefined)?.items;
  return (Array.isArray(items) ? items : []).flatMap((item, index) => paperTargets(item, ['items', index]).map((target) => ({ item, target })));
}

/**
 * The file a missing paper most likely is, as it should be written in the
 * agenda: one in the folder the path points into, or in the meeting's
 * `papers/`, with the same name or a name close to it (a typo, `-v2`, a
 * forgotten `papers/`). Undefined when none is close.
 */
function closestPaper(listing: Listing, agendaPath: string, resolved: string): string | undefined {
  const meetingDir = posix.dirname(agendaPath);
  const folders = new Set([posix.dirname(resolved), `${meetingDir}/papers`]);
  const candidates = [...listing.files].filter(
    (path) => folders.has(posix.dirname(path)) && !(posix.dirname(path) === meetingDir && MEETING_FILE.test(path)),
  );
  const sameName = candidates.find((path) => posix.basename(path) === posix.basename(resolved));
  const relativeToAgenda = (path: string) => posix.relative(meetingDir, path);
  if (sameName) return relativeToAgenda(sameName);
  return suggest(relativeToAgenda(resolved), candidates.map(relativeToAgenda));
}

/** A file that was not read because a link takes it out of the repository: an empty stand-in to place the finding on. */
function outsideFile(path: string): OutsideFile {
  return { path, file: new SourceFile(path, '', { yamlStart: 0, bodyStart: 0 }) };
}
