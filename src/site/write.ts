import { lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SiteFile } from './build.js';
import { WRITER_THREAD } from './writer-thread.js';

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

/** What a build wrote: how many files, their bytes, and the largest page. */
export interface Written {
  files: number;
  bytes: number;
  largest: { path: string; bytes: number };
}

/** A file as it crosses to the writer thread: where it goes, and its text or bytes or the file to copy. */
type Outgoing = { to: string; content: string | Uint8Array } | { to: string; copy: string };

/**
 * Files cross to the writer thread in batches: a message has a fixed cost
 * that thousands of small pages would pay one by one. A batch goes once it
 * holds `BATCH_FILES` files or about `BATCH_CHARS` characters.
 */
const BATCH_FILES = 64;
const BATCH_CHARS = 1 << 20;
/** How many files may wait for the writer thread: enough that it never runs dry, few enough to hold little. */
const QUEUED = 512;

/** Whether a regular file is at `path` now (not a folder, and not under what is a file now). */
function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** What a build of this kind writes into its marker, so that the next build knows what it writes over. */
const markerText = (kind: SiteKind) => `Built by etat site build (the ${kind} site). Only etat writes here: each build rewrites this folder.\n`;
export type SiteKind = 'public' | 'internal';

/** The files and folders of the last build in a folder, when the next may write over them. */
interface LastBuild {
  files: Set<string>;
  folders: string[];
  marked: boolean;
}

/**
 * Whether a build may write over the files in `target`, and which they are:
 * a folder that does not exist yet or is empty, or the last build of the same
 * kind (its marker says so) holding nothing but files and folders. Anything
 * else — a link anywhere in it, a build of the other kind, a marker of an
 * older etat — and the build is written beside it and swapped in. Writing
 * over is what a build of thousands of pages can afford: a fresh tree of
 * 8,000 files and the removal of the old one cost the disk several times the
 * writes themselves. A public build is never written over an internal one,
 * so that no page of the internal site can be left among the public pages.
 */
function lastBuild(target: string, kind: SiteKind): LastBuild | undefined {
  const found = lstatSync(target, { throwIfNoEntry: false });
  if (!found) {
    mkdirSync(target, { recursive: true });
    return { files: new Set(), folders: [], marked: false };
  }
  if (!found.isDirectory()) return undefined;
  const entries = readdirSync(target, { recursive: true, withFileTypes: true });
  if (entries.length === 0) return { files: new Set(), folders: [], marked: false };
  const files = new Set<string>();
  const folders: string[] = [];
  for (const entry of entries) {
    const path = relative(target, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.isFile()) files.add(path);
    else if (entry.isDirectory()) folders.push(path);
    else return undefined;
  }
  const marker = files.has(MARKER) ? readFileSync(join(target, MARKER), 'utf8') : '';
  return marker === markerText(kind) ? { files, folders, marked: true } : undefined;
}

/**
 * Writes a site file by file as it is rendered. Each file goes to a thread
 * of its own that writes it on the other core while the next pages are
 * rendered, and is let go once written: a site of thousands of pages is never
 * held whole in memory (at most `QUEUED` files wait). Over the last build of
 * the same kind (`lastBuild`), files are written in place and what it made
 * that this build did not is removed at the end; otherwise the site is
 * written beside `out` and swapped in, so that a reader sees the old site or
 * the new one.
 */
export class SiteWriter {
  /** The paths of the files sent and not yet answered, in the order sent. */
  private readonly sent: string[] = [];
  /** Every path this build wrote, to know what the last build made that it did not. */
  private readonly paths = new Set<string>();
  private batch: Outgoing[] = [];
  private batchPaths: string[] = [];
  private batchChars = 0;
  private readonly written: Written = { files: 0, bytes: 0, largest: { path: '', bytes: 0 } };
  private failure: Error | undefined;
  private room: (() => void) | undefined;
  private drained: (() => void) | undefined;
  private readonly thread: Worker;

  private constructor(
    private readonly target: string,
    /** Where the files go: `target` itself when writing over the last build, else a folder beside it. */
    private readonly into: string,
    private readonly kind: SiteKind,
    private readonly last: LastBuild | undefined,
  ) {
    this.thread = new Worker(WRITER_THREAD, { eval: true, workerData: { root: into, overLastBuild: last !== undefined } });
    this.thread.on('message', (answer: { sizes: number[]; error?: { message: string; code?: string } }) => {
      for (const size of answer.sizes) this.count(this.sent.shift()!, size);
      if (answer.error) this.failure ??= Object.assign(new Error(answer.error.message), { code: answer.error.code });
      this.wake();
    });
    this.thread.on('error', (error) => {
      this.failure ??= error;
      this.wake();
    });
  }

