import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { describeSchemaProblem } from '../src/i18n/schema.js';
import { parseMarkdownFile, parseYamlFile } from '../src/model/source.js';
import { AJV_OPTIONS, readSchemaText, SCHEMA_TYPES, validate } from '../src/schema/index.js';
import { standaloneValidators } from '../src/schema/standalone.js';

type Schema = Record<string, unknown>;
const schemas = SCHEMA_TYPES.map((type) => [type, JSON.parse(readSchemaText(type)) as Schema] as const);

/** Every (sub)schema that declares `properties` of data, with the path to it (not the conditions of `if`). */
function objectSchemas(schema: unknown, path = '#'): [string, Schema][] {
  if (schema === null || typeof schema !== 'object' || path.endsWith('/if')) return [];
  const s = schema as Schema;
  const own: [string, Schema][] = s.properties ? [[path, s]] : [];
  return [
    ...own,
    ...Object.entries(s).flatMap(([key, value]) =>
      Array.isArray(value) ? value.flatMap((v, i) => objectSchemas(v, `${path}/${key}/${i}`)) : objectSchemas(value, `${path}/${key}`),
    ),
  ];
}

describe.each(schemas)('the %s schema', (_type, schema) => {
  it('is draft 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
  });

  it('describes every property, so editors can show it as help', () => {
    for (const [path, object] of objectSchemas(schema)) {
      for (const [key, property] of Object.entries(object.properties as Record<string, Schema>)) {
        expect((property as Schema).description, `${path}/properties/${key}`).toEqual(expect.any(String));
      }
    }
  });

  it('allows x- keys on every object and nothing else unknown', () => {
    for (const [path, object] of objectSchemas(schema)) {
      expect(object.additionalProperties, path).toBe(false);
      expect(Object.keys(object.patternProperties as object), path).toEqual(['^x-']);
    }
  });
});

