import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach } from 'vitest';
import { run } from '../../src/cli/run.js';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A small `etat.yml` for tests that build their own repositories. */
export const CONFIG = `language: en
agencies:
  bufdir: { name: Bufdir }
  hdir: { name: Helsedirektoratet, short: Hdir }
  udir: { name: Utdanningsdirektoratet, short: Udir }
fora:
  direktorgruppen:
    name: Direktørgruppen
    members: [bufdir, hdir, udir]
    quorum: 2
`;

/** A clean agenda of `direktorgruppen/2026-03-12`. */
export const AGENDA = `---
type: agenda
forum: direktorgruppen
date: 2026-03-12
purpose: Orientere om arbeidsplanen
status: sent
items:
  - id: "1"
    title: Arbeidsplan 2026
    kind: inform
    owner: bufdir
---
Velkommen.
`;

/** A temporary folder holding `files` (path → text or bytes), removed after the test. */
export async function makeRepo(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'etat-test-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** A temporary folder outside any repository, removed after the test. */
export async function makeTempDir(): Promise<string> {
  return makeRepo({});
}

/** sha256 of every file under `dir`: to show that a command wrote nothing. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The moment every in-process run happens at: tests never read the clock. A
 * test about dates says its date with `--today`; this only keeps the rest from
 * depending on the day the suite runs.
 */
export const TEST_NOW = new Date('2026-11-24T09:00:00Z');

/** Run the CLI in-process, as the tests of markdownlint-cli2 call its `main()`. */
export async function runInProcess(argv: string[], options: { cwd: string; env?: Record<string, string>; tty?: boolean; now?: Date }): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv,
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    now: options.now ?? TEST_NOW,
  });
  return { code, stdout, stderr };
}