  static async start(out: string, kind: SiteKind): Promise<SiteWriter> {
    const target = resolve(out);
    const last = lastBuild(target, kind);
    if (last) {
      // Marked first: a build that stops half-way still leaves a folder etat may write over again.
      if (!last.marked) writeFileSync(join(target, MARKER), markerText(kind));
      return new SiteWriter(target, target, kind, last);
    }
    const fresh = `${target}.etat-new`;
    await rm(fresh, { recursive: true, force: true });
    await mkdir(fresh, { recursive: true });
    return new SiteWriter(target, fresh, kind, undefined);
  }

  private wake(): void {
    if (this.room && (this.sent.length < QUEUED || this.failure)) {
      this.room();
      this.room = undefined;
    }
    if (this.drained && (this.sent.length === 0 || this.failure)) this.drained();
  }

  private count(path: string, size: number): void {
    this.written.files++;
    this.written.bytes += size;
    if (path.endsWith('.html') && size > this.written.largest.bytes) this.written.largest = { path, bytes: size };
  }

  private send(): void {
    if (this.batch.length === 0) return;
    this.thread.postMessage(this.batch);
    this.sent.push(...this.batchPaths);
    this.batch = [];
    this.batchPaths = [];
    this.batchChars = 0;
  }

  /** Write one file; resolves once there is room for the next. */
  async put(path: string, content: SiteFile): Promise<void> {
    this.throwIfFailed();
    const to = join(this.into, path);
    this.paths.add(path);
    // A page is a rope of thousands of small strings (markup.ts joins by `+`); made flat now, the rope dies
    // here instead of surviving, and being copied by, every young-generation collection until its batch goes.
    if (typeof content === 'string') content.charCodeAt(0);
    this.batch.push(typeof content === 'string' || content instanceof Uint8Array ? { to, content } : { to, copy: content.copy });
    this.batchPaths.push(path);
    this.batchChars += typeof content === 'string' ? content.length : content instanceof Uint8Array ? content.byteLength : 0;
    if (this.batch.length >= BATCH_FILES || this.batchChars >= BATCH_CHARS) this.send();
    if (this.sent.length >= QUEUED) await new Promise<void>((resolve) => (this.room = resolve));
    this.throwIfFailed();
  }

  /** The first write that failed on the thread fails the build at the next file. */
  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * Once every file is written: over the last build, remove what it made that
   * this build did not (a meeting taken out, a paper withheld since); beside
   * it, mark the new site as etat's and swap it in for the old, which is then
   * removed.
   */
  async finish(): Promise<Written> {
    this.send();
    if (this.sent.length > 0 && this.failure === undefined) await new Promise<void>((resolve) => (this.drained = resolve));
    await this.thread.terminate();
    if (this.failure !== undefined) throw this.failure;
    if (this.last) {
      for (const path of this.last.files) {
        if (path === MARKER || this.paths.has(path)) continue;
        // A file that is a folder now (or under a path that is a file now) was replaced already.
        if (isFile(join(this.target, path))) unlinkSync(join(this.target, path));
      }
      // Folders left empty, the deepest first; a folder that holds a file of this build is not even tried.
      const holding = new Set<string>();
      for (const path of this.paths) for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) holding.add(path.slice(0, at));
      for (const folder of this.last.folders.filter((folder) => !holding.has(folder)).sort((a, b) => b.length - a.length)) {
        try {
          rmdirSync(join(this.target, folder));
        } catch (error) {
          // Still holding files, gone, or a file now: each as it should be.
          if (!['ENOTEMPTY', 'EEXIST', 'ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        }
      }
      return this.written;
    }
    const old = `${this.target}.etat-old`;
    await writeFile(join(this.into, MARKER), markerText(this.kind));
    await rm(old, { recursive: true, force: true });
    await rename(this.target, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(this.into, this.target);
    await rm(old, { recursive: true, force: true });
    return this.written;
  }

  /**
   * Stop the writer thread: the build failed. A site written beside the old
   * one is thrown away and the old one stays; over the last build, the pages
   * written so far stay, and the next build writes the rest.
   */
  async abandon(): Promise<void> {
    await this.thread.terminate();
    if (!this.last) await rm(this.into, { recursive: true, force: true });
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
