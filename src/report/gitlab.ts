import { fingerprintOf, type Finding } from '../findings.js';
import type { Reporter } from './types.js';

/**
 * GitLab's severities, from ours: an error fails the check and is `major`; a
 * warning is `minor`; a notice that the check could not do all it should
 * (no git history) is `info`.
 */
export function gitlabSeverity(finding: Pick<Finding, 'severity' | 'ruleId'>): 'info' | 'minor' | 'major' {
  if (finding.ruleId.startsWith('git/history-') || finding.severity === 'notice') return 'info';
  return finding.severity === 'error' ? 'major' : 'minor';
}

/**
 * A GitLab Code Quality report (`artifacts:reports:codequality`): one JSON
 * array, no byte-order mark, each finding with the fields GitLab requires. The
 * fingerprint is the finding's own, which stays put when lines move, so the
 * merge-request widget shows only what a change introduced or fixed.
 */
export const gitlab: Reporter = (result, options) => {
  const path = options.repositoryPath ?? ((file: string) => file);
  const issues = result.findings.map((finding) => ({
    type: 'issue',
    description: `${finding.reason} ${finding.hint}`,
    check_name: finding.ruleId,
    fingerprint: fingerprintOf(finding),
    severity: gitlabSeverity(finding),
    categories: ['Style'],
    location: {
      path: path(finding.file),
      lines: { begin: finding.line, end: finding.endLine },
    },
  }));
  return JSON.stringify(issues, null, 2) + '\n';
};
