/** Where the CLI writes: process.stdout in real use, a buffer in tests. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  /** A terminal's width in characters (process.stdout has it on a TTY): the registers' tables fit it. */
  columns?: number;
}

/** Where the CLI reads answers to its questions: process.stdin, or a stream in tests. */
export interface Input extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

export interface RunOptions {
  /** The command-line arguments after `etat`. */
  argv: readonly string[];
  /** Where the command was started; `--cwd` is resolved against it. */
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdout?: Output;
  stderr?: Output;
  /** Questions are asked only when both stdin and stdout are a terminal. */
  stdin?: Input;
  /**
   * The moment the command runs: "today" (where the meetings are held) is
   * derived from it unless `--today` is given. Read from the system clock once,
   * when not given; tests always give it, so no test depends on the day it runs.
   */
  now?: Date;
}

/** What every command gets: where it runs, the language, and where to write. */
export interface CommandContext {
  /** The directory to work in (`--cwd`, resolved). */
  cwd: string;
  /** Where the user stands: paths in output are shown relative to it. */
  startDir: string;
  /** `--lang`, when given. */
  lang: import('../i18n/lang.js').Lang | undefined;
  /** The language for output before etat.yml has been read. */
  fallbackLang: import('../i18n/lang.js').Lang;
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
  stdin: Input | undefined;
  /** The moment the command runs (`RunOptions.now`). */
  now: Date;
}

// The one colour decision lives with the formats; the CLI's prompts and stderr use it too.
export { useColor } from '../report/formats.js';
