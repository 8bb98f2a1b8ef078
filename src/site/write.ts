import { copyFile, mkdir, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SiteFile } from './build.js';

/** The file that marks a folder as a site etat built: only such a folder is ever replaced. */
export const MARKER = '.etat-site';

/** How many files may wait for the disk at once: enough to keep the thread pool busy, few enough to hold little. */
const IN_FLIGHT = 64;

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

/** What a build wrote: how many files, their bytes, and the largest page. */
export interface Written {
  files: number;
  bytes: number;
  largest: { path: string; bytes: number };
}

/**
 * Writes a site file by file as it is rendered, beside `out`, then swaps it in
 * (`finish`): a reader (or `etat site serve`) sees the old site or the new
 * one, never half of each. Each file is handed to the thread pool as soon as
 * it is made, so that the disk works on the other core while the next page is
 * rendered, and let go once written: a site of thousands of pages is never
 * held whole in memory. At most `IN_FLIGHT` files wait to be written.
 */
export class SiteWriter {
  private readonly folders = new Map<string, Promise<unknown>>();
  private readonly pending = new Set<Promise<void>>();
  private readonly written: Written = { files: 0, bytes: 0, largest: { path: '', bytes: 0 } };
  private failure: unknown;

  private constructor(
    private readonly target: string,
    private readonly fresh: string,
  ) {}

  static async start(out: string): Promise<SiteWriter> {
    const target = resolve(out);
    const fresh = `${target}.etat-new`;
    await rm(fresh, { recursive: true, force: true });
    await mkdir(fresh, { recursive: true });
    return new SiteWriter(target, fresh);
  }

  /** A folder of the new site, made once, its parent first (no recursive walk for each of thousands). */
  private folder(path: string): Promise<unknown> {
    let made = this.folders.get(path);
    if (!made) {
      const parent = dirname(path);
      made = parent === path || path === this.fresh ? Promise.resolve() : this.folder(parent).then(() => mkdir(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      }));
      this.folders.set(path, made);
    }
    return made;
  }

  /** Write one file; resolves once there is room for the next. */
  async put(path: string, content: SiteFile): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    const to = join(this.fresh, path);
    const write = this.folder(dirname(to)).then(async () => {
      let size: number;
      if (typeof content === 'string' || content instanceof Uint8Array) {
        await writeFile(to, content);
        size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
      } else {
        await copyFile(content.copy, to);
        size = (await stat(to)).size;
      }
      this.written.files++;
      this.written.bytes += size;
      if (path.endsWith('.html') && size > this.written.largest.bytes) this.written.largest = { path, bytes: size };
    });
    const tracked = write.then(
      () => void this.pending.delete(tracked),
      (error: unknown) => {
        this.pending.delete(tracked);
        this.failure ??= error;
      },
    );
    this.pending.add(tracked);
    if (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
  }

  /** Mark the new site as etat's and swap it in for the old, which is then removed. */
  async finish(): Promise<Written> {
    await Promise.all(this.pending);
    if (this.failure !== undefined) throw this.failure;
    const old = `${this.target}.etat-old`;
    await writeFile(join(this.fresh, MARKER), 'Built by etat site build. This folder is replaced on every build.\n');
    await rm(old, { recursive: true, force: true });
    await rename(this.target, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(this.fresh, this.target);
    await rm(old, { recursive: true, force: true });
    return this.written;
  }
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
