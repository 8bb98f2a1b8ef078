import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type CheckResult } from '../../src/check.js';
import type { Lang } from '../../src/i18n/lang.js';
import { loadRepository } from '../../src/model/load.js';

export const RULE_FIXTURES = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));

/** The date every rule fixture is checked at, so that date rules are repeatable. */
export const FIXTURE_TODAY = '2026-11-24';

/** The folder of a rule's fixture: `test/fixtures/rules/<rule-id>/<fires|silent>`. */
export function fixtureDir(ruleId: string, kind: 'fires' | 'silent'): string {
  return join(RULE_FIXTURES, ruleId, kind);
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Check a fixture repository: copied to a temporary folder, with the base
 * etat.yml when it has none of its own (so that fixtures hold only what they
 * are about).
 */
export async function checkFixture(dir: string, lang?: Lang): Promise<CheckResult> {
  const work = await mkdtemp(join(tmpdir(), 'etat-fixture-'));
  try {
    await cp(dir, work, { recursive: true });
    if (!(await exists(join(dir, 'etat.yml')))) await cp(join(RULE_FIXTURES, 'base', 'etat.yml'), join(work, 'etat.yml'));
    const repo = await loadRepository({ cwd: work });
    return check(repo, { today: FIXTURE_TODAY, lang });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A finding as `file:line:column rule-id`, the form `expected.txt` is written in. */
export function findingLine(f: { file: string; line: number; column: number; ruleId: string }): string {
  return `${f.file}:${f.line}:${f.column} ${f.ruleId}`;
}

/** The findings a fixture expects: `expected.txt` beside it, one per line. */
export async function expectedFindings(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, 'expected.txt'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
