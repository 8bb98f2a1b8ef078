import { isAbsolute, relative, sep } from 'node:path';
import { posix } from 'node:path';

/** A repository path with forward slashes, whatever the platform. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Whether an absolute path lies inside (or is) the folder `root`. */
export function isInside(root: string, absolute: string): boolean {
  const rel = relative(root, absolute);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Resolve a path written in front matter (relative to the file that holds it)
 * to a repository path, or `undefined` when it would leave the repository.
 */
export function resolveFromFile(filePath: string, target: string): string | undefined {
  if (target === '' || posix.isAbsolute(target) || /^[A-Za-z]:[\\/]/.test(target) || target.includes('\\')) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(filePath), target));
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined;
}
