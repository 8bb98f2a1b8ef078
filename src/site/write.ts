import { copyFile, mkdir, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SiteFile } from './build.js';

/** The file that marks a folder as a site etat built: only such a folder is ever replaced. */
export const MARKER = '.etat-site';

export type OutProblem = { kind: 'inside-records'; out: string } | { kind: 'not-a-site'; out: string };

/**
 * Why the site may not be written to `out`: it is the repository (or holds
 * it), or lies in the folders etat reads (`meetings/`, `cases/`, `.git/`), or
 * is a folder of other files that etat did not build. Nothing a user wrote is
 * ever replaced by a build.
 */
export async function outProblem(root: string, out: string): Promise<OutProblem | undefined> {
  const fromRoot = relative(root, out);
  const first = fromRoot.split(sep)[0];
  if (fromRoot === '' || !relative(out, root).startsWith('..') || first === 'meetings' || first === 'cases' || first === '.git' || first === 'templates') return { kind: 'inside-records', out };
  const entries = await readdir(out).catch(() => undefined);
  if (entries && entries.length > 0 && !entries.includes(MARKER)) return { kind: 'not-a-site', out };
  return undefined;
}

/**
 * Writes the site beside `out`, then swaps it in: a reader (or `etat site
 * serve`) sees the old site or the new one, never half of each.
 */
export async function writeSite(out: string, files: ReadonlyMap<string, SiteFile>): Promise<{ files: number; bytes: number; largest: { path: string; bytes: number } }> {
  const target = resolve(out);
  const fresh = `${target}.etat-new`;
  const old = `${target}.etat-old`;
  await rm(fresh, { recursive: true, force: true });
  let bytes = 0;
  let largest = { path: '', bytes: 0 };
  const folders = new Set<string>();
  for (const path of files.keys()) folders.add(dirname(join(fresh, path)));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  for (const [path, content] of files) {
    const to = join(fresh, path);
    // A Buffer has a `copy` method too: bytes are told apart from a file to copy by their type, not by a key.
    const copied = typeof content !== 'string' && !(content instanceof Uint8Array);
    if (copied) await copyFile(content.copy, to);
    else await writeFile(to, content);
    const size = typeof content === 'string' ? Buffer.byteLength(content) : copied ? (await stat(to)).size : content.byteLength;
    bytes += size;
    if (path.endsWith('.html') && size > largest.bytes) largest = { path, bytes: size };
  }
  await writeFile(join(fresh, MARKER), 'Built by etat site build. This folder is replaced on every build.\n');
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
  return { files: files.size, bytes, largest };
}

const same = (a: SiteFile | undefined, b: SiteFile): boolean =>
  a !== undefined && (typeof a === 'string' || typeof b === 'string' ? a === b : a instanceof Uint8Array && b instanceof Uint8Array ? Buffer.compare(a, b) === 0 : false);

/**
 * For `etat site serve`: bring a site written before up to date in place,
 * writing only the files whose content changed since `previous` and removing
 * those no longer made. A file to copy is copied again each time (it may have
 * changed, and there are few).
 */
export async function updateSite(out: string, files: ReadonlyMap<string, SiteFile>, previous: ReadonlyMap<string, SiteFile>): Promise<number> {
  let written = 0;
  for (const [path, content] of files) {
    if (same(previous.get(path), content)) continue;
    const to = join(out, path);
    await mkdir(dirname(to), { recursive: true });
    if (typeof content !== 'string' && !(content instanceof Uint8Array)) await copyFile(content.copy, to);
    else await writeFile(to, content);
    written++;
  }
  for (const path of previous.keys()) if (!files.has(path)) await unlink(join(out, path)).catch(() => undefined);
  return written;
}
