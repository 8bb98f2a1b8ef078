import { relative } from 'node:path';
import { toPosix } from '../model/paths.js';
import { Git, GitMissingError } from './git.js';
import { workTreeTop } from './worktree.js';

/**
 * The files under `under` (a folder of the repository at `root`) whose content
 * is not what the last commit has: changed, staged, new or untracked — as
 * repository paths. One git process, which takes no lock and so never writes
 * the index. Undefined outside git (or without git): then nothing is known
 * about commits, and nothing should be said of them.
 */
export async function uncommittedFiles(root: string, under: string): Promise<ReadonlySet<string> | undefined> {
  const top = workTreeTop(root);
  if (top === undefined) return undefined;
  let stdout: string;
  try {
    const result = await new Git(root).run(['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--', under]);
    if (result.exitCode !== 0) return undefined;
    stdout = result.stdout;
  } catch (error) {
    if (error instanceof GitMissingError) return undefined;
    throw error;
  }
  // git names files from the top of the work tree, which may be above etat.yml.
  const prefix = toPosix(relative(top, root));
  const files = new Set<string>();
  const entries = stdout.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    // `XY path`; a rename or copy is followed by the path it came from.
    if (/[RC]/.test(entry.slice(0, 2))) i++;
    const path = entry.slice(3);
    if (prefix === '') files.add(path);
    else if (path.startsWith(prefix + '/')) files.add(path.slice(prefix.length + 1));
  }
  return files;
}
