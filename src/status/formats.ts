import { defineFormats } from '../report/formats.js';
import type { StatusReporter } from './report.js';

/** The formats of `etat status`; a reporter is loaded only when its format is asked for. */
export const statusFormats = defineFormats(['pretty', 'json'] as const, {
  pretty: async (): Promise<StatusReporter> => (await import('./report.js')).pretty,
  json: async () => (await import('./report.js')).json,
});
export type StatusFormat = (typeof statusFormats.list)[number];
