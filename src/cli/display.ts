import { relative, resolve } from 'node:path';
import { toPosix } from '../model/paths.js';
import type { CommandContext } from './io.js';

/**
 * A path as the user should see it: relative to where they stand (`--cwd` moves
 * the repository, not the user). `file` is relative to `root`, or absolute; the
 * folder they stand in is `.`. Every command shows paths through this.
 */
export function displayPath(context: Pick<CommandContext, 'startDir'>, root: string = context.startDir): (file: string) => string {
  return (file) => toPosix(relative(context.startDir, resolve(root, file))) || '.';
}
