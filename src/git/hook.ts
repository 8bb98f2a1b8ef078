import { chmod, lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { HookTexts } from '../i18n/hook.js';
import { replaceAt } from '../fs/write.js';
import { packagePath } from '../package-root.js';
import { Git, GitMissingError } from './git.js';

/** The line that makes a pre-commit hook etat's: install and uninstall touch no hook without it. */
export const HOOK_MARKER = '# etat pre-commit hook: installed by etat hook install; remove with etat hook uninstall';
export const HOOK_NAME = 'pre-commit';
/** Where a hook that was there before etat's is kept, and run from. */
export const BEFORE_NAME = 'pre-commit.before-etat';

/** etat's bin script, whether this runs from `src/`, `dist/` or the bundled CLI. */
export const ETAT_BIN = packagePath('bin', 'etat.js');

/** Where git looks for this repository's hooks, and where the hook runs etat. */
export interface HookPlace {
  /** The hooks folder (absolute): `git rev-parse --git-path hooks`, which follows `core.hooksPath`. */
  dir: string;
  /** The etat root relative to the top of the work tree, where git runs hooks: `''` at the top, else ending in `/`. */
  prefix: string;
  /** `core.hooksPath` when it is set, and the configuration that sets it (`local`, `global`, `system`, …). */
  hooksPath?: { value: string; scope: string };
}

export type HookProblem =
  | { kind: 'not-git'; dir: string }
  | { kind: 'git-missing' }
  | { kind: 'shared-hooks-path'; value: string; scope: string }
  | { kind: 'husky'; dir: string }
  | { kind: 'not-ours'; file: string }
  | { kind: 'before-taken'; file: string; before: string };

export type InstallResult =
  | { kind: 'installed'; place: HookPlace; file: string; chained?: string }
  | { kind: 'updated'; place: HookPlace; file: string }
  | { kind: 'already'; place: HookPlace; file: string }
  | HookProblem;

export type UninstallResult =
  | { kind: 'removed'; file: string; restored?: string }
  /** etat's hook was gone already, and the one it had moved aside is put back. */
  | { kind: 'restored'; file: string; restored: string }
  | { kind: 'not-installed'; file: string }
  | HookProblem;

/** Find the hooks folder of the repository that holds `root`: two git processes. */
export async function findHooks(root: string): Promise<HookPlace | HookProblem> {
  const git = new Git(root);
  try {
    const where = await git.run(['rev-parse', '--show-prefix', '--git-path', 'hooks']);
    if (where.exitCode !== 0) return { kind: 'not-git', dir: root };
    const [prefix = '', hooks = 'hooks'] = where.stdout.replace(/\n$/, '').split('\n');
    // `--show-scope` is git 2.26; an older git answers with an error, and the setting is taken as this repository's.
    const configured = await git.run(['config', '--show-scope', '--get', 'core.hooksPath']);
    let hooksPath: HookPlace['hooksPath'];
    if (configured.exitCode === 0) {
      const [scope = 'local', ...value] = configured.stdout.replace(/\n$/, '').split('\t');
      hooksPath = { scope, value: value.join('\t') };
    }
    return { dir: resolve(root, hooks), prefix, hooksPath };
  } catch (error) {
    if (error instanceof GitMissingError) return { kind: 'git-missing' };
    throw error;
  }
}

export interface InstallOptions {
  /** The etat root (where etat.yml is). */
  root: string;
  /** The lines the hook prints, in the installer's language. */
  texts: HookTexts['script'];
  /** The node that runs etat; `process.execPath` by default. */
  node?: string;
  /** etat's bin script; the one of this etat by default. */
  bin?: string;
}

/**
 * Install etat's pre-commit hook. A hook that is there and is not etat's is
 * moved to `pre-commit.before-etat`, and etat's runs it first; nothing is done
 * when that name is taken. A hook of etat's that is there already is left as
 * it is, or rewritten when it would run another etat. Nothing is written to a
 * hooks folder every repository shares (`core.hooksPath` in the global or
 * system config) or that husky manages.
 */
export async function installHook(options: InstallOptions): Promise<InstallResult> {
  const place = await findHooks(options.root);
  if ('kind' in place) return place;
  if (place.hooksPath && !['local', 'worktree'].includes(place.hooksPath.scope)) {
    return { kind: 'shared-hooks-path', value: place.hooksPath.value, scope: place.hooksPath.scope };
  }
  if (place.dir.split(sep).includes('.husky')) return { kind: 'husky', dir: place.hooksPath?.value ?? place.dir };

  const file = join(place.dir, HOOK_NAME);
  const before = join(place.dir, BEFORE_NAME);
  const script = hookScript({ node: options.node ?? process.execPath, bin: options.bin ?? ETAT_BIN, prefix: place.prefix, texts: options.texts });
  await mkdir(place.dir, { recursive: true });

  const current = await hookAt(file);
  if (current === 'missing') {
    await writeHook(file, script, 'wx');
    return { kind: 'installed', place, file, chained: (await exists(before)) ? before : undefined };
  }
  if (current.ours) {
    if (current.text === script) return { kind: 'already', place, file };
    await writeHook(file, script, 'w');
    return { kind: 'updated', place, file };
  }
  if (await exists(before)) return { kind: 'before-taken', file, before };
  await rename(file, before);
  try {
    await writeHook(file, script, 'wx');
  } catch (error) {
    // Never leave the user without their hook.
    await rm(file, { force: true }).catch(() => undefined);
    await rename(before, file);
    throw error;
  }
  return { kind: 'installed', place, file, chained: before };
}

/**
 * Remove etat's pre-commit hook and put back the one it had moved aside. A
 * pre-commit hook that is not etat's is left as it is.
 */
export async function uninstallHook(root: string): Promise<UninstallResult> {
  const place = await findHooks(root);
  if ('kind' in place) return place;
  const file = join(place.dir, HOOK_NAME);
  const before = join(place.dir, BEFORE_NAME);
  const current = await hookAt(file);
  if (current === 'missing') {
    if (!(await exists(before))) return { kind: 'not-installed', file };
    await rename(before, file);
    return { kind: 'restored', file, restored: before };
  }
  if (!current.ours) return { kind: 'not-ours', file };
  await rm(file);
  if (!(await exists(before))) return { kind: 'removed', file };
  await rename(before, file);
  return { kind: 'removed', file, restored: before };
}

/** What is at `file`: nothing, or a hook and whether it is etat's (a regular file with the marker line). */
async function hookAt(file: string): Promise<'missing' | { ours: boolean; text: string }> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return 'missing';
  if (!info.isFile()) return { ours: false, text: '' };
  const text = await readFile(file, 'utf8');
  return { ours: text.split(/\r?\n/).includes(HOOK_MARKER), text };
}

