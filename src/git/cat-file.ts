import type { Readable, Writable } from 'node:stream';

/** A git process started by `Git.start`: its input, its output, and how it ended. */
export interface GitProcess {
  stdin: Writable;
  stdout: Readable;
  /** The exit code (1 when killed by a signal); rejects with `GitMissingError` when git could not be started. */
  exited: Promise<number>;
}

interface Request {
  resolve: (bytes: Buffer | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * One long-lived `git cat-file --batch`, read as a stream: every `read`
 * writes its name at once (requests are pipelined, not one round trip each),
 * and the answers, which git gives in the order asked, are parsed as they
 * arrive. Nothing is held once it is handed out, so a caller that keeps only
 * what it needs of each object (an agenda's status line) holds no more than
 * that, however many objects it reads. Started on the first read; `close`
 * ends it.
 */
export class CatFile {
  private git: GitProcess | undefined;
  private readonly waiting: Request[] = [];
  /** What has arrived of the answer being read. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The size of the object being read (its content and the newline after it), or undefined while reading a header. */
  private bodySize: number | undefined;
  private failure: unknown;
  private corked = false;

  constructor(private readonly start: () => GitProcess) {}

  /** An object's bytes, by object id or `rev:path`; undefined when git has no such object. */
  read(name: string): Promise<Buffer | undefined> {
    // A newline would end the request early and shift every answer after it.
    if (name.includes('\n')) return Promise.reject(new Error(`cat-file cannot be asked for a name with a newline: ${JSON.stringify(name)}`));
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const git = (this.git ??= this.begin());
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      // Requests made in the same tick go to git in one write.
      if (!this.corked) {
        this.corked = true;
        git.stdin.cork();
        process.nextTick(() => {
          this.corked = false;
          git.stdin.uncork();
        });
      }
      git.stdin.write(name + '\n');
    });
  }

  /** Start git now rather than on the first read (a fork costs less while the process is small). */
  open(): void {
    if (this.failure === undefined) this.git ??= this.begin();
  }

  /** End the process (when it was started) and wait for it; a read still waiting is refused. */
  async close(): Promise<void> {
    const git = this.git;
    if (!git) return;
    git.stdin.end();
    await git.exited.catch(() => undefined);
  }

  private begin(): GitProcess {
    const git = this.start();
    git.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    git.exited.then(
      () => this.fail(new Error('git cat-file ended before it answered')),
      (error: unknown) => this.fail(error),
    );
    return git;
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    for (const request of this.waiting.splice(0)) request.reject(this.failure);
  }

  private receive(chunk: Buffer): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    for (;;) {
      if (this.bodySize === undefined) {
        const header = this.takeLine();
        if (header === undefined) return;
        // `<oid> <type> <size>`, or `<name> missing` (or `ambiguous`) for what git does not have.
        const size = / (\d+)$/.exec(header)?.[1];
        if (header.endsWith(' missing') || header.endsWith(' ambiguous') || size === undefined) this.answer(undefined);
        else this.bodySize = Number(size) + 1;
      } else {
        if (this.pendingBytes < this.bodySize) return;
        const body = this.take(this.bodySize);
        this.bodySize = undefined;
        this.answer(body.subarray(0, body.length - 1));
      }
    }
  }

  private answer(bytes: Buffer | undefined): void {
    this.waiting.shift()?.resolve(bytes);
  }

  /** The next line of what has arrived, without its newline; undefined until all of it has arrived. */
  private takeLine(): string | undefined {
    let before = 0;
    for (const chunk of this.pending) {
      const newline = chunk.indexOf(0x0a);
      if (newline !== -1) return this.take(before + newline + 1).toString('utf8', 0, before + newline);
      before += chunk.length;
    }
    return undefined;
  }

  /** The first `size` bytes of what has arrived (all there), removed from it. */
  private take(size: number): Buffer {
    const first = this.pending[0]!;
    let out: Buffer;
    if (first.length >= size) {
      // Within one chunk, as most are: a view, not a copy.
      out = first.subarray(0, size);
      if (first.length === size) this.pending.shift();
      else this.pending[0] = first.subarray(size);
    } else {
      const all = Buffer.concat(this.pending, this.pendingBytes);
      out = all.subarray(0, size);
      this.pending = all.length > size ? [all.subarray(size)] : [];
    }
    this.pendingBytes -= size;
    return out;
  }
}
