import type { CommandContext } from '../io.js';

// Not built yet.
export default async function command(_context: CommandContext, _args: unknown[], _opts: Record<string, unknown>): Promise<number> {
  throw new Error('not implemented');
}
