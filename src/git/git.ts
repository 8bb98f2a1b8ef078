import { execa } from 'execa';

export interface GitResult {
  stdout: string;
  exitCode: number;
}

/**
 * A thin runner for git: always with `cwd`, never through a shell, with the
 * environment cleared of variables that would point git at another repository,
 * and counting the processes it starts — a check must spawn git a constant
 * number of times, whatever the size of the repository, and the benchmark
 * reports this count.
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
    const result = await this.exec(args, input, indexFile);
    return { stdout: result.stdout.toString('utf8'), exitCode: result.exitCode };
  }

  /**
   * Read many objects with one `git cat-file --batch`, as bytes: by object id,
   * or by `rev:path`. Those git does not have are left out.
   */
  async objects(names: readonly string[]): Promise<Map<string, Buffer>> {
    const out = new Map<string, Buffer>();
    if (names.length === 0) return out;
    const { stdout: bytes } = await this.exec(['cat-file', '--batch'], names.join('\n') + '\n');
    let at = 0;
    for (const name of names) {
      const newline = bytes.indexOf(0x0a, at);
      if (newline === -1) break;
      const header = bytes.toString('utf8', at, newline);
      at = newline + 1;
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) continue;
      const size = Number(header.split(' ')[2]);
      out.set(name, bytes.subarray(at, at + size));
      at += size + 1; // the content, then a newline
    }
    return out;
  }

  /** Read many blobs as text with one `git cat-file --batch`: `rev:path` → content, or undefined where there is none. */
  async blobs(specs: readonly string[]): Promise<Map<string, string | undefined>> {
    const objects = await this.objects(specs);
    return new Map(specs.map((spec) => [spec, objects.get(spec)?.toString('utf8')]));
  }

  private async exec(args: readonly string[], input?: string, indexFile = this.indexFile): Promise<{ stdout: Buffer; exitCode: number }> {
    this.spawned++;
    const result = await execa('git', args, {
      cwd: this.cwd,
      input,
      reject: false,
      stripFinalNewline: false,
      maxBuffer: 1024 * 1024 * 1024,
      encoding: 'buffer',
      // GIT_OPTIONAL_LOCKS=0: `git status` and the like must not refresh and write the index. (`git diff`
      // with the working tree writes it anyway; readHistory gives that one a copy.)
      env: { GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: indexFile, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    });
    if (result.failed && (result as { code?: string }).code === 'ENOENT') throw new GitMissingError();
    // execa types stdout as always there; a process that could not start has none.
    return { stdout: Buffer.from((result.stdout as Uint8Array | undefined) ?? new Uint8Array()), exitCode: result.exitCode ?? 1 };
  }
}

export class GitMissingError extends Error {
  constructor() {
    super('git is not installed');
  }
}
