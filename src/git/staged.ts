import type { Git } from './git.js';
import type { History } from './history.js';
import { blobOf, parseRawDiff, statusOf } from './raw.js';

/** The files etat reads the text of. */
const READ = /\.(md|markdown)$/i;

/**
 * The paths staged for commit (`git diff --cached`), under the etat root;
 * undefined when git cannot say (not a repository). Renames are listed as the
 * old path and the new one: a meeting a file left is touched too.
 */
export async function stagedPaths(git: Git): Promise<Set<string> | undefined> {
  const staged = await git.run(['diff', '--cached', '--name-only', '-z', '--no-renames', '--relative']);
  if (staged.exitCode !== 0) return undefined;
  return new Set(staged.stdout.split('\0').filter(Boolean));
}

/**
 * History whose changes since the base are those of the index, not of the
 * working tree: approved minutes changed in the working tree but not staged
 * do not stop a commit, and approved minutes staged changed do, whatever the
 * working tree says. One `git diff --cached`, and one `cat-file` for the files
 * `readHistory` did not read at the base.
 */
export async function stagedSinceBase(git: Git, history: History): Promise<History> {
  const base = history.base;
  if (!base) return history;
  const diff = await git.run(['diff', '--cached', '--raw', '--no-abbrev', '-z', '--no-renames', '--relative', base]);
  if (diff.exitCode !== 0) return history;
  const changes = parseRawDiff(diff.stdout);
  const changed = new Set(changes.map((change) => change.path));
  // Read by object id, never by a name that could hold a newline.
  const unread = new Map(
    changes
      .filter((change) => READ.test(change.path) && !history.changedSinceBase.has(change.path) && blobOf(change.before))
      .map((change) => [change.path, change.before]),
  );
  const blobs = await git.objects([...new Set(unread.values())]);
  const atBase = (path: string) => (history.changedSinceBase.has(path) ? history.atBase(path) : blobs.get(unread.get(path) ?? '')?.toString('utf8'));
  return {
    ...history,
    changedSinceBase: changed,
    atBase,
    statusAtBase: (path) => statusOf(path, atBase(path)),
    processes: history.processes,
  };
}