describe('validation', () => {
  const agenda = { type: 'agenda', forum: 'direktorgruppen', date: '2026-12-03', 'x-intern': { anything: 1 }, items: [{ id: 1, title: 'Sak', kind: 'inform', 'x-notat': 'ja' }] };

  it('accepts x- keys and item ids written as numbers', () => {
    expect(validate('agenda', agenda)).toEqual([]);
  });

  it('places an unknown key on the key, a bad value on the value, a missing key on its parent', () => {
    const problems = validate('agenda', { ...agenda, purpse: 'x', items: [{ id: '1', kind: 'decied' }] });
    expect(problems.map((p) => [p.path.join('.'), p.target, p.keyword])).toEqual(
      expect.arrayContaining([
        ['purpse', 'key', 'additionalProperties'],
        ['items.0.kind', 'value', 'enum'],
        ['items.0', 'value', 'required'],
      ]),
    );
  });

  it('suggests the key of the schema a misspelt one is closest to, in every language', () => {
    const [unknown] = validate('agenda', { ...agenda, purpse: 'x' });
    expect(unknown!.data).toEqual({ key: 'purpse', suggestion: 'purpose' });
    expect(describeSchemaProblem('en', unknown!).reason).toBe('Unknown key `purpse`. Did you mean `purpose`?');
    expect(describeSchemaProblem('nb', unknown!).reason).toBe('Ukjent nøkkel `purpse`. Mente du `purpose`?');
    expect(describeSchemaProblem('nn', unknown!).reason).toBe('Ukjend nøkkel `purpse`. Meinte du `purpose`?');
    const [far] = validate('agenda', { ...agenda, budsjett: 'x' });
    expect(describeSchemaProblem('en', far!).reason).toBe('Unknown key `budsjett`.');
  });

  it('names an item by its id, as every other message does, and by its place when it has none', () => {
    const data = { ...agenda, items: [{ id: 1, title: 'A', kind: 'inform' }, { id: '1b', title: 'B', kind: 'decied' }, { title: 'C', kind: 'decied' }] };
    const words = (lang: 'nb' | 'nn' | 'en') => validate('agenda', data).filter((p) => p.keyword === 'enum').map((p) => describeSchemaProblem(lang, p, data).reason);
    expect(words('en')).toEqual([
      'Item 1b, kind: `decied` is not allowed here: use `inform`, `discuss` or `decide`.',
      'Item no. 3 (no id), kind: `decied` is not allowed here: use `inform`, `discuss` or `decide`.',
    ]);
    expect(words('nb')[0]).toMatch(/^Sak 1b, kind: /);
    expect(words('nn')[1]).toMatch(/^Sak nr\. 3 \(utan id\), kind: /);
    // Without the file's data, and outside items, the path as it is.
    const [unnamed] = validate('agenda', data).filter((p) => p.keyword === 'enum');
    expect(describeSchemaProblem('en', unnamed!).reason).toMatch(/^items\[1\]\.kind: /);
  });

  it('says to write a list where one paper is written without one, in every language', () => {
    const data = { ...agenda, items: [{ id: 1, title: 'A', kind: 'decide', papers: 'papers/01-sak.md' }] };
    const [problem] = validate('agenda', data);
    expect(describeSchemaProblem('en', problem!, data)).toEqual({
      reason: 'Item 1, papers: Expected a list, found `papers/01-sak.md`: write a list, even of one, e.g. `papers: [papers/01-sak.md]`.',
      hint: 'A list is written in brackets, `[a, b]`, or one entry per line, each starting with `- `.',
    });
    expect(describeSchemaProblem('nb', problem!, data).reason).toBe(
      'Sak 1, papers: Forventet en liste, fant `papers/01-sak.md`: skriv en liste, også med bare én oppføring, for eksempel `papers: [papers/01-sak.md]`.',
    );
    expect(describeSchemaProblem('nn', problem!, data).reason).toContain('skriv ei liste, òg med berre éi oppføring, til dømes `papers: [papers/01-sak.md]`');
  });

  it('requires approved_at with status approved, and referred_to with outcome referred', () => {
    const minutes = { type: 'minutes', forum: 'f', date: '2026-01-01', status: 'approved', items: [{ id: '1', outcome: 'referred' }] };
    const problems = validate('minutes', minutes).map((p) => `${p.path.join('.')}:${String(p.data.key)}`);
    expect(problems).toEqual(expect.arrayContaining([':approved_at', 'items.0:referred_to']));
  });
});

describe('the validators compiled at build time', () => {
  it('give every file of the fixtures and the example the same errors as those compiled at run time, for every schema', async () => {
    // The module as CommonJS runs it (the code compiled from our own schemas, as the build writes it), its require resolving ajv's runtime.
    const module = { exports: {} as Record<string, ValidateFunction> & { sources: Record<string, string> } };
    new Function('exports', 'require', 'module', standaloneValidators())(module.exports, createRequire(import.meta.url), module);
    const built = module.exports;
    const ajv = new Ajv2020.default(AJV_OPTIONS);
    const data: unknown[] = [];
    for (const folder of ['test/fixtures', 'examples']) {
      const root = fileURLToPath(new URL(`../${folder}`, import.meta.url));
      for (const name of await readdir(root, { recursive: true })) {
        if (!/\.(md|ya?ml)$/.test(name)) continue;
        const bytes = await readFile(join(root, name));
        const parsed = name.endsWith('.md') ? parseMarkdownFile(name, bytes) : parseYamlFile(name, bytes);
        if (parsed.data !== undefined) data.push(parsed.data);
      }
    }
    expect(data.length).toBeGreaterThan(100);
    let errors = 0;
    for (const type of SCHEMA_TYPES) {
      expect(built.sources[type]).toBe(readSchemaText(type));
      const atRunTime = ajv.compile(JSON.parse(readSchemaText(type)) as object);
      for (const value of data) {
        expect(built[type]!(value)).toBe(atRunTime(value));
        expect(built[type]!.errors ?? null).toEqual(atRunTime.errors ?? null);
        errors += atRunTime.errors?.length ?? 0;
      }
    }
    // Most files are checked against schemas of other types too: a great many errors are compared.
    expect(errors).toBeGreaterThan(1000);
  });
});
