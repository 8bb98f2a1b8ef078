import { Chalk } from 'chalk';
import { UsageError } from '../errors.js';
import { useColor, type CommandContext } from './io.js';

/** Questions are asked only when a person is at a terminal: in CI a missing option is a usage error. */
export function interactive(context: CommandContext): boolean {
  return context.stdin?.isTTY === true && context.stdout.isTTY === true;
}

export interface Question {
  /** The option the answer stands for, e.g. `--date`: named in the usage error when nobody can be asked. */
  option: string;
  message: string;
  /** Why an answer cannot be taken, in the user's language; undefined when it can. */
  validate?: (value: string) => string | undefined;
  /** Choose from these instead of typing. */
  choices?: { value: string; label: string }[];
  /** When nobody can be asked, leave it out rather than fail (on a terminal `validate` decides). */
  optional?: boolean;
}

/**
 * The words of the prompts themselves, in the user's language: the prompts
 * library has English words of its own ("↑/↓ to navigate", "Yes / No"), and
 * no setting for them, so etat hides them and says its own.
 */
export interface PromptWords {
  /** Said when the user cancels (Ctrl+C, Esc). */
  cancelled: string;
  /** How to choose from a list. */
  chooseHint: string;
  yes: string;
  no: string;
}

/** The prompts library is loaded only when there is a question to ask. */
async function promptsFor(context: CommandContext) {
  const prompts = await import('@clack/prompts');
  const streams = { input: context.stdin as NodeJS.ReadStream, output: context.stdout as unknown as NodeJS.WriteStream };
  return { prompts, streams };
}

/** Ask for a missing value on the terminal, or fail as a usage error (exit 2) without one. */
export async function ask(context: CommandContext, question: Question, words: PromptWords): Promise<string | undefined> {
  if (!interactive(context)) {
    if (question.optional) return undefined;
    throw new UsageError('missingOption', { option: question.option });
  }
  const { prompts, streams } = await promptsFor(context);
  const dim = new Chalk({ level: useColor(context.stdout, context.env) ? 1 : 0 }).dim;
  const answer = question.choices
    ? await prompts.select({ message: `${question.message} ${dim(`(${words.chooseHint})`)}`, options: question.choices, showInstructions: false, ...streams })
    : await prompts.text({ message: question.message, validate: (value) => question.validate?.(value ?? ''), ...streams });
  if (prompts.isCancel(answer)) throw new UsageError('usage', { message: words.cancelled });
  const value = String(answer).trim();
  return value === '' && question.optional ? undefined : value;
}

/** Ask a yes-or-no question on the terminal; only call it when `interactive(context)`. No is the default. */
export async function confirm(context: CommandContext, message: string, words: PromptWords): Promise<boolean> {
  const { prompts, streams } = await promptsFor(context);
  const answer = await prompts.confirm({ message, active: words.yes, inactive: words.no, initialValue: false, ...streams });
  if (prompts.isCancel(answer)) throw new UsageError('usage', { message: words.cancelled });
  return answer;
}
