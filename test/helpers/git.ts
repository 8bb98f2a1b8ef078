import { execa } from 'execa';

/** A git identity and dates for commits made in tests, so they need no global git config. */
export function gitEnv(date = '2026-11-01T10:00:00+01:00'): Record<string, string> {
  return {
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
