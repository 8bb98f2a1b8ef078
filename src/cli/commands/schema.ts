import { repositoryLanguage } from '../../config/language.js';
import { findRoot } from '../../config/load.js';
import { UsageError } from '../../errors.js';
import { scaffoldTexts } from '../../i18n/scaffold.js';
import { describeSchemaWrites, writeEditorSchemas } from '../../scaffold/editor-schemas.js';
import { isSchemaType, readSchemaText, SCHEMA_TYPES } from '../../schema/index.js';
import type { CommandContext } from '../io.js';
import { displayPath } from '../display.js';

/**
 * `etat schema <type>`: print a JSON Schema, for yaml-language-server and other
 * editors. `etat schema --write [type]`: write the schemas into the
 * repository's `.etat/schemas/`, where the files etat makes point, replacing
 * those of an older etat.
 */
export default async function schemaCommand(context: CommandContext, [type]: unknown[], opts: Record<string, unknown>): Promise<number> {
  if (type !== undefined && !isSchemaType(type)) throw new UsageError('unknownSchema', { type: String(type) });
  if (opts.write !== true) {
    if (type === undefined) throw new UsageError('schemaWhich');
    context.stdout.write(readSchemaText(type));
    return 0;
  }
  const root = await findRoot(context.cwd);
  const texts = scaffoldTexts[context.lang ?? (await repositoryLanguage([root])) ?? context.fallbackLang];
  const done = await writeEditorSchemas(root, { types: type === undefined ? SCHEMA_TYPES : [type], force: true });
  const shown = displayPath(context, root);
  context.stdout.write(describeSchemaWrites(done, texts, { shown, unchanged: true }).join('\n') + '\n');
  return 0;
}
