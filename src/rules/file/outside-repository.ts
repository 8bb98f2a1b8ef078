import { defineRule } from '../define.js';

export default defineRule({
  id: 'file/outside-repository',
  defaultSeverity: 'error',
  docs: {
    rationale:
      "The repository is the record of the collaboration: what is not in it was not available to the participants, is not versioned and will not be published. A path that leaves the repository (`../../`, an absolute path, or a symbolic link that points outside) also lets a pull request make `etat` read files it has no business reading, and CI runs `etat` on pull requests from people the repository does not trust.",
    fix: 'Copy the paper into the meeting\'s `papers/` folder and list it by a path relative to the agenda, such as `papers/01-sak.md`. Replace a symbolic link that points outside the repository with the file itself. Write paths with `/`, also on Windows: `papers\\01-sak.md` is read as a file name, not a folder and a file.',
  },
  check(ctx, report) {
    for (const outside of ctx.repo.outside) {
      if (!ctx.inScope(outside.path)) continue;
      report({ file: outside.file, place: outside.file.placeOf(0, 0), messageId: 'link', data: { path: outside.path } });
    }
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        for (const paper of item.papers) {
          if (paper.status !== 'outside') continue;
          // `papers\01.md` is a Windows habit, not an escape: say how to write it rather than that it leaves.
          const relativeWithBackslashes = paper.target.includes('\\') && !/^([A-Za-z]:)?[\\/]/.test(paper.target);
          if (relativeWithBackslashes) {
            report({ file: paper.file, path: paper.path, messageId: 'backslash', data: { target: paper.target, suggestion: paper.target.replace(/\\+/g, '/') } });
          } else report({ file: paper.file, path: paper.path, messageId: 'paper', data: { target: paper.target } });
        }
      }
    }
  },
});

