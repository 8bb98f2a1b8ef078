import { constants } from 'node:fs';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isInside } from '../model/paths.js';

/** What reading a file of the repository gave. */
export type Read =
  | { kind: 'file'; bytes: Buffer }
  /** Over the limit asked for: not read. */
  | { kind: 'tooLarge'; size: number }
  /** A folder, a pipe, a socket or a device: not read (a FIFO would block for ever). */
  | { kind: 'notFile' }
  /** A symbolic link, or a folder on the way, leads out of the repository: not read. */
  | { kind: 'outside' }
  | { kind: 'missing' };

// Not on every platform (Windows has neither, though @types/node says they are always there):
// where a flag does not exist, what it guards against cannot happen either.
const { O_NONBLOCK, O_NOFOLLOW } = constants as { O_NONBLOCK?: number; O_NOFOLLOW?: number };
const FLAGS = constants.O_RDONLY | (O_NONBLOCK ?? 0) | (O_NOFOLLOW ?? 0);

/**
 * Read a file of the repository — a record, a paper, etat.yml, a template —
 * the one way etat reads them: resolved to its real path, which must be inside
 * the repository's (`realRoot`); opened without following a link and without
 * blocking; only a regular file; and never more than `max` bytes.
 */
export async function readInside(realRoot: string, path: string, max: number): Promise<Read> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return { kind: 'missing' };
  }
  if (!isInside(realRoot, real)) return { kind: 'outside' };
  return readRegular(real, max);
}

/**
 * Read a regular file of at most `max` bytes, wherever it is (git hands the
 * diff driver temporary files): opened without following a link and without
 * blocking, so a FIFO or `/dev/zero` is refused, not read for ever.
 */
export async function readRegular(real: string, max: number): Promise<Read> {
  let handle;
  try {
    handle = await open(real, FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A link put in place of the file since it was resolved.
    if (code === 'ELOOP') return { kind: 'outside' };
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'notFile' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'notFile' };
    if (info.size > max) return { kind: 'tooLarge', size: info.size };
    // Only the size it had when opened: a file that grows meanwhile is not read past it.
    const bytes = Buffer.alloc(info.size);
    let at = 0;
    while (at < bytes.length) {
      const { bytesRead } = await handle.read(bytes, at, bytes.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return { kind: 'file', bytes: at === bytes.length ? bytes : bytes.subarray(0, at) };
  } finally {
    await handle.close();
  }
}

/**
 * Read a file the listing of the repository met as a regular file, reached
 * without a link (a recursive `readdir` does not follow links to folders), so
 * it needs no `realpath` to be known inside. Synchronous on purpose: for the
 * thousands of small papers of a long-lived repository, one open, stat and
 * read each on this thread costs a fraction of a round trip through the
 * thread pool per call, and nothing else waits for it. The same guards hold:
 * not following a link put in its place since, not blocking, a regular file
 * of at most `max` bytes.
 */
export function readListedSync(path: string, max: number): Read {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { kind: 'outside' };
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'notFile' };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { kind: 'notFile' };
    if (info.size > max) return { kind: 'tooLarge', size: info.size };
    const bytes = Buffer.allocUnsafe(info.size);
    let at = 0;
    while (at < bytes.length) {
      const read = readSync(fd, bytes, at, bytes.length - at, at);
      if (read === 0) break;
      at += read;
    }
    return { kind: 'file', bytes: at === bytes.length ? bytes : bytes.subarray(0, at) };
  } finally {
    closeSync(fd);
  }
}
