import { UsageError } from '../errors.js';
import type { CommandContext } from './io.js';

/** Questions are asked only when a person is at a terminal: in CI a missing option is a usage error. */
export function interactive(context: CommandContext): boolean {
  return context.stdin?.isTTY === true && context.stdout.isTTY === true;
}

export interface Question {
  /** The option the answer stands for, e.g. `--date`: named in the usage error when nobody can be asked. */
  option: string;
  message: string;
  validate?: (value: string) => string | undefined;
  /** Choose from these instead of typing. */
  choices?: { value: string; label: string }[];
  /** May be left empty. */
  optional?: boolean;
}

/** Ask for a missing value on the terminal, or fail as a usage error (exit 2) without one. */
export async function ask(context: CommandContext, question: Question, cancelled: string): Promise<string | undefined> {
  if (!interactive(context)) {
    if (question.optional) return undefined;
    throw new UsageError('missingOption', { option: question.option });
  }
  // The prompts library is loaded only when there is a question to ask.
  const prompts = await import('@clack/prompts');
  const streams = { input: context.stdin as NodeJS.ReadStream, output: context.stdout as unknown as NodeJS.WriteStream };
  const answer = question.choices
    ? await prompts.select({ message: question.message, options: question.choices, ...streams })
    : await prompts.text({ message: question.message, validate: (value) => question.validate?.(value ?? ''), ...streams });
  if (prompts.isCancel(answer)) throw new UsageError('usage', { message: cancelled });
  const value = String(answer).trim();
  return value === '' && question.optional ? undefined : value;
}
