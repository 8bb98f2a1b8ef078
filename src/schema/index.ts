import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { YamlPath } from '../model/source.js';
import { packagePath, packageUrl } from '../package-root.js';
import { suggest } from '../text/suggest.js';

type Ajv = InstanceType<typeof Ajv2020Module.default>;

/** The file types etat has a schema for; `etat` is `etat.yml`. */
export const SCHEMA_TYPES = ['etat', 'agenda', 'minutes', 'case'] as const;
export type SchemaType = (typeof SCHEMA_TYPES)[number];

export function isSchemaType(value: unknown): value is SchemaType {
  return typeof value === 'string' && (SCHEMA_TYPES as readonly string[]).includes(value);
}

/** The schema files ship with the package, in `schemas/`. */
export function schemaUrl(type: SchemaType): URL {
  return packageUrl('schemas', `${type}.schema.json`);
}

export function readSchemaText(type: SchemaType): string {
  return readFileSync(schemaUrl(type), 'utf8');
}

/** One schema problem, placed on a YAML node and ready to be put into words. */
export interface SchemaProblem {
  /** Where in the data, e.g. `['items', 0, 'kind']`. */
  path: YamlPath;
  /** Whether the problem is the key at `path` (an unknown key) or its value. */
  target: 'key' | 'value';
  keyword: string;
  data: Record<string, unknown>;
}

let ajv: Ajv | undefined;

/** ajv's options, the same for the validators compiled at build time (`standalone.ts`) and at run time. */
// allErrors: a user fixing a file wants every problem at once, not one per run.
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: false } as const;

/** The name of the module of validators `npm run build` compiles (scripts/compile-schemas.mjs) into `dist/schema/`. */
export const PRECOMPILED = 'validators.cjs';

/** ajv is loaded on the first validation, so that commands that list rules do not pay for it. */
function loadAjv(): Ajv {
  // ajv is CommonJS, so it can be required synchronously, when needed.
  const { default: Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof Ajv2020Module;
  return new Ajv2020(AJV_OPTIONS);
}

/** The validators compiled at build time, each with the schema text it was compiled from. */
type Precompiled = Partial<Record<SchemaType, ValidateFunction>> & { sources?: Partial<Record<SchemaType, string>> };
let precompiled: Precompiled | null | undefined;

function loadPrecompiled(): Precompiled | null {
  try {
    // By its place in the package, not beside this module: the bundled CLI runs this code from dist/bundle/.
    return createRequire(import.meta.url)(packagePath('dist', 'schema', PRECOMPILED)) as Precompiled;
  } catch {
    // Not built yet (the tests run the sources), or a build without them: compiled here instead.
    return null;
  }
}

const validators = new Map<SchemaType, ValidateFunction>();

/**
 * A schema's validator: the one compiled at build time when it was compiled
 * from the schema as it is now (loading and compiling with ajv on every run
 * costs a check more than a tenth of a second), else compiled here.
 */
function validator(type: SchemaType): ValidateFunction {
  const known = validators.get(type);
  if (known) return known;
  const text = readSchemaText(type);
  precompiled ??= loadPrecompiled();
  const built = precompiled?.sources?.[type] === text ? precompiled[type] : undefined;
  const compiled = built ?? (ajv ??= loadAjv()).compile(JSON.parse(text) as object);
  validators.set(type, compiled);
  return compiled;
}

/** Validate data against the schema of its type; an empty list when valid. */
export function validate(type: SchemaType, data: unknown): SchemaProblem[] {
  const check = validator(type);
  // YAML has `.inf` and `1e999`, which ajv counts as whole numbers; no value of etat's is infinite.
  const problems: SchemaProblem[] = nonFinite(data).map((path) => ({ path, target: 'value', keyword: 'finite', data: { value: valueAt(data, path) } }));
  if (check(data)) return problems;
  for (const error of check.errors ?? []) {
    const problem = toProblem(error);
    if (problem) problems.push(problem);
  }
  return problems;
}

function toProblem(error: ErrorObject): SchemaProblem | undefined {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    // Wrappers whose real complaint is reported by the error inside them.
    case 'if':
    case 'propertyNames':
      return undefined;
    case 'required':
      return { path, target: 'value', keyword: 'required', data: { key: params.missingProperty } };
    case 'additionalProperties': {
      // A misspelt key is the usual cause: name the key of the schema it is closest to.
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { path: [...path, key], target: 'key', keyword: 'additionalProperties', data: { key, suggestion: suggest(key, known) } };
    }
    default:
      break;
  }
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    return { path: [...path, propertyName], target: 'key', keyword: 'propertyName', data: { key: propertyName } };
  }
  const schema = error.parentSchema as { examples?: unknown[] } | undefined;
  return {
    path,
    target: 'value',
    keyword: error.keyword,
    data: {
      ...params,
      value: error.data,
      example: schema?.examples?.[0],
      // All of them, for a value that may take more than one form (`approves`: a meeting, or `agenda`).
      examples: schema?.examples,
    },
  };
}

/** The paths of every number in the data that is not finite (`.inf`, `-.inf`, `.nan`, `1e999`). */
function nonFinite(data: unknown): YamlPath[] {
  const found: YamlPath[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) found.push(path);
    } else if (Array.isArray(node)) node.forEach((entry, i) => visit(entry, [...path, i]));
    else if (node !== null && typeof node === 'object') for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
  };
  visit(data, []);
  return found;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data);
}

/** `/items/0/kind` → `['items', 0, 'kind']`. */
export function pointerToPath(pointer: string): YamlPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `['items', 0, 'kind']` → `items[0].kind`, as people read it. */
export function pathToString(path: YamlPath): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out;
}
