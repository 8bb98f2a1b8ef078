import { UsageError } from '../errors.js';
import { isCalendarDate, todayInNorway } from '../model/dates.js';
import type { CommandContext } from './io.js';

/** An option that takes a whole number, 0 or more (`--max-warnings`, `--soon`); anything else is the usage error named. */
export function wholeNumber(value: unknown, messageId: string): number {
  const text = String(value);
  if (!/^\d+$/.test(text)) throw new UsageError(messageId, { value: text });
  return Number(text);
}

/**
 * The date a command acts on: `--today` when given (it must be a date), else
 * today in Norway at the moment the run started — never a second reading of
 * the clock, so that one run sees one day.
 */
export function todayOf(context: Pick<CommandContext, 'now'>, value: unknown): string {
  if (value === undefined) return todayInNorway(context.now);
  const text = String(value);
  if (!isCalendarDate(text)) throw new UsageError('badDate', { value: text });
  return text;
}
