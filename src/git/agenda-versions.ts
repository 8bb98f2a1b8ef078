import { relative } from 'node:path';
import { toPosix } from '../model/paths.js';
import { parseMarkdownFile } from '../model/source.js';
import { Git, GitMissingError } from './git.js';
import { readLogs } from './log.js';

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

const EVERY_AGENDA = ':(glob)meetings/*/*/agenda.md';

/**
 * Every committed version of the agendas (the paths given, or all), along
 * the first-parent line of HEAD — the history of what is checked out, as a
 * merged pull request is one change of it. Three git processes whatever the
 * size: rev-parse, one log, one `cat-file --batch` for every blob (each read
 * once, however many versions have it). Each version's front matter is
 * parsed and only `contentOf` it is kept.
 */
export async function agendaVersions(root: string, paths: readonly string[] | undefined, contentOf: (data: unknown) => string): Promise<AgendaHistory> {
  const git = new Git(root);
  const versions = new Map<string, AgendaVersions>();
  const none = (problem: VersionsProblem): AgendaHistory => ({ versions, problem, processes: git.spawned });
  let where;
  try {
    where = await git.run(['rev-parse', '--is-shallow-repository', '--show-toplevel', '--verify', '--quiet', 'HEAD^{commit}']);
  } catch (error) {
    if (error instanceof GitMissingError) return none('no-git');
    throw error;
  }
  const [shallow, toplevel, head] = where.stdout.trim().split('\n');
  if (toplevel === undefined || toplevel === '') return none('not-a-repository');
  if (where.exitCode !== 0 || !head) return none('no-commits');
  const prefix = toPosix(relative(toplevel, root));
  const toRepo = (path: string) => (prefix === '' ? path : path.startsWith(prefix + '/') ? path.slice(prefix.length + 1) : undefined);
  const pathspecs = paths === undefined ? [EVERY_AGENDA] : paths.map((path) => `:(literal)${path}`);
  const files = await readLogs(git, { head, defaultRef: undefined, pathspecs, toRepo });

  const cat = git.catFile();
  const read = new Map<string, Promise<{ sent: boolean; content: string }>>();
  const version = (path: string, blob: string) => {
    let found = read.get(blob);
    if (!found) {
      found = cat.read(blob).then((bytes) => {
        const data = bytes === undefined ? undefined : parseMarkdownFile(path, bytes).data;
        return { sent: (data as { status?: unknown } | undefined)?.status === 'sent', content: contentOf(data) };
      });
      // Asked for all at once, waited for in order: a failure meanwhile must not be unhandled.
      found.catch(() => undefined);
      read.set(blob, found);
    }
    return found;
  };
  try {
    await Promise.all(
      [...files.versions].map(async ([path, list]) => {
        const read = await Promise.all(list.map((v) => version(path, v.blob)));
        const first = read.findIndex((v) => v.sent);
        const last = list[list.length - 1];
        if (!last) return;
        versions.set(path, {
          lastCommit: last.commit.time,
          last: read[read.length - 1]!.content,
          sinceSent: first === -1 ? [] : read.slice(first).map((v) => v.content),
        });
      }),
    );
  } finally {
    await cat.close();
  }
  return { versions, problem: shallow === 'true' ? 'shallow' : undefined, processes: git.spawned };
}
