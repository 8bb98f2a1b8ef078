import { addDays, osloDate } from '../../model/dates.js';
import { defineRule } from '../define.js';
import { usableHistory } from '../git/history.js';

export default defineRule({
  id: 'agenda/paper-late',
  defaultSeverity: 'error',
  needsHistory: true,
  docs: {
    rationale:
      "The evaluation found decisions taken without, or with too late, case preparation (saksforberedelse). A date typed into front matter proves nothing; the repository's history does. A paper of a `decide` item counts as available when it reached the default branch (`git.default_branch`, default `main`): the commit on that branch's first-parent line that brought it — a merge commit, when it came from a branch — at that commit's **committer** date in Norway, not the author date, which anyone can set. A paper only on the branch being checked (a pull request not yet merged) counts from its own commit; an uncommitted paper is not available at all. It must be available `papers_days` (etat.yml) before the meeting, or the item must say why it is late in `late.reason`.\n\nRewriting history moves the dates with it: `git rebase` gives the rebased commits new committer dates (later ones), and a force-push that replaces commits on the default branch replaces the dates that prove availability. Protect the default branch against force-pushes, and merge rather than rebase papers that were on time.\n\nOn a branch — a pull request not yet merged — the date that counts is the committer date of the branch's own commit, and that date is set by whoever makes the commit: a back-dated commit looks on time. So a paper counted available from a commit only on the branch gets a *notice* (which never fails a check) saying that the date becomes proof only when the default branch takes the paper, at the date of the merge; reviewers see it as an annotation, and `etat check --changed` lists it.",
    fix: 'Commit (and merge) papers before the deadline `etat agenda new` and `etat status` show. If a paper could not be ready in time, say so in the item: `late: { reason: "…" }` — the forum then knows, and decides whether it can decide. Otherwise move the item to a later meeting.',
  },
  check(ctx, report) {
    const history = usableHistory(ctx);
    if (!history) return;
    for (const meeting of ctx.meetings) {
      const agenda = meeting.agenda;
      const days = ctx.config.fora.get(meeting.forum)?.deadlines.papersDays;
      if (!agenda || agenda.status === 'cancelled' || !meeting.date || days === undefined) continue;
      const deadline = addDays(meeting.date, -days);
      for (const item of agenda.items) {
        if (item.kind !== 'decide' || item.approves !== undefined || item.lateReason !== undefined) continue;
        for (const paper of item.papers) {
          if (paper.status !== 'present' || !paper.resolved) continue;
          const commit = history.availableAt(paper.resolved);
          const data = { id: item.id ?? '?', target: paper.target, deadline, days, branch: history.defaultBranch };
          if (!commit) {
            if (ctx.today > deadline) report({ file: paper.file, path: paper.path, messageId: 'uncommitted', data });
            continue;
          }
          const available = osloDate(commit.time);
          if (available > deadline) {
            report({ file: paper.file, path: paper.path, messageId: commit.onDefaultBranch ? 'late' : 'lateBranch', data: { ...data, available } });
          } else if (!commit.onDefaultBranch) {
            // On time by a date the branch's author set: worth a reviewer's knowing, nobody's fixing.
            report({ file: paper.file, path: paper.path, messageId: 'branchOnly', severity: 'notice', data: { ...data, available } });
          }
        }
      }
    }
  },
});
