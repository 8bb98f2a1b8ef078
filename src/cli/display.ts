import { relative, resolve } from 'node:path';
import { toPosix } from '../model/paths.js';
import type { CommandContext } from './io.js';

/** A repository path as the user should see it: relative to where they stand. */
export function displayPath(context: Pick<CommandContext, 'startDir'>, root: string): (file: string) => string {
  return (file) => toPosix(relative(context.startDir, resolve(root, file))) || file;
}
