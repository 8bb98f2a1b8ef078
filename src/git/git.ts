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
  constructor(readonly cwd: string) {}

  async run(args: readonly string[], input?: string): Promise<GitResult> {
    this.spawned++;
    const result = await execa('git', args, {
      cwd: this.cwd,
      input,
      reject: false,
      stripFinalNewline: false,
      maxBuffer: 1024 * 1024 * 1024,
      encoding: 'utf8',
      env: { GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined, LC_ALL: 'C' },
    });
    if (result.failed && (result as { code?: string }).code === 'ENOENT') throw new GitMissingError();
    return { stdout: String(result.stdout ?? ''), exitCode: result.exitCode ?? 1 };
  }

  /**
   * Read many blobs with one `git cat-file --batch`: `rev:path` → content, or
   * undefined where there is no such object.
   */
  async blobs(specs: readonly string[]): Promise<Map<string, string | undefined>> {
    const out = new Map<string, string | undefined>();
    if (specs.length === 0) return out;
    this.spawned++;
    const result = await execa('git', ['cat-file', '--batch'], {
      cwd: this.cwd,
      input: specs.join('\n') + '\n',
      reject: false,
      encoding: 'buffer',
      stripFinalNewline: false,
      maxBuffer: 1024 * 1024 * 1024,
      env: { GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined },
    });
    const bytes = Buffer.from(result.stdout as Uint8Array);
    let at = 0;
    for (const spec of specs) {
      const newline = bytes.indexOf(0x0a, at);
      if (newline === -1) break;
      const header = bytes.toString('utf8', at, newline);
      at = newline + 1;
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        out.set(spec, undefined);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      out.set(spec, bytes.toString('utf8', at, at + size));
      at += size + 1; // the content, then a newline
    }
    return out;
  }
}

export class GitMissingError extends Error {
  constructor() {
    super('git is not installed');
  }
}
