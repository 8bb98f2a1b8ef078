import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { folderInside, replaceAt } from '../fs/write.js';
import { isInside } from '../model/paths.js';
import type { Format } from '../report/index.js';

/** A report never replaces a Markdown file or etat.yml: a typo must not cost minutes. */
export function isProtectedOutput(path: string): boolean {
  return /\.(md|markdown)$/i.test(path) || basename(path) === 'etat.yml';
}

/**
 * Write a report where --output says. The path is the user's own choice on the
 * command line (it may be outside the repository, e.g. in $RUNNER_TEMP), but a
 * pull request may have committed something at it. So a report never follows
 * a link there, never goes inside a `.git` folder or through a link in the
 * repository that leads out of it, and never replaces a file it did not write:
 * a file is replaced only when it is empty or holds an earlier report of the
 * same format — never a record, whatever its name (`outputProtected`).
 */
export async function writeReport(root: string, path: string, given: string, format: Format, text: string): Promise<void> {
  await writeOutput(root, path, given, { start: REPORT_START[format], format }, text);
}

/**
 * Write what a command makes to a file the user names (`--output`, `--out`),
 * with the guards of `writeReport`: a file there is replaced only when it is
 * empty or begins as `earlier.start` says etat's own output of that kind does.
 */
export async function writeOutput(root: string, path: string, given: string, earlier: { start: RegExp; format: string }, text: string): Promise<void> {
  if (/\.(md|markdown)$/i.test(path) || basename(path) === 'etat.yml') throw new UsageError('outputProtected', { path: given });
  const folder = await reportFolder(root, dirname(path), given);
  const target = join(folder, basename(path));
  const found = await lstat(target).catch(() => undefined);
  if (found?.isSymbolicLink()) throw new UsageError('linkInTheWay', { path: given });
  if (found && (!found.isFile() || !(await isEarlierOutput(target, earlier.start)))) throw new UsageError('outputNotReport', { path: given, format: earlier.format });
  try {
    await replaceAt(target, text);
  } catch (error) {
    throw new UsageError('outputFailed', { path: given, message: (error as Error).message });
  }
}

/** The real folder a report goes into, made if need be: never inside `.git`, never out of the repository through a link in it. */
async function reportFolder(root: string, folder: string, given: string): Promise<string> {
  // Inside the repository, folders are made one level at a time and a link out is refused before anything is made.
  const real = isInside(resolve(root), folder)
    ? await folderInside(root, folder, true, given)
    : await mkdir(folder, { recursive: true }).then(
        () => realpath(folder),
        (error: Error) => {
          throw new UsageError('outputFailed', { path: given, message: error.message });
        },
      );
  if (real.split(sep).includes('.git')) throw new UsageError('outputInGit', { path: given });
  return real;
}

/** How each format's report begins, as etat writes it: what tells an earlier report from a file etat did not write. */
const REPORT_START: Record<Format, RegExp> = {
  pretty: /^$/,
  github: /^(?:::|$)/,
  json: /^\{\s*"format": "etat-check"/,
  sarif: /^\{\s*"\$schema": "[^"]*sarif[^"]*",\s*"version": "2\.1\.0",\s*"runs": \[\s*\{\s*"tool": \{\s*"driver": \{\s*"name": "etat"/,
  gitlab: /^\[\s*(?:\]|\{\s*"type": "issue",\s*"description")/,
  junit: /^<\?xml[^>]*\?>\s*<testsuites name="etat check"/,
};

async function isEarlierOutput(path: string, start: RegExp): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString('utf8');
    return text.trim() === '' || start.test(text);
  } finally {
    await handle.close();
  }
}

