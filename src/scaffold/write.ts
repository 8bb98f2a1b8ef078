import { mkdir, realpath, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { isInside } from '../model/paths.js';

/**
 * Write a new file of the repository. It must stay inside the repository (also
 * through symbolic links), and an existing file is never overwritten without
 * `force`: `wx` makes the check and the write one step.
 */
export async function writeNew(root: string, path: string, content: string, options: { force?: boolean } = {}): Promise<void> {
  const target = await checkedTarget(root, path);
  try {
    await writeFile(target, content, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError('exists', { path });
    throw error;
  }
}

/** Replace a file of the repository with edited content, atomically (a temporary file, then a rename). */
export async function replace(root: string, path: string, content: string): Promise<void> {
  const target = await checkedTarget(root, path);
  const temporary = `${target}.etat-${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, target);
}

async function checkedTarget(root: string, path: string): Promise<string> {
  const target = resolve(root, path);
  if (!isInside(root, target)) throw new UsageError('pathOutside', { path });
  await mkdir(dirname(target), { recursive: true });
  // A symbolic link among the folders could still lead out.
  const realRoot = await realpath(root);
  if (!isInside(realRoot, join(await realpath(dirname(target)), ''))) throw new UsageError('pathOutside', { path });
  return target;
}
