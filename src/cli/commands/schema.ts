import { UsageError } from '../../errors.js';
import { isSchemaType, readSchemaText } from '../../schema/index.js';
import type { CommandContext } from '../io.js';

/** `etat schema <type>`: print a JSON Schema, for yaml-language-server and other editors. */
export default async function schemaCommand(context: CommandContext, [type]: unknown[]): Promise<number> {
  if (!isSchemaType(type)) throw new UsageError('unknownSchema', { type: String(type) });
  context.stdout.write(readSchemaText(type));
  return 0;
}
