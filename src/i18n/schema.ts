import { asDict, asId, asList } from '../model/data.js';
import { pathToString, type SchemaProblem } from '../schema/index.js';
import { code, joinList, type Lang } from './lang.js';

/**
 * Words for JSON Schema problems. ajv's own messages are English only, so each
 * keyword etat's schemas use has a sentence here in every language; anything
 * else falls back to naming the keyword.
 */
type SchemaData = Record<string, unknown>;
interface SchemaTexts {
  types: Record<string, string>;
  keyword: Record<string, (data: SchemaData) => string>;
  /** One value where a list belongs; `example` is the key with the value in a list, when it can be written so. */
  notAList: (data: { value: unknown; example?: string }) => string;
  /** An agenda or minutes item as every other message names it: by its id, or by its place when it has none. */
  item: (data: { id?: string; position: number }) => string;
  fallback: (data: SchemaData) => string;
  hint: {
    additionalProperties: string;
    required: string;
    list: string;
    default: string;
  };
}

const show = (value: unknown): string => code(value);
const list = (lang: Lang, values: unknown) => joinList(lang, (Array.isArray(values) ? values : [values]).map(show), 'or');
const typeNames = (texts: Record<string, string>, lang: Lang, type: unknown) =>
  joinList(lang, String(type).split(',').map((t) => texts[t] ?? t), 'or');

const en: SchemaTexts = {
  types: { string: 'text', integer: 'a whole number', number: 'a number', boolean: '`true` or `false`', array: 'a list', object: 'a set of keys and values', null: 'nothing' },
  keyword: {
    required: (d) => `The key ${code(d.key)} is missing.`,
    additionalProperties: (d) => `Unknown key ${code(d.key)}.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''}`,
    propertyName: (d) => `${code(d.key)} is not a valid id: use lower-case letters, digits and \`-\`.`,
    type: (d) => `Expected ${typeNames(en.types, 'en', d.type)}, found ${show(d.value)}.`,
    enum: (d) => `${show(d.value)} is not allowed here: use ${list('en', d.allowedValues)}.`,
    const: (d) => `Expected ${show(d.allowedValue)}, found ${show(d.value)}.`,
    pattern: (d) => (d.example === undefined ? `${show(d.value)} is not in the expected form.` : `${show(d.value)} is not in the expected form, e.g. ${list('en', d.examples ?? d.example)}.`),
    minLength: () => 'This must not be empty.',
    minimum: (d) => `Expected at least ${String(d.limit)}, found ${show(d.value)}.`,
    uniqueItems: (d) => `Entries ${Number(d.j) + 1} and ${Number(d.i) + 1} are the same.`,
    finite: (d) => `${show(d.value)} is not a number etat can use: write a whole number or a date.`,
  },
  notAList: (d) => `Expected a list, found ${show(d.value)}: write a list, even of one${d.example ? `, e.g. ${code(d.example)}` : ''}.`,
  item: (d) => (d.id === undefined ? `Item no. ${d.position} (no id)` : `Item ${d.id}`),
  fallback: (d) => `This breaks the rule ${code(d.keyword)} of the schema.`,
  hint: {
    additionalProperties: 'Check the spelling against the schema (`etat schema <type>`); keys of your own must start with `x-`.',
    required: 'Add the key; `etat schema <type>` describes every key.',
    list: 'A list is written in brackets, `[a, b]`, or one entry per line, each starting with `- `.',
    default: 'Correct the value; `etat schema <type>` describes every key.',
  },
};

const nb: SchemaTexts = {
  types: { string: 'tekst', integer: 'et heltall', number: 'et tall', boolean: '`true` eller `false`', array: 'en liste', object: 'et sett med nøkler og verdier', null: 'ingenting' },
  keyword: {
    required: (d) => `Nøkkelen ${code(d.key)} mangler.`,
    additionalProperties: (d) => `Ukjent nøkkel ${code(d.key)}.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''}`,
    propertyName: (d) => `${code(d.key)} er ikke en gyldig id: bruk små bokstaver, sifre og \`-\`.`,
    type: (d) => `Forventet ${typeNames(nb.types, 'nb', d.type)}, fant ${show(d.value)}.`,
    enum: (d) => `${show(d.value)} er ikke tillatt her: bruk ${list('nb', d.allowedValues)}.`,
    const: (d) => `Forventet ${show(d.allowedValue)}, fant ${show(d.value)}.`,
    pattern: (d) => (d.example === undefined ? `${show(d.value)} har ikke forventet form.` : `${show(d.value)} har ikke forventet form, for eksempel ${list('nb', d.examples ?? d.example)}.`),
    minLength: () => 'Denne kan ikke være tom.',
    minimum: (d) => `Forventet minst ${String(d.limit)}, fant ${show(d.value)}.`,
    uniqueItems: (d) => `Oppføring ${Number(d.j) + 1} og ${Number(d.i) + 1} er like.`,
    finite: (d) => `${show(d.value)} er ikke et tall etat kan bruke: skriv et heltall eller en dato.`,
  },
  notAList: (d) => `Forventet en liste, fant ${show(d.value)}: skriv en liste, også med bare én oppføring${d.example ? `, for eksempel ${code(d.example)}` : ''}.`,
  item: (d) => (d.id === undefined ? `Sak nr. ${d.position} (uten id)` : `Sak ${d.id}`),
  fallback: (d) => `Dette bryter regelen ${code(d.keyword)} i skjemaet.`,
  hint: {
    additionalProperties: 'Sjekk stavemåten mot skjemaet (`etat schema <type>`); egne nøkler må begynne med `x-`.',
    required: 'Legg til nøkkelen; `etat schema <type>` beskriver alle nøkler.',
    list: 'En liste skrives i hakeparenteser, `[a, b]`, eller med én oppføring per linje, hver med `- ` foran.',
    default: 'Rett verdien; `etat schema <type>` beskriver alle nøkler.',
  },
};

