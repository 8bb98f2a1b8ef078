import { describe, expect, it } from 'vitest';
import { describeSchemaProblem } from '../src/i18n/schema.js';
import { readSchemaText, SCHEMA_TYPES, validate } from '../src/schema/index.js';

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

  it('requires approved_at with status approved, and referred_to with outcome referred', () => {
    const minutes = { type: 'minutes', forum: 'f', date: '2026-01-01', status: 'approved', items: [{ id: '1', outcome: 'referred' }] };
    const problems = validate('minutes', minutes).map((p) => `${p.path.join('.')}:${String(p.data.key)}`);
    expect(problems).toEqual(expect.arrayContaining([':approved_at', 'items.0:referred_to']));
  });
});
