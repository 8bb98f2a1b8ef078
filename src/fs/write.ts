import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { isInside } from '../model/paths.js';

/**
 * The one way etat writes a file. A repository can be written by someone who
 * wants a write to land elsewhere — through a symbolic link among the folders,
 * a dangling link at the file's path, a link planted where a temporary file
 * will go — so every write:
 *
 * - makes the folders it needs one level at a time, and follows a link among
 *   them only when its real path stays inside the repository;
 * - never writes through a link at the file's own path, and never replaces a
 *   file etat was not asked to replace (`force`);
 * - writes the new text to a temporary file beside the target, created
 *   exclusively under a random name, renames it into place, and checks that
 *   what is now at the path is that file.
 */

/** Write a new file of the repository; an existing one only with `force`, and then atomically. */
export async function writeNew(root: string, path: string, content: string | Uint8Array, options: { force?: boolean; mode?: number } = {}): Promise<void> {
  const target = await preparedTarget(root, path, true);
  const found = await lstat(target).catch(() => undefined);
  if (found?.isSymbolicLink()) throw new UsageError('linkInTheWay', { path });
  if (found && !found.isFile()) throw new UsageError('notAFile', { path });
  if (found && !options.force) throw new UsageError('exists', { path });
  if (found) return replaceAt(target, content, found.mode & 0o777);
  // O_CREAT | O_EXCL: fails on anything at the path, a link put there since the check too.
  const handle = await open(target, 'wx', options.mode ?? 0o644).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EEXIST' ? new UsageError('exists', { path }) : error;
  });
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

/** Replace a file of the repository with edited content, atomically; it must be a regular file, not a link. */
export async function replace(root: string, path: string, content: string | Uint8Array): Promise<void> {
  const target = await preparedTarget(root, path, false);
  const found = await lstat(target).catch(() => undefined);
  if (found?.isSymbolicLink()) throw new UsageError('linkInTheWay', { path });
  if (!found?.isFile()) throw new UsageError('notAFile', { path });
  await replaceAt(target, content, found.mode & 0o777);
}

/**
 * Write `content` to a temporary file beside `target` and rename it into
 * place: readers see the old file or the new one, never half of one, and a
 * link at `target` is replaced, never written through.
 */
export async function replaceAt(target: string, content: string | Uint8Array, mode = 0o644): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.etat-${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', mode);
  let written: bigint;
  try {
    await handle.writeFile(content);
    await handle.chmod(mode); // the umask may have taken bits away
    written = (await handle.stat({ bigint: true })).ino;
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const now = await lstat(target, { bigint: true });
  if (!now.isFile() || now.ino !== written) throw new Error(`${target} is not the file etat wrote`);
}

/**
 * The path to write `path` (relative to `root`) at, with every folder on the
 * way checked — and, with `create`, made — one level at a time, so that no
 * folder is ever made outside the repository. A folder that is a link is
 * followed only when it leads to a folder inside the repository.
 */
async function preparedTarget(root: string, path: string, create: boolean): Promise<string> {
  const lexical = resolve(root, path);
  if (!isInside(resolve(root), lexical) || lexical === resolve(root)) throw new UsageError('pathOutside', { path });
  return join(await folderInside(root, dirname(lexical), create, path), basename(lexical));
}

/**
 * The real path of a folder inside the repository (`folder` is absolute,
 * lexically inside `root`), checked — and with `create`, made — one level at
 * a time. `path` is what messages name.
 */
export async function folderInside(root: string, folder: string, create: boolean, path: string): Promise<string> {
  const realRoot = await realpath(root);
  let current = realRoot;
  for (const part of relative(resolve(root), folder).split(sep).filter(Boolean)) {
    const next = join(current, part);
    const found = await lstat(next).catch(() => undefined);
    if (!found) {
      if (!create) throw new UsageError('pathMissing', { path });
      await mkdir(next).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
      const made = await lstat(next);
      if (!made.isDirectory()) throw new UsageError('pathOutside', { path });
      current = next;
    } else if (found.isSymbolicLink()) {
      const real = await realpath(next).catch(() => undefined);
      if (real === undefined || !isInside(realRoot, real)) throw new UsageError('pathOutside', { path });
      if (!(await lstat(real)).isDirectory()) throw new UsageError('pathOutside', { path });
      current = real;
    } else if (found.isDirectory()) {
      current = next;
    } else {
      throw new UsageError('pathOutside', { path });
    }
  }
  return current;
}
