import { access, constants, realpath } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { UsageError } from '../errors.js';
import { MAX_FRONT_MATTER_BYTES } from '../model/limits.js';
import { readInside } from '../fs/read.js';
import { replace, writeNew } from '../fs/write.js';
import { Git, GitMissingError } from './git.js';

/** The lines `.gitattributes` needs, relative to the etat root (where `meetings/` is). */
export const ATTRIBUTE_LINES = ['meetings/**/minutes.md diff=etat', 'meetings/**/agenda.md diff=etat'] as const;

/** The textconv command: `etat` as found on PATH, never a path committed to the repository. */
export const TEXTCONV_COMMAND = 'etat git textconv';

export interface DiffDriverSetup {
  /** The lines appended to `.gitattributes`; none when it had them all. */
  added: string[];
  /**
   * What became of `diff.etat.textconv` in the clone's own config: set now, set
   * to this already, set to another command and kept — or not set, because git
   * could not run `etat` and every `git diff` of minutes would fail.
   */
  config: 'set' | 'present' | 'kept' | 'skipped';
  /** The command git will run. */
  command: string;
  /** Whether an `etat` git can run is on PATH (a folder of npx's cache does not count: it is gone after the run). */
  onPath: boolean;
}

/**
 * Make `git diff` and `git log -p` show minutes and agendas through
 * `etat git textconv`: append the attribute lines that are missing to
 * `<root>/.gitattributes` (committed: it only names a driver), and set
 * `diff.etat.textconv` in the clone's local config (never committed, so a
 * repository cannot make git run a program). A command the user set already
 * (e.g. `npx etat git textconv`) is kept. Three git processes.
 */
export async function setupDiffDriver(
  root: string,
  options: { env?: Record<string, string | undefined>; git?: Git; /** A comment written above the lines when the file names none of them yet. */ comment?: string } = {},
): Promise<DiffDriverSetup> {
  const git = options.git ?? new Git(root);
  try {
    const inside = await git.run(['rev-parse', '--is-inside-work-tree']);
    if (inside.exitCode !== 0 || inside.stdout.trim() !== 'true') throw new UsageError('notGitRepository', { dir: root });

    // Read and written as every file of the repository is: a `.gitattributes` that is a link is neither read nor written through.
    const read = await readInside(await realpath(root), join(root, '.gitattributes'), MAX_FRONT_MATTER_BYTES);
    if (read.kind === 'outside' || read.kind === 'notFile' || read.kind === 'tooLarge') throw new UsageError('linkInTheWay', { path: '.gitattributes' });
    const existing = read.kind === 'file' ? read.bytes.toString('utf8') : '';
    const present = new Set(existing.split(/\r?\n/).map((line) => line.trim().split(/\s+/).join(' ')));
    const added = ATTRIBUTE_LINES.filter((line) => !present.has(line));
    if (added.length > 0) {
      const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
      const comment = options.comment !== undefined && added.length === ATTRIBUTE_LINES.length ? `# ${options.comment}\n` : '';
      const text = existing + separator + comment + added.join('\n') + '\n';
      if (read.kind === 'file') await replace(root, '.gitattributes', text);
      else await writeNew(root, '.gitattributes', text);
    }

    const current = await git.run(['config', '--local', '--get', 'diff.etat.textconv']);
    const value = current.exitCode === 0 ? current.stdout.trim() : '';
    let config: DiffDriverSetup['config'];
    if (value === TEXTCONV_COMMAND) config = 'present';
    else if (value !== '') config = 'kept';
    else if (!(await onPath('etat', options.env ?? {}))) config = 'skipped';
    else {
      const set = await git.run(['config', '--local', 'diff.etat.textconv', TEXTCONV_COMMAND]);
      if (set.exitCode !== 0) throw new UsageError('gitConfigFailed', { dir: root });
      config = 'set';
    }
    const command = value || TEXTCONV_COMMAND;
    return { added, config, command, onPath: config !== 'skipped' && (command !== TEXTCONV_COMMAND || (await onPath('etat', options.env ?? {}))) };
  } catch (error) {
    if (error instanceof GitMissingError) throw new UsageError('gitMissing', {});
    throw error;
  }
}

/** Whether `name` is an executable in a folder of PATH (on Windows, with one of PATHEXT's endings). */
async function onPath(name: string, env: Record<string, string | undefined>): Promise<boolean> {
  const folders = (env.PATH ?? env.Path ?? '').split(delimiter).filter((dir) => dir !== '' && !/[\\/]_npx[\\/]/.test(dir));
  const endings = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of folders) {
    for (const ending of endings) {
      const ok = await access(join(dir, name + ending), constants.X_OK).then(
        () => true,
        () => false,
      );
      if (ok) return true;
    }
  }
  return false;
}
