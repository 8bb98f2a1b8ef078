import { execa } from 'execa';

/**
 * What a process a test starts needs to share the test's clock: under a
 * shifted clock (vitest's `clock-*` projects) the moment, and the `--import`
 * that moves the clock of every etat started, also through git (a hook).
 */
export function clockEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  if (process.env.ETAT_TEST_NOW) env.ETAT_TEST_NOW = process.env.ETAT_TEST_NOW;
  if (process.env.NODE_OPTIONS) env.NODE_OPTIONS = process.env.NODE_OPTIONS;
  return env;
}

/** A git identity and dates for commits made in tests, so they need no global git config. */
export function gitEnv(date = '2026-11-01T10:00:00+01:00'): Record<string, string> {
  return {
    ...clockEnv(),
    GIT_AUTHOR_NAME: 'Sekretariatet',
    GIT_AUTHOR_EMAIL: 'sekretariatet@example.org',
    GIT_COMMITTER_NAME: 'Sekretariatet',
    GIT_COMMITTER_EMAIL: 'sekretariatet@example.org',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
}

/** Commit everything in `cwd` at `date`. */
export async function commitAll(cwd: string, message: string, date?: string): Promise<void> {
  const env = gitEnv(date);
  await execa('git', ['add', '-A'], { cwd, env });
  await execa('git', ['-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', message], { cwd, env });
}
