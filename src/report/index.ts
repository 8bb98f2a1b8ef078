import { defineFormats } from './formats.js';
import type { Reporter } from './types.js';

/**
 * The formats of `etat check`. Each format's module is loaded only when asked
 * for: a plain `etat check` does not load the XML builder or every rule's page.
 */
export const checkFormats = defineFormats(['pretty', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const, {
  pretty: async (): Promise<Reporter> => (await import('./pretty.js')).pretty,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  junit: async () => (await import('./junit.js')).junit,
});

export const FORMATS = checkFormats.list;
export type Format = (typeof FORMATS)[number];
export const isFormat = checkFormats.is;
export const loadReporter = checkFormats.load;

/** Every reporter, loaded: for the API, where start-up time is the caller's. */
export async function loadReporters(): Promise<Record<Format, Reporter>> {
  const entries = await Promise.all(FORMATS.map(async (format) => [format, await loadReporter(format)] as const));
  return Object.fromEntries(entries) as Record<Format, Reporter>;
}

export type { Reporter, ReportOptions } from './types.js';
