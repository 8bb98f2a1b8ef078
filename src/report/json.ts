import { packageJson } from '../meta.js';
import type { Reporter } from './types.js';

/**
 * The machine-readable result, for CI formatters and other tools. The shape is
 * versioned: `version` changes only when a field is removed or changes meaning
 * (see docs/json-format.md); new fields may appear in any release.
 */
export const JSON_FORMAT_VERSION = 1;

export const json: Reporter = (result) =>
  JSON.stringify(
    {
      format: 'etat-check',
      version: JSON_FORMAT_VERSION,
      etat: packageJson().version,
      root: result.root,
      summary: { ...result.summary, filesChecked: result.filesChecked },
      findings: result.findings,
    },
    null,
    2,
  ) + '\n';
