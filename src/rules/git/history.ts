import type { History } from '../../git/history.js';
import type { RuleContext } from '../define.js';

/** The problems that leave no history to read: everything but a missing base. */
const BLOCKING = new Set(['no-git', 'not-a-repository', 'no-commits', 'shallow', 'no-default-branch']);

/**
 * The history a rule can trust, or undefined when it could not be read — in
 * which case `git/history-unavailable` has said so once, and the rule is silent.
 */
export function usableHistory(ctx: RuleContext, needsBase = false): History | undefined {
  const history = ctx.history;
  if (!history || history.problems.some((p) => BLOCKING.has(p.kind))) return undefined;
  if (needsBase && !history.base) return undefined;
  return history;
}
