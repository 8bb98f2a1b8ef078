import { relative } from 'node:path';
import { toPosix } from '../model/paths.js';
import { parseMarkdownFile } from '../model/source.js';
import { Git, GitMissingError } from './git.js';
import { readLogs, type FileHistory } from './log.js';
import { readStatus } from './raw.js';

/** What the history says of one agenda, for a calendar. */
export interface AgendaVersions {
  /** Committer time (seconds since 1970) of the last commit that changed the agenda. */
  lastCommit: number;
  /** `contentOf` the last committed version. */
  last: string;
  /** `contentOf` each committed version from the first whose front matter says `status: sent` on, in commit order; empty when none does. */
  sinceSent: string[];
}

/** Why the history could not be read (or read only in part: `shallow`). */
export type VersionsProblem = 'no-git' | 'not-a-repository' | 'no-commits' | 'shallow';

export interface AgendaHistory {
  versions: Map<string, AgendaVersions>;
  problem: VersionsProblem | undefined;
  /** How many git processes it took: three, however many agendas and commits. */
  processes: number;
}

/** The agendas of one forum, or of all, as a pathspec from the etat root (a forum id holds no glob character). */
const agendasOf = (forum: string | undefined) => `:(glob)meetings/${forum ?? '*'}/*/agenda.md`;

/** Whether a path is what `agendasOf(forum)` matches: `*` in a glob pathspec matches no `/`. */
const isAgendaOf = (path: string, forum: string | undefined): boolean => {
  const [top, folder, meeting, name, ...rest] = path.split('/');
  return top === 'meetings' && rest.length === 0 && name === 'agenda.md' && folder !== '' && meeting !== '' && (forum === undefined || folder === forum);
};

/**
 * Every committed version of the agendas (the paths given, or a forum's, or all), along
 * the first-parent line of HEAD — the history of what is checked out, as a
 * merged pull request is one change of it. Three git processes whatever the
 * size: rev-parse, one log, one `cat-file --batch` for every blob. Of each
 * version only whether it is sent and `contentOf` its front matter is kept.
 */
export async function agendaVersions(
  root: string,
  select: { paths: readonly string[] } | { forum: string | undefined },
  contentOf: (data: unknown) => string,
  /** The log of HEAD's first-parent line of every path, read already (`History.headLog`): not read a second time. */
  headLog?: FileHistory,
): Promise<AgendaHistory> {
  const git = new Git(root);
  const versions = new Map<string, AgendaVersions>();
  const none = (problem: VersionsProblem): AgendaHistory => ({ versions, problem, processes: git.spawned });
  let files: FileHistory;
  let shallow: string | undefined;
  if (headLog) {
    // readHistory read it, from a repository it found whole (not shallow) and with commits.
    const paths = 'paths' in select ? new Set(select.paths) : undefined;
    const wanted = (path: string) => (paths ? paths.has(path) : isAgendaOf(path, 'forum' in select ? select.forum : undefined));
    files = { firstSeen: new Map(), versions: new Map([...headLog.versions].filter(([path]) => wanted(path))) };
  } else {
    let where;
    try {
      where = await git.run(['rev-parse', '--is-shallow-repository', '--show-toplevel', '--verify', '--quiet', 'HEAD^{commit}']);
    } catch (error) {
      if (error instanceof GitMissingError) return none('no-git');
      throw error;
    }
    let toplevel, head;
    [shallow, toplevel, head] = where.stdout.trim().split('\n');
    if (toplevel === undefined || toplevel === '') return none('not-a-repository');
    if (where.exitCode !== 0 || !head) return none('no-commits');
    const prefix = toPosix(relative(toplevel, root));
    const toRepo = (path: string) => (prefix === '' ? path : path.startsWith(prefix + '/') ? path.slice(prefix.length + 1) : undefined);
    const pathspecs = 'paths' in select ? select.paths.map((path) => `:(literal)${path}`) : [agendasOf(select.forum)];
    files = await readLogs(git, { head, defaultRef: undefined, pathspecs, toRepo });
  }

  const cat = git.catFile();
  // Before the invitation was sent only the status matters, read without parsing where the `status:` line is plain;
  // from the first sent version on, and of the last, the front matter is parsed. Each blob is read once for each.
  const statuses = new Map<string, Promise<boolean>>();
  const contents = new Map<string, Promise<string>>();
  const once = <T>(cache: Map<string, Promise<T>>, blob: string, make: (bytes: Buffer | undefined) => T) => {
    let found = cache.get(blob);
    if (!found) {
      found = cat.read(blob).then(make);
      // Asked for all at once, waited for in order: a failure meanwhile must not be unhandled.
      found.catch(() => undefined);
      cache.set(blob, found);
    }
    return found;
  };
  const isSent = (path: string, blob: string) => once(statuses, blob, (bytes) => readStatus(path, bytes).status === 'sent');
  const content = (path: string, blob: string) => once(contents, blob, (bytes) => contentOf(bytes === undefined ? undefined : parseMarkdownFile(path, bytes).data));
  try {
    await Promise.all(
      [...files.versions].map(async ([path, list]) => {
        const last = list[list.length - 1];
        if (!last) return;
        const sent = await Promise.all(list.map((v) => isSent(path, v.blob)));
        const first = sent.indexOf(true);
        const [lastContent, ...sinceSent] = await Promise.all([last, ...(first === -1 ? [] : list.slice(first))].map((v) => content(path, v.blob)));
        versions.set(path, { lastCommit: last.commit.time, last: lastContent!, sinceSent });
      }),
    );
  } finally {
    await cat.close();
  }
  return { versions, problem: shallow === 'true' ? 'shallow' : undefined, processes: git.spawned };
}
