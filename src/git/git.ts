import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CatFile, type GitProcess } from './cat-file.js';

export interface GitResult {
  stdout: string;
  exitCode: number;
}

/**
 * A thin runner for git: always with `cwd`, never through a shell, with the
 * environment cleared of variables that would point git at another repository,
 * and counting the processes it starts — a check must spawn git a constant
 * number of times, whatever the size of the repository, and the benchmark
 * reports this count. Plain `child_process`: a check's start-up does not pay
 * for loading a process library, and long outputs are read a field at a
 * time, never held whole.
 */
export class Git {
  spawned = 0;
  constructor(
    readonly cwd: string,
    /**
     * The index git should use (`GIT_INDEX_FILE`): a pre-commit hook of
     * `git commit -a` is handed a temporary one. The repository's own when not given.
     */
    readonly indexFile?: string,
  ) {}

  /** Run git; `indexFile` gives this one process an index of its own (a copy it may write to). */
  async run(args: readonly string[], input?: string, indexFile?: string): Promise<GitResult> {
    const git = this.start(args, indexFile);
    const chunks: Buffer[] = [];
    git.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    git.stdin.end(input);
    const exitCode = await git.exited;
    return { stdout: Buffer.concat(chunks).toString('utf8'), exitCode };
  }

  /**
   * Start git with its output as a stream: a long output (a log of thousands
   * of commits) is read as it comes, never held whole. The caller ends stdin.
   */
  start(args: readonly string[], indexFile = this.indexFile, stdout: 'pipe' | number = 'pipe'): GitProcess {
    this.spawned++;
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
    delete env.GIT_DIR;
    delete env.GIT_WORK_TREE;
    delete env.GIT_INDEX_FILE;
    // GIT_OPTIONAL_LOCKS=0: `git status` and the like must not refresh and write the index. (`git diff`
    // with the working tree writes it anyway; readHistory gives that one a copy.)
    if (indexFile !== undefined) env.GIT_INDEX_FILE = indexFile;
    const child = spawn('git', args, { cwd: this.cwd, env, stdio: ['pipe', stdout, 'ignore'] }) as ChildProcessByStdio<Writable, Readable, null>;
    // Git may end before reading all it was given (a failed command): what is left is dropped.
    child.stdin.on('error', () => undefined);
    const exited = new Promise<number>((resolve, reject) => {
      child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new GitMissingError() : error));
      child.on('close', (code) => resolve(code ?? 1));
    });
    // A caller that reads the output first and asks how git ended after must not see an unhandled rejection meanwhile.
    exited.catch(() => undefined);
    return { stdin: child.stdin, stdout: child.stdout, exited };
  }

  /**
   * Git's output split at NUL bytes (`-z`), each field handed to `onField` as
   * it arrives, decoded whole, so a character is never cut between two
   * chunks; resolves when git has ended. Git starts now. A callback, not an
   * async iterator: a log of thousands of commits has tens of thousands of
   * fields, and a promise and a turn of the event loop each cost more than
   * reading the field.
   */
  eachField(args: readonly string[], onField: (field: string) => void): Promise<void> {
    const git = this.start(args);
    git.stdin.end();
    const fields = new Fields(onField);
    return new Promise<void>((resolve, reject) => {
      let failed = false;
      git.stdout.on('data', (chunk: Buffer) => {
        if (failed) return;
        try {
          fields.push(chunk);
        } catch (error) {
          // The reader's failure is the caller's; what git still prints is not read.
          failed = true;
          git.stdout.destroy();
          reject(error);
        }
      });
      git.exited.then(() => {
        if (failed) return;
        try {
          fields.end();
          resolve();
        } catch (error) {
          reject(error);
        }
      }, reject);
    });
  }

  /**
   * As `eachField`, for a long output that this thread may be too busy to
   * read as it comes (a log of ten thousand commits, while thousands of files
   * are parsed): git writes it to a temporary file of its own, never waiting
   * for this thread as it would on a full pipe, and the file is read field by
   * field, a chunk at a time, once git has ended. Never held whole.
   */
  async eachFieldSpooled(args: readonly string[], onField: (field: string) => void): Promise<void> {
    const folder = mkdtempSync(join(tmpdir(), 'etat-git-'));
    try {
      const fd = openSync(join(folder, 'out'), 'w+', 0o600);
      try {
        const git = this.start(args, this.indexFile, fd);
        git.stdin.end();
        await git.exited;
        const fields = new Fields(onField);
        const chunk = Buffer.allocUnsafe(SPOOL_CHUNK);
        for (let at = 0, read; (read = readSync(fd, chunk, 0, chunk.length, at)) > 0; at += read) fields.push(chunk.subarray(0, read));
        fields.end();
      } finally {
        closeSync(fd);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  /** A `git cat-file --batch` of this repository, started on its first read; the caller closes it. */
  catFile(): CatFile {
    return new CatFile(() => this.start(['cat-file', '--batch']));
  }

  /**
   * Read many objects with one `git cat-file --batch`, as bytes: by object id,
   * or by `rev:path`. Those git does not have are left out.
   */
  async objects(names: readonly string[]): Promise<Map<string, Buffer>> {
    const out = new Map<string, Buffer>();
    if (names.length === 0) return out;
    const cat = this.catFile();
    try {
      const read = await Promise.all(names.map((name) => cat.read(name)));
      names.forEach((name, i) => {
        const bytes = read[i];
        if (bytes) out.set(name, bytes);
      });
    } finally {
      await cat.close();
    }
    return out;
  }

  /** Read many blobs as text with one `git cat-file --batch`: `rev:path` → content, or undefined where there is none. */
  async blobs(specs: readonly string[]): Promise<Map<string, string | undefined>> {
    const objects = await this.objects(specs);
    return new Map(specs.map((spec) => [spec, objects.get(spec)?.toString('utf8')]));
  }
}

/** How much of a spooled output is read at a time. */
const SPOOL_CHUNK = 1 << 20;

/** Output split at NUL bytes, each field decoded whole, so that a character is never cut between two chunks. */
class Fields {
  private rest: Buffer | undefined;
  constructor(private readonly onField: (field: string) => void) {}

  push(chunk: Buffer): void {
    // Copied when a field runs on: the chunk may be a buffer that is read into again.
    const data = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    let at = 0;
    for (let nul = data.indexOf(0); nul !== -1; nul = data.indexOf(0, at)) {
      this.onField(data.toString('utf8', at, nul));
      at = nul + 1;
    }
    this.rest = at < data.length ? Buffer.from(data.subarray(at)) : undefined;
  }

  end(): void {
    if (this.rest) this.onField(this.rest.toString('utf8'));
    this.rest = undefined;
  }
}

export class GitMissingError extends Error {
  constructor() {
    super('git is not installed');
  }
}
