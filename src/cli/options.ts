import { UsageError } from '../errors.js';

/** An option that takes a whole number, 0 or more (`--max-warnings`, `--soon`); anything else is the usage error named. */
export function wholeNumber(value: unknown, messageId: string): number {
  const text = String(value);
  if (!/^\d+$/.test(text)) throw new UsageError(messageId, { value: text });
  return Number(text);
}
