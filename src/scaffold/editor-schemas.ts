import { realpath } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { UsageError } from '../errors.js';
import type { ScaffoldTexts } from '../i18n/scaffold.js';
import { readInside } from '../fs/read.js';
import { writeNew } from '../fs/write.js';
import { readSchemaText, SCHEMA_TYPES, type SchemaType } from '../schema/index.js';

/**
 * The JSON Schemas editors validate etat's files with, kept in the repository
 * itself: a schema at a URL is one no intranet may reach, and one that changes
 * under a repository that has not upgraded. `etat init` writes them, `agenda
 * new` and `minutes new` add one that is missing, `etat schema --write` writes
 * them again (after an upgrade of etat). Each generated file points at its
 * schema by a path relative to itself (`# yaml-language-server: $schema=…`),
 * which yaml-language-server resolves against the file's own folder.
 */
export const EDITOR_SCHEMA_DIR = '.etat/schemas';

/** Where a type's schema is, relative to the root (where etat.yml is). */
export function editorSchemaPath(type: SchemaType): string {
  return `${EDITOR_SCHEMA_DIR}/${type}.schema.json`;
}

/** The path to a type's schema from a file of the repository (`meetings/f/d/agenda.md` → `../../../.etat/schemas/…`). */
export function schemaRef(type: SchemaType, file: string): string {
  return posix.relative(posix.dirname(file), editorSchemaPath(type));
}

/** The first line of a generated file, without its `#`: where editors find the file's schema. */
export function schemaModeline(type: SchemaType, file: string): string {
  return ` yaml-language-server: $schema=${schemaRef(type, file)}`;
}

/** What became of a schema file: written now, rewritten because it differed, left because it was the same, or left although it differs. */
export interface EditorSchemaWrite {
  path: string;
  status: 'wrote' | 'updated' | 'unchanged' | 'kept';
}

/**
 * Write the schemas of `types` into the repository at `root`. A schema that
 * is missing is written; one that differs from this etat's is replaced only
 * with `force` (`etat schema --write`, `etat init --force`), and otherwise
 * kept (`kept`). Reads go through `readInside` and writes through `writeNew`,
 * so never through a link or out of the repository.
 */
export async function writeEditorSchemas(root: string, options: { types?: readonly SchemaType[]; force?: boolean } = {}): Promise<EditorSchemaWrite[]> {
  const done: EditorSchemaWrite[] = [];
  const realRoot = await realpath(root);
  for (const type of options.types ?? SCHEMA_TYPES) {
    const path = editorSchemaPath(type);
    const wanted = readSchemaText(type);
    // Read as every file of the repository is; a link out of it, or a pipe, in its place is neither read nor written through.
    const read = await readInside(realRoot, join(root, path), 4 * Buffer.byteLength(wanted));
    if (read.kind === 'outside') throw new UsageError('pathOutside', { path });
    if (read.kind === 'notFile') throw new UsageError('notAFile', { path });
    const present = read.kind === 'missing' ? undefined : read.kind === 'file' ? read.bytes.toString('utf8') : '';
    if (present === wanted) {
      done.push({ path, status: 'unchanged' });
    } else if (present !== undefined && !options.force) {
      done.push({ path, status: 'kept' });
    } else {
      await writeNew(root, path, wanted, { force: present !== undefined });
      done.push({ path, status: present === undefined ? 'wrote' : 'updated' });
    }
  }
  return done;
}

/** Say what became of the schemas: a line for each written, updated or kept; for one that was already right only with `unchanged`. */
export function describeSchemaWrites(
  done: readonly EditorSchemaWrite[],
  texts: ScaffoldTexts,
  options: { shown?: (path: string) => string; unchanged?: boolean } = {},
): string[] {
  const shown = options.shown ?? ((path: string) => path);
  return done.flatMap(({ path, status }) => {
    if (status === 'wrote') return [texts.wrote({ path: shown(path) })];
    if (status === 'updated') return [texts.updated({ path: shown(path) })];
    if (status === 'kept') return [texts.schemaKept({ path: shown(path) })];
    return options.unchanged ? [texts.schemaUnchanged({ path: shown(path) })] : [];
  });
}
