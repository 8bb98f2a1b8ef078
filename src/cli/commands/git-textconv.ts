import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { repositoryLanguage } from '../../config/language.js';
import { textconv } from '../../decisions/textconv.js';
import { UsageError } from '../../errors.js';
import type { CommandContext, Output } from '../io.js';

/**
 * `etat git textconv <file>`: what git compares for minutes and agendas (the
 * textconv of the `etat` diff driver, see `etat git setup`). Prints the file as
 * it is when it cannot be read as minutes or an agenda: a diff never fails on a
 * broken file.
 */
export default async function gitTextconv(context: CommandContext, [file]: unknown[]): Promise<number> {
  const path = resolve(context.cwd, String(file));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UsageError('pathMissing', { path: String(file) });
  }
  // Git runs the driver at the top of the work tree (GIT_PREFIX: where the user stands), with old versions in
  // temporary files. The language is looked up from there, never from the file's own folder, so that both
  // sides of a diff speak the same language.
  const lang = context.lang ?? (await repositoryLanguage([join(context.cwd, context.env.GIT_PREFIX ?? ''), context.cwd])) ?? context.fallbackLang;
  const out = textconv(String(file), bytes, lang);
  if (typeof out === 'string') context.stdout.write(out);
  else writeBytes(context.stdout, out);
  return 0;
}

/** The bytes of a file as they are: process.stdout takes bytes; an in-memory output gets them decoded. */
function writeBytes(output: Output, bytes: Uint8Array): void {
  (output.write as (chunk: string | Uint8Array) => unknown).call(output, bytes);
}
