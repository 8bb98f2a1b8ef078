import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { toPosix } from '../model/paths.js';

/**
 * The top of the git work tree that holds `dir`: the nearest folder above it
 * with a `.git` (a folder, or a file in a worktree or submodule). Found without
 * running git, because reports only need it to name files as GitHub and GitLab
 * do: relative to the top of the repository, which may be above etat.yml.
 */
export function workTreeTop(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** A path relative to etat's root, made relative to the work tree's top (or left as it is outside git). */
export function repositoryPathFrom(root: string): (file: string) => string {
  const top = workTreeTop(root);
  if (top === undefined || top === resolve(root)) return (file) => file;
  return (file) => toPosix(relative(top, resolve(root, file)));
}