const nn: SchemaTexts = {
  types: { string: 'tekst', integer: 'eit heiltal', number: 'eit tal', boolean: '`true` eller `false`', array: 'ei liste', object: 'eit sett med nøklar og verdiar', null: 'ingenting' },
  keyword: {
    required: (d) => `Nøkkelen ${code(d.key)} manglar.`,
    additionalProperties: (d) => `Ukjend nøkkel ${code(d.key)}.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''}`,
    propertyName: (d) => `${code(d.key)} er ikkje ein gyldig id: bruk små bokstavar, siffer og \`-\`.`,
    type: (d) => `Venta ${typeNames(nn.types, 'nn', d.type)}, fann ${show(d.value)}.`,
    enum: (d) => `${show(d.value)} er ikkje tillate her: bruk ${list('nn', d.allowedValues)}.`,
    const: (d) => `Venta ${show(d.allowedValue)}, fann ${show(d.value)}.`,
    pattern: (d) => (d.example === undefined ? `${show(d.value)} har ikkje venta form.` : `${show(d.value)} har ikkje venta form, til dømes ${list('nn', d.examples ?? d.example)}.`),
    minLength: () => 'Denne kan ikkje vere tom.',
    minimum: (d) => `Venta minst ${String(d.limit)}, fann ${show(d.value)}.`,
    uniqueItems: (d) => `Oppføring ${Number(d.j) + 1} og ${Number(d.i) + 1} er like.`,
    finite: (d) => `${show(d.value)} er ikkje eit tal etat kan bruke: skriv eit heiltal eller ein dato.`,
  },
  notAList: (d) => `Venta ei liste, fann ${show(d.value)}: skriv ei liste, òg med berre éi oppføring${d.example ? `, til dømes ${code(d.example)}` : ''}.`,
  item: (d) => (d.id === undefined ? `Sak nr. ${d.position} (utan id)` : `Sak ${d.id}`),
  fallback: (d) => `Dette bryt regelen ${code(d.keyword)} i skjemaet.`,
  hint: {
    additionalProperties: 'Sjekk stavemåten mot skjemaet (`etat schema <type>`); eigne nøklar må byrje med `x-`.',
    required: 'Legg til nøkkelen; `etat schema <type>` skildrar alle nøklar.',
    list: 'Ei liste vert skriven i hakeparentesar, `[a, b]`, eller med éi oppføring per linje, kvar med `- ` framfor.',
    default: 'Rett verdien; `etat schema <type>` skildrar alle nøklar.',
  },
};

export const schemaTexts: Record<Lang, SchemaTexts> = { en, nb, nn };

/**
 * A schema problem in words: `{ reason, hint }`, the reason led by where the
 * problem is (`Item 3, kind: …`; an agenda or minutes item named by its id, as
 * every other message names it, when `document` — the file's data — is
 * given). An unknown key is named in the sentence, so its path is where it
 * stands.
 */
export function describeSchemaProblem(lang: Lang, problem: SchemaProblem, document?: unknown): { reason: string; hint: string } {
  const { keyword, data } = problem;
  const texts = schemaTexts[lang];
  const key = problem.path.at(-1);
  const notAList = keyword === 'type' && data.type === 'array' && typeof key === 'string';
  const sentence = texts.keyword[keyword];
  const words = notAList
    ? texts.notAList({ value: data.value, example: listExample(key, data.value) })
    : sentence
      ? sentence(data)
      : texts.fallback({ ...data, keyword });
  const where = placeOf(texts, problem.target === 'key' ? problem.path.slice(0, -1) : problem.path, document);
  const reason = where ? `${where}: ${words}` : words;
  const hint =
    keyword === 'additionalProperties' || keyword === 'propertyName'
      ? texts.hint.additionalProperties
      : keyword === 'required'
        ? texts.hint.required
        : notAList
          ? texts.hint.list
          : texts.hint.default;
  return { reason, hint };
}

const MORE: Record<Lang, (count: number) => { reason: string; hint: string }> = {
  en: (count) => ({ reason: `${count} more problems of the schema in this file are not shown.`, hint: 'Correct the ones shown, and check again.' }),
  nb: (count) => ({ reason: `${count} problemer til med skjemaet i denne filen vises ikke.`, hint: 'Rett dem som vises, og sjekk på nytt.' }),
  nn: (count) => ({ reason: `${count} problem til med skjemaet i denne fila vert ikkje viste.`, hint: 'Rett dei som vert viste, og sjekk på nytt.' }),
};

/** The last schema finding of a file with more problems than are reported. */
export function describeMoreProblems(lang: Lang, count: number): { reason: string; hint: string } {
  return MORE[lang](count);
}

/** Where in the file, as people read it: `fora.direktorgruppen.quorum`, or `Item 3, papers` for `items[2].papers`. */
function placeOf(texts: SchemaTexts, path: SchemaProblem['path'], document: unknown): string {
  const [first, index] = path;
  if (document === undefined || first !== 'items' || typeof index !== 'number') return pathToString(path);
  const id = asId(asDict(asList(asDict(document)?.items)[index])?.id);
  const rest = pathToString(path.slice(2));
  const item = texts.item({ id, position: index + 1 });
  return rest ? `${item}, ${rest}` : item;
}

/** `papers: [papers/01-sak.md]`: a scalar put in the list it belongs in, written as YAML would read it. */
function listExample(key: string, value: unknown): string | undefined {
  if (typeof value === 'string') return `${key}: [${/^[\p{L}\p{N}_./@-]+$/u.test(value) ? value : JSON.stringify(value)}]`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${key}: [${String(value)}]`;
  return undefined;
}
