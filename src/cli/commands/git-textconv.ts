import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { CommandContext, Output } from '../io.js';
import { defineCommand, type Input, type ArgumentSpec } from '../define.js';

const words = {
  en: {
    gitTextconv: 'print a minutes or agenda file with each decision on one line, for git diff (the textconv of the etat diff driver)',
    textconvFile: 'the minutes or agenda file',
  },
  nb: {
    gitTextconv: 'skriv ut et referat eller en saksliste med hvert vedtak på én linje, for git diff (textconv for etats diff-driver)',
    textconvFile: 'referatet eller sakslisten',
  },
  nn: {
    gitTextconv: 'skriv ut eit referat eller ei sakliste med kvart vedtak på éi linje, for git diff (textconv for diff-drivaren til etat)',
    textconvFile: 'referatet eller saklista',
  },
};
const args = [{ name: '<file>', help: 'textconvFile' }] as const satisfies readonly ArgumentSpec<(typeof words)['en']>[];

/**
 * `etat git textconv <file>`: what git compares for minutes and agendas (the
 * textconv of the `etat` diff driver, see `etat git setup`). Prints the file as
 * it is when it cannot be read as minutes or an agenda: a diff never fails on a
 * broken file.
 */
export default defineCommand({
  name: 'git textconv',
  words,
  description: 'gitTextconv',
  examples: ['etat git textconv meetings/direktorgruppen/2026-12-03/minutes.md'],
  arguments: args,
  run: gitTextconv,
});

async function gitTextconv(context: CommandContext, { args: [file] }: Input<typeof args, Record<never, never>>): Promise<number> {
  const { repositoryLanguage } = await import('../../config/language.js');
  const { textconv } = await import('../../decisions/textconv.js');
  const { MAX_TEXTCONV_BYTES } = await import('../../model/limits.js');
  const { readRegular } = await import('../../fs/read.js');
  const path = resolve(context.cwd, String(file));
  const read = await readRegular(path, MAX_TEXTCONV_BYTES);
  if (read.kind === 'missing') throw new UsageError('pathMissing', { path: String(file) });
  if (read.kind === 'notFile' || read.kind === 'outside') throw new UsageError('notAFile', { path: String(file) });
  if (read.kind === 'tooLarge') {
    // Larger than any minutes: shown as it is, streamed, never held in memory.
    await pipeline(createReadStream(path), new Writable({ write: (chunk: Buffer, _encoding, done) => (writeBytes(context.stdout, chunk), done()) }));
    return 0;
  }
  const bytes = read.bytes;
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
