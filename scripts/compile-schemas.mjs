// Part of `npm run build`, after tsc: compile the JSON schemas' validators once, into
// dist/schema/validators.cjs, so that a check does not load ajv and compile them on
// every run (src/schema/index.ts uses them while they match the schema files).
import { writeFileSync } from 'node:fs';
import { PRECOMPILED } from '../dist/schema/index.js';
import { standaloneValidators } from '../dist/schema/standalone.js';

writeFileSync(new URL(`../dist/schema/${PRECOMPILED}`, import.meta.url), standaloneValidators());
