import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';
import type { Format, Reporter } from './types.js';

export const reporters: Record<Format, Reporter> = { pretty, json, sarif, github, junit };
export { FORMATS, isFormat, type Format, type Reporter, type ReportOptions } from './types.js';
