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
  fallback: (data: SchemaData) => string;
  hint: {
    additionalProperties: string;
    required: string;
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
    pattern: (d) => (d.example === undefined ? `${show(d.value)} is not in the expected form.` : `${show(d.value)} is not in the expected form, e.g. ${show(d.example)}.`),
    minLength: () => 'This must not be empty.',
    minimum: (d) => `Expected at least ${String(d.limit)}, found ${show(d.value)}.`,
    uniqueItems: (d) => `Entries ${Number(d.j) + 1} and ${Number(d.i) + 1} are the same.`,
    finite: (d) => `${show(d.value)} is not a number etat can use: write a whole number or a date.`,
  },
  fallback: (d) => `This breaks the rule ${code(d.keyword)} of the schema.`,
  hint: {
    additionalProperties: 'Check the spelling against the schema (`etat schema <type>`); keys of your own must start with `x-`.',
    required: 'Add the key; `etat schema <type>` describes every key.',
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
    pattern: (d) => (d.example === undefined ? `${show(d.value)} har ikke forventet form.` : `${show(d.value)} har ikke forventet form, for eksempel ${show(d.example)}.`),
    minLength: () => 'Denne kan ikke være tom.',
    minimum: (d) => `Forventet minst ${String(d.limit)}, fant ${show(d.value)}.`,
    uniqueItems: (d) => `Oppføring ${Number(d.j) + 1} og ${Number(d.i) + 1} er like.`,
    finite: (d) => `${show(d.value)} er ikke et tall etat kan bruke: skriv et heltall eller en dato.`,
  },
  fallback: (d) => `Dette bryter regelen ${code(d.keyword)} i skjemaet.`,
  hint: {
    additionalProperties: 'Sjekk stavemåten mot skjemaet (`etat schema <type>`); egne nøkler må begynne med `x-`.',
    required: 'Legg til nøkkelen; `etat schema <type>` beskriver alle nøkler.',
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
    pattern: (d) => (d.example === undefined ? `${show(d.value)} har ikkje venta form.` : `${show(d.value)} har ikkje venta form, til dømes ${show(d.example)}.`),
    minLength: () => 'Denne kan ikkje vere tom.',
    minimum: (d) => `Venta minst ${String(d.limit)}, fann ${show(d.value)}.`,
    uniqueItems: (d) => `Oppføring ${Number(d.j) + 1} og ${Number(d.i) + 1} er like.`,
    finite: (d) => `${show(d.value)} er ikkje eit tal etat kan bruke: skriv eit heiltal eller ein dato.`,
  },
  fallback: (d) => `Dette bryt regelen ${code(d.keyword)} i skjemaet.`,
  hint: {
    additionalProperties: 'Sjekk stavemåten mot skjemaet (`etat schema <type>`); eigne nøklar må byrje med `x-`.',
    required: 'Legg til nøkkelen; `etat schema <type>` skildrar alle nøklar.',
    default: 'Rett verdien; `etat schema <type>` skildrar alle nøklar.',
  },
};

export const schemaTexts: Record<Lang, SchemaTexts> = { en, nb, nn };

/**
 * A schema problem in words: `{ reason, hint }`, the reason led by where the
 * problem is (`items[0].kind: …`). An unknown key is named in the sentence, so
 * its path is where it stands.
 */
export function describeSchemaProblem(lang: Lang, problem: SchemaProblem): { reason: string; hint: string } {
  const { keyword, data } = problem;
  const texts = schemaTexts[lang];
  const sentence = texts.keyword[keyword];
  const words = sentence ? sentence(data) : texts.fallback({ ...data, keyword });
  const where = pathToString(problem.target === 'key' ? problem.path.slice(0, -1) : problem.path);
  const reason = where ? `${where}: ${words}` : words;
  const hint = keyword === 'additionalProperties' || keyword === 'propertyName' ? texts.hint.additionalProperties : keyword === 'required' ? texts.hint.required : texts.hint.default;
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
