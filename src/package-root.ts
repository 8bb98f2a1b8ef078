import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The name in etat's own package.json, which marks the package root. */
const PACKAGE_NAME = 'etat';

let root: string | undefined;

/**
 * The folder etat is installed in (its package.json, `schemas/`, `templates/`,
 * `docs/`, `examples/`, `bin/`, `dist/`), found once by walking up from this
 * module. Every file etat ships is reached from here, never by a path relative
 * to the module asking: a module is at `src/x/`, `dist/x/` or, in the bundled
 * CLI, `dist/bundle/`, so a relative path is right in only some of them.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (nameAt(dir) === PACKAGE_NAME) return (root = dir);
    if (dirname(dir) === dir) throw new Error(`etat's package.json was not found above ${start}: the installation is broken; reinstall etat.`);
  }
}

/** The `name` of the package.json in a folder, or undefined when there is none (or it is not JSON). */
function nameAt(dir: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, 'package.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    return (JSON.parse(text) as { name?: unknown }).name;
  } catch {
    return undefined;
  }
}

/** A file etat ships, by its path from the package root (`'templates', 'nb', 'agenda.md'`). */
export function packagePath(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}

/** As `packagePath`, as a file URL; a folder's URL ends in `/` when the last segment does. */
export function packageUrl(...segments: string[]): URL {
  const url = pathToFileURL(packagePath(...segments));
  if (segments.at(-1)?.endsWith('/') && !url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
