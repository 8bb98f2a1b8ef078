import { UsageError } from '../errors.js';
import { isCalendarDate, todayIn } from '../model/dates.js';
import type { OptionSpec } from './define.js';
import type { CommandContext } from './io.js';

/** The parse of an option that takes a whole number, 0 or more (`--max-warnings`, `--soon`); anything else is the usage error named. */
export function wholeNumber(messageId: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value)) throw new UsageError(messageId, { value });
    return Number(value);
  };
}

/** The parse of an option that takes a date, YYYY-MM-DD. */
export function calendarDate(value: string): string {
  if (!isCalendarDate(value)) throw new UsageError('badDate', { value });
  return value;
}

/**
 * The date a command acts on: `--today` when given (parsed as a date), else
 * the date at the moment the run started in the repository's `timezone` —
 * never a second reading of the clock, so that one run sees one day.
 */
export function todayOf(context: Pick<CommandContext, 'now'>, given: string | undefined, zone: string): string {
  return given ?? todayIn(zone, context.now);
}

/** The options several commands share, declared once. */
export const sharedOptions = {
  /** `--today` of the commands that act on a date. */
  today: { flags: '--today <date>', help: 'today', parse: calendarDate },
  /** `--today` of the commands that check against a date. */
  checkToday: { flags: '--today <date>', help: 'checkToday', parse: calendarDate },
  force: { flags: '--force', help: 'force' },
} satisfies Record<string, OptionSpec>;

/** The `<meeting>` argument of the commands about one meeting. */
export const meetingArgument = { name: '<meeting>', help: 'meeting' } as const;
