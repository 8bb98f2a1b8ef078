import { UsageError } from '../../errors.js';
import { code, type Lang } from '../../i18n/lang.js';
import { isSchemaType, SCHEMA_TYPES, type SchemaType } from '../../schema/index.js';
import { defineCommand } from '../define.js';
import { displayPath } from '../display.js';
import type { CommandContext } from '../io.js';

const words = {
  en: {
    schema: 'print the JSON Schema of a file type, for editors; with --write, write the schemas into .etat/schemas/, where the files etat makes point',
    schemaType: 'etat (etat.yml), agenda, minutes or case',
    schemaWrite: 'write the schemas (or the one of <type>) into .etat/schemas/ of the repository, replacing older ones: after an upgrade of etat',
  },
  nb: {
    schema: 'skriv ut JSON-skjemaet for en filtype, for redigeringsverktøy; med --write skrives skjemaene til .etat/schemas/, dit filene etat lager, peker',
    schemaType: 'etat (etat.yml), agenda, minutes eller case',
    schemaWrite: 'skriv skjemaene (eller det for <type>) til .etat/schemas/ i repositoriet, i stedet for eldre: etter en oppgradering av etat',
  },
  nn: {
    schema: 'skriv ut JSON-skjemaet for ein filtype, for redigeringsverktøy; med --write vert skjemaa skrivne til .etat/schemas/, dit filene etat lagar, peikar',
    schemaType: 'etat (etat.yml), agenda, minutes eller case',
    schemaWrite: 'skriv skjemaa (eller det for <type>) til .etat/schemas/ i repositoriet, i staden for eldre: etter ei oppgradering av etat',
  },
};
const errorsEn = {
  unknownSchema: (d: { type: string }) => `There is no schema ${code(d.type)}: use etat, agenda, minutes or case.`,
  schemaWhich: () => `Say which schema to print: etat, agenda, minutes or case; or ${code('--write')} to write them all into ${code('.etat/schemas/')}.`,
};
const errors: Record<Lang, typeof errorsEn> = {
  en: errorsEn,
  nb: {
    unknownSchema: (d) => `Det finnes ikke noe skjema ${code(d.type)}: bruk etat, agenda, minutes eller case.`,
    schemaWhich: () => `Si hvilket skjema som skal skrives ut: etat, agenda, minutes eller case; eller ${code('--write')} for å skrive alle til ${code('.etat/schemas/')}.`,
  },
  nn: {
    unknownSchema: (d) => `Det finst ikkje noko skjema ${code(d.type)}: bruk etat, agenda, minutes eller case.`,
    schemaWhich: () => `Sei kva skjema som skal skrivast ut: etat, agenda, minutes eller case; eller ${code('--write')} for å skrive alle til ${code('.etat/schemas/')}.`,
  },
};

/** What `etat schema` did: a schema to print, or the lines saying what was written. */
type SchemaResult = { kind: 'print'; text: string } | { kind: 'written'; lines: string[] };

/**
 * `etat schema <type>`: print a JSON Schema, for yaml-language-server and other
 * editors. `etat schema --write [type]`: write the schemas into the
 * repository's `.etat/schemas/`, where the files etat makes point, replacing
 * those of an older etat.
 */
export default defineCommand({
  name: 'schema',
  words,
  errors,
  description: 'schema',
  examples: ['etat schema agenda', 'etat schema --write'],
  arguments: [{ name: '[type]', help: 'schemaType' }],
  options: {
    write: { flags: '--write', help: 'schemaWrite' },
  },
  async run(context, { args: [type], options }): Promise<SchemaResult> {
    if (type !== undefined && !isSchemaType(type)) throw new UsageError('unknownSchema', { type });
    const types: readonly SchemaType[] = type === undefined ? SCHEMA_TYPES : [type];
    if (options.write !== true) {
      if (type === undefined) throw new UsageError('schemaWhich');
      const { readSchemaText } = await import('../../schema/index.js');
      return { kind: 'print', text: readSchemaText(type) };
    }
    const [{ repositoryLanguage }, { findRoot }, { scaffoldTexts }, { describeSchemaWrites, writeEditorSchemas }] = await Promise.all([
      import('../../config/language.js'),
      import('../../config/load.js'),
      import('../../i18n/scaffold.js'),
      import('../../scaffold/editor-schemas.js'),
    ]);
    const root = await findRoot(context.cwd);
    const texts = scaffoldTexts[context.lang ?? (await repositoryLanguage([root])) ?? context.fallbackLang];
    const done = await writeEditorSchemas(root, { types, force: true });
    return { kind: 'written', lines: describeSchemaWrites(done, texts, { shown: displayPath(context, root), unchanged: true }) };
  },
  print(context: CommandContext, result: SchemaResult) {
    context.stdout.write(result.kind === 'print' ? result.text : result.lines.join('\n') + '\n');
    return 0;
  },
});
