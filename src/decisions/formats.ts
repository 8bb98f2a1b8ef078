import { defineFormats } from '../report/formats.js';
import type { DecisionsReporter } from './report.js';

/** The formats of `etat decisions diff`; a reporter is loaded only when its format is asked for. */
export const decisionsFormats = defineFormats(['pretty', 'markdown', 'json'] as const, {
  pretty: async (): Promise<DecisionsReporter> => (await import('./report.js')).pretty,
  markdown: async () => (await import('./report.js')).markdown,
  json: async () => (await import('./report.js')).json,
});
export type DecisionsFormat = (typeof decisionsFormats.list)[number];
