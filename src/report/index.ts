import type { Format, Reporter } from './types.js';

/**
 * Each format's module, loaded only when asked for: a plain `etat check` does
 * not load the XML builder or every rule's page.
 */
const LOADERS: Record<Format, () => Promise<Reporter>> = {
  pretty: async () => (await import('./pretty.js')).pretty,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  junit: async () => (await import('./junit.js')).junit,
};

export function loadReporter(format: Format): Promise<Reporter> {
  return LOADERS[format]();
}

/** Every reporter, loaded: for the API, where start-up time is the caller's. */
export async function loadReporters(): Promise<Record<Format, Reporter>> {
  const entries = await Promise.all(Object.entries(LOADERS).map(async ([format, load]) => [format, await load()] as const));
  return Object.fromEntries(entries) as Record<Format, Reporter>;
}

export { FORMATS, isFormat, type Format, type Reporter, type ReportOptions } from './types.js';
