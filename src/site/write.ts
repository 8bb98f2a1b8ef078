import { copyFile, mkdir, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
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

/** What a build wrote: how many files, their bytes, and the largest page. */
export interface Written {
  files: number;
  bytes: number;
  largest: { path: string; bytes: number };
}

/**
 * The thread that writes the files: each message a file (its path in the new
 * site, its text or bytes, or a file to copy), answered with its size, or with
 * the first error. It makes folders once and writes synchronously: on its own
 * thread, one call a file costs less than three round trips to the thread
 * pool (open, write, close) for each of thousands of files, and the thread
 * that renders never waits for them. Plain JavaScript, evaluated as the
 * worker's code: it is a few lines, and as a string it is the same in the
 * bundle, in dist/ and under the tests.
 */
const WRITER_THREAD = `
const { parentPort } = require('node:worker_threads');
const { copyFileSync, mkdirSync, statSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const made = new Set();
let failed = false;
parentPort.on('message', ({ to, content, copy }) => {
  if (failed) return;
  try {
    const folder = dirname(to);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    let size;
    if (copy !== undefined) {
      copyFileSync(copy, to);
      size = statSync(to).size;
    } else {
      writeFileSync(to, content);
      size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    }
    parentPort.postMessage({ size });
  } catch (error) {
    failed = true;
    parentPort.postMessage({ error: { message: error.message, code: error.code } });
  }
});
`;

const encoder = new TextEncoder();

/** How many files may wait for the writer thread: enough that it never runs dry, few enough to hold little. */
const QUEUED = 256;

/**
 * Writes a site file by file as it is rendered, beside `out`, then swaps it in
 * (`finish`): a reader (or `etat site serve`) sees the old site or the new
 * one, never half of each. Each file goes to a thread of its own that writes
 * it on the other core while the next page is rendered, and is let go once
 * written: a site of thousands of pages is never held whole in memory. At
 * most `QUEUED` files wait to be written.
 */
export class SiteWriter {
  private readonly order: string[] = [];
  private readonly written: Written = { files: 0, bytes: 0, largest: { path: '', bytes: 0 } };
  private failure: Error | undefined;
  private room: (() => void) | undefined;
  private drained: (() => void) | undefined;

  private constructor(
    private readonly target: string,
    private readonly fresh: string,
    private readonly thread: Worker,
  ) {
    thread.on('message', (answer: { size?: number; error?: { message: string; code?: string } }) => {
      const path = this.order.shift()!;
      if (answer.error) this.failure ??= Object.assign(new Error(answer.error.message), { code: answer.error.code });
      else this.count(path, answer.size!);
      if (this.room && (this.order.length < QUEUED || this.failure)) {
        this.room();
        this.room = undefined;
      }
      if (this.drained && (this.order.length === 0 || this.failure)) this.drained();
    });
    thread.on('error', (error) => {
      this.failure ??= error;
      this.room?.();
      this.drained?.();
    });
  }

  static async start(out: string): Promise<SiteWriter> {
    const target = resolve(out);
    const fresh = `${target}.etat-new`;
    await rm(fresh, { recursive: true, force: true });
    await mkdir(fresh, { recursive: true });
    return new SiteWriter(target, fresh, new Worker(WRITER_THREAD, { eval: true }));
  }

  private count(path: string, size: number): void {
    this.written.files++;
    this.written.bytes += size;
    if (path.endsWith('.html') && size > this.written.largest.bytes) this.written.largest = { path, bytes: size };
  }

  /** Write one file; resolves once there is room for the next. */
  async put(path: string, content: SiteFile): Promise<void> {
    this.throwIfFailed();
    const to = join(this.fresh, path);
    this.order.push(path);
    if (typeof content === 'string') {
      // Encoded here and handed over, not copied: a page's text crosses to the thread as its bytes, once.
      const bytes = encoder.encode(content);
      this.thread.postMessage({ to, content: bytes }, [bytes.buffer]);
    } else this.thread.postMessage(content instanceof Uint8Array ? { to, content } : { to, copy: content.copy });
    if (this.order.length >= QUEUED) await new Promise<void>((resolve) => (this.room = resolve));
    this.throwIfFailed();
  }

  /** The first write that failed on the thread fails the build at the next file. */
  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  /** Mark the new site as etat's and swap it in for the old, which is then removed. */
  async finish(): Promise<Written> {
    if (this.order.length > 0 && this.failure === undefined) await new Promise<void>((resolve) => (this.drained = resolve));
    await this.thread.terminate();
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

  /** Stop the writer thread without swapping anything in: the build failed. */
  async abandon(): Promise<void> {
    await this.thread.terminate();
    await rm(this.fresh, { recursive: true, force: true });
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