async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined)) !== undefined;
}

/** Write the hook, executable. `wx` never replaces a file; `w` replaces etat's own hook through a temporary file, so it is never half written. */
async function writeHook(file: string, script: string, flag: 'w' | 'wx'): Promise<void> {
  if (flag === 'wx') {
    await writeFile(file, script, { flag: 'wx', mode: 0o755 });
    await chmod(file, 0o755); // the umask may have taken bits away
    return;
  }
  await replaceAt(file, script, 0o755);
}

/** A word for sh: in single quotes, each `'` written as `'\''`. */
export function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface HookScriptOptions {
  /** The absolute path of node. */
  node: string;
  /** The absolute path of etat's bin script. */
  bin: string;
  /** The etat root relative to the top of the work tree (`''`, or ending in `/`). */
  prefix: string;
  texts: HookTexts['script'];
}

/**
 * The pre-commit hook: POSIX sh. Git runs it from the top of the work tree,
 * with stdin from /dev/null and no arguments. It runs the hook etat moved
 * aside first, as git would have (its arguments, stdin and exit code
 * unchanged); then `etat check --staged` from the etat root, with the node
 * and etat that installed it, or `etat` from PATH when those are gone. A
 * relative `GIT_INDEX_FILE` (a plain `git commit`) is made absolute before
 * leaving the top of the work tree; `git commit -a` and `git commit <paths>`
 * name a temporary index, which is what they commit.
 */
export function hookScript(options: HookScriptOptions): string {
  const { texts } = options;
  const say = (text: string) => `printf '%s\\n' ${shQuote(text)} >&2`;
  const lines = [
    '#!/bin/sh',
    HOOK_MARKER,
    `# ${texts.about}`,
    '',
    `before="\${0%/*}/${BEFORE_NAME}"`,
    'if [ -f "$before" ] && [ -x "$before" ]; then',
    '  "$before" "$@" || exit $?',
    'fi',
    '',
    'case ${GIT_INDEX_FILE-} in',
    "  '' | /* | [A-Za-z]:*) ;;",
    '  *) GIT_INDEX_FILE="$PWD/$GIT_INDEX_FILE"; export GIT_INDEX_FILE ;;',
    'esac',
    ...(options.prefix === '' ? [] : [`cd ${shQuote(options.prefix)} 2>/dev/null || exit 0`]),
    '[ -f etat.yml ] || exit 0',
    '',
    `node=${shQuote(options.node)}`,
    `etat=${shQuote(options.bin)}`,
    'if [ -x "$node" ] && [ -f "$etat" ]; then',
    '  "$node" "$etat" check --staged',
    'elif command -v etat >/dev/null 2>&1; then',
    '  etat check --staged',
    'else',
    `  ${say(texts.notFound({ bin: options.bin }))}`,
    '  exit 1',
    'fi',
    'status=$?',
    'if [ "$status" -ne 0 ]; then',
    `  ${say(texts.blocked)}`,
    '  exit "$status"',
    'fi',
    '',
  ];
  return lines.join('\n');
}
