import { defineRule } from '../define.js';

export default defineRule({
  id: 'git/history-unavailable',
  defaultSeverity: 'warn',
  docs: {
    rationale:
      'Three rules prove from git what a date in front matter cannot: when a paper was really available (`agenda/paper-late`), when the invitation really went out (`agenda/late-notice`), and that approved minutes were not changed (`minutes/approved-changed`). Where the history cannot be read — outside a git repository, in a shallow clone (CI checks out one commit by default), without the default branch, or without the base revision — those rules cannot run. Skipping them silently would let a late paper pass as on time, so etat says once, in a finding of this rule, what it could not check and how to fix it; the other rules run as before.',
    fix: 'Give etat the whole history. In GitHub Actions: `actions/checkout` with `fetch-depth: 0`. In GitLab CI: `GIT_DEPTH: 0`. Locally: `git fetch --unshallow`. If your main branch is not called `main`, set `git.default_branch` in `etat.yml`. Turn the notice into an error (`git/history-unavailable: error`) to make CI fail when history is missing.',
  },
  check(ctx, report) {
    if (!ctx.historyWanted || !ctx.history) return;
    const file = ctx.config.file;
    const place = file.placeOf(0, 0);
    for (const problem of ctx.history.problems) report({ file, place, messageId: problem.kind, data: { ...problem } });
  },
});
