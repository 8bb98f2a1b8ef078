import type { Finding } from './findings.js';

/**
 * Errors the user can act on. They carry a message id and data, not text: the
 * CLI renders them in the user's language (see i18n/cli.ts). Every one ends
 * the run with exit code 2, "could not check", as the spec says.
 */
export abstract class EtatError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly messageId: string,
    readonly data: Record<string, unknown> = {},
  ) {
    super(messageId);
  }
}

/** The command line asked for something that cannot be done. */
export class UsageError extends EtatError {
  override readonly name = 'UsageError';
}

/** `etat.yml` is missing or broken; `findings` say where. */
export class ConfigError extends EtatError {
  override readonly name = 'ConfigError';
  constructor(messageId: string, data: Record<string, unknown> = {}, readonly findings: Finding[] = []) {
    super(messageId, data);
  }
}
