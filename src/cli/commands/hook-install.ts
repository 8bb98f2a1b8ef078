import type { CommandContext } from '../io.js';

/** Placeholder: being written. */
export default async function command(context: CommandContext): Promise<number> {
  context.stderr.write('not built yet\n');
  return 2;
}
