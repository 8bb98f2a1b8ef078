import type { Lang } from '../i18n/lang.js';
import type { SharedHelp } from '../i18n/cli.js';
import type { CommandContext } from './io.js';

/**
 * A command as data: its words, arguments, options and examples, declared once.
 * `run.ts` turns the spec into commander's declarations; the values commander
 * hands back arrive in `run` typed from the same spec, checked once (choices
 * by commander, dates and numbers by the `parse` the spec names). This module
 * is types and one identity function, so a spec costs nothing to load.
 */

/** A command's own words in each language: its help texts, example notes and the errors only it raises. */
export type CommandWords<W> = Record<Lang, W>;

/** The words a spec's texts are picked from: the command's own, and those several commands share. */
export type HelpWords<W> = W & SharedHelp;

/** A text of the spec: the key of a string among the command's words or the shared ones, said in the user's language. */
export type Text<W> = { [K in keyof HelpWords<W>]: HelpWords<W>[K] extends string ? K : never }[keyof HelpWords<W>];

/** An example is a command line, or a command line and a note shown as a shell comment after it. */
export type Example = string | [line: string, note: string];

/** An example in a spec: the note is the key of its words. */
export type ExampleSpec<W> = string | readonly [line: string, note: Text<W>];

export interface OptionSpec<W = unknown> {
  /** As commander takes them: `-f, --format <format>`, `--force`. */
  readonly flags: string;
  readonly help: Text<W>;
  readonly choices?: readonly string[];
  readonly default?: string;
  /**
   * Turns the text given into the value the command gets, or throws the
   * UsageError that says why it cannot. `state` is shared by the options of
   * one command in one run (for options read in the order given).
   */
  readonly parse?: (value: string, previous: unknown, state: Record<string, unknown>) => unknown;
  /** The options (by their name in `run`'s input) this one cannot be used with. */
  readonly conflicts?: readonly string[];
}

export interface ArgumentSpec<W = unknown> {
  /** As commander takes it: `<meeting>`, `[dir]`, `[paths...]`. */
  readonly name: string;
  readonly help: Text<W>;
  readonly choices?: readonly string[];
}

/** The value an option's declaration gives `run`: parsed, one of its choices, a text, or `true` for a flag. */
type OptionValue<O> = O extends { parse: (...args: never[]) => infer T }
  ? T
  : O extends { choices: readonly (infer C)[] }
    ? C
    : O extends { flags: `${string}<${string}>${string}` }
      ? string
      : true;

export type OptionsOf<O> = { -readonly [K in keyof O]: O[K] extends { default: string } ? OptionValue<O[K]> : OptionValue<O[K]> | undefined };

type ArgumentValue<A> = A extends { choices: readonly (infer C)[] } ? C : string;
export type ArgumentsOf<A> = {
  -readonly [I in keyof A]: A[I] extends { name: `[${string}...]` } ? string[] : A[I] extends { name: `[${string}]` } ? ArgumentValue<A[I]> | undefined : ArgumentValue<A[I]>;
};

/** What `run` gets besides the context: the positional arguments and the options, typed from the spec. */
export interface Input<A, O> {
  args: ArgumentsOf<A>;
  options: OptionsOf<O>;
}

/** A renderer of a usage error the command raises, by message id. */
export type ErrorWords = Record<string, (data: never) => string>;

export interface CommandSpec<W, A extends readonly ArgumentSpec<W>[], O extends Record<string, OptionSpec<W>>, R> {
  /** The words typed after `etat`: `check`, `agenda new`. */
  readonly name: string;
  readonly words: CommandWords<W>;
  /** The errors only this command raises, in each language; shared ones are in `i18n/cli.ts`. */
  readonly errors?: Record<Lang, ErrorWords>;
  readonly description: Text<W>;
  readonly examples: readonly ExampleSpec<W>[];
  readonly arguments?: A;
  readonly options?: O;
  /** Does the work and returns what it found: an exit code, or data for `print`. */
  run(context: CommandContext, input: Input<A, O>): Promise<R>;
  /** Writes what `run` returned and says the exit code; without it, `run` returns the exit code. */
  print?(context: CommandContext, result: R): Promise<number> | number;
}

/** A command as `run.ts` sees it, whatever its words and options: its texts are keys of its words. */
export interface AnyCommand {
  readonly name: string;
  readonly words: CommandWords<unknown>;
  readonly errors?: Record<Lang, ErrorWords>;
  readonly description: string;
  readonly examples: readonly (string | readonly [line: string, note: string])[];
  readonly arguments?: readonly { name: string; help: string; choices?: readonly string[] }[];
  readonly options?: Record<string, Omit<OptionSpec, 'help'> & { help: string }>;
  run(context: CommandContext, input: { args: unknown[]; options: Record<string, unknown> }): Promise<unknown>;
  print?(context: CommandContext, result: unknown): Promise<number> | number;
}

/**
 * Declare a command; its `run` gets its arguments and options typed from what
 * is declared here. A `run` that returns data rather than the exit code needs
 * a `print`.
 */
export function defineCommand<W, const A extends readonly ArgumentSpec<W>[] = [], const O extends Record<string, OptionSpec<W>> = Record<never, never>>(
  spec: CommandSpec<W, A, O, number>,
): AnyCommand;
export function defineCommand<W, const A extends readonly ArgumentSpec<W>[] = [], const O extends Record<string, OptionSpec<W>> = Record<never, never>, R = number>(
  spec: CommandSpec<W, A, O, R> & Required<Pick<CommandSpec<W, A, O, R>, 'print'>>,
): AnyCommand;
export function defineCommand(spec: unknown): AnyCommand {
  return spec as AnyCommand;
}
