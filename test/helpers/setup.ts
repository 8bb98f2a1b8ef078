import { expect } from 'vitest';

/** What a run of the CLI gave: in-process (`runInProcess`) or spawned (`code`, or execa's `exitCode`). */
interface Ran {
  code?: number;
  exitCode?: number;
  stdout?: unknown;
  stderr?: unknown;
}

/**
 * `expect(run).toExitWith(0)`: the exit code, and — when it is not the one
 * expected — what etat printed, so that a failing test of the CLI says why
 * without a second run.
 */
expect.extend({
  toExitWith(received: Ran, expected: number) {
    const code = received.code ?? received.exitCode;
    const shown = (name: 'stdout' | 'stderr') => {
      const text = String(received[name] ?? '').trimEnd();
      return text === '' ? `${name}: (empty)` : `${name}:\n${text.length > 4000 ? text.slice(0, 4000) + '\n…' : text}`;
    };
    return {
      pass: code === expected,
      message: () => `expected etat to exit with ${expected}${this.isNot ? ' not' : ''}, it exited with ${code}\n${shown('stderr')}\n${shown('stdout')}`,
      actual: code,
      expected,
    };
  },
});

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- must match vitest's own declaration
  interface Matchers<T = any> {
    /** The run exited with this code; on failure the message shows its stderr and stdout. */
    toExitWith(code: number): T;
  }
}

// Under a shifted clock (the `clock-*` projects of vitest.config.ts) this worker's clock moves, and so does that of every etat it starts.
if (process.env.ETAT_TEST_NOW) {
  // @ts-expect-error -- a plain .mjs file with no exports: imported for what it does to the clock
  await import('./shifted-clock.mjs');
  const shim = `--import=${new URL('./shifted-clock.mjs', import.meta.url).href}`;
  if (!process.env.NODE_OPTIONS?.includes(shim)) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${shim}`.trim();
}
