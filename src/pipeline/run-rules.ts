import { compareFindings, findingAt, summarise, type Finding, type Summary } from '../findings.js';
import type { History } from '../git/history.js';
import type { Lang } from '../i18n/lang.js';
import { todayIn } from '../model/dates.js';
import type { Repository } from '../model/types.js';
import { sayMessage, type Report, type RuleContext } from '../rules/define.js';
import { assignFingerprints, findingIdentity } from '../rules/fingerprint.js';
import { rules } from '../rules/index.js';
import { needsHistory, ruleSeverities } from './severities.js';

export interface CheckOptions {
  /**
   * Repository paths (forward slashes) to limit the check to: meeting folders,
   * files in them, a forum folder, `cases/…`. Everything when not given;
   * nothing when empty.
   */
  paths?: readonly string[];
  /** The date to check against, YYYY-MM-DD; today in the repository's `timezone` when not given. */
  today?: string;
  /** The moment the run started, which `today` is the date of when not given (the real clock when neither is). */
  now?: Date;
  /** The language of the findings; `language` in etat.yml when not given. */
  lang?: Lang;
  /**
   * What git says of the files (`readHistory`). Without it the rules that need
   * history are silent: `checkRepository` reads it, and says when it cannot.
   */
  history?: History;
}

export interface CheckResult {
  /** Absolute path of the repository root. */
  root: string;
  findings: Finding[];
  summary: Summary;
  /** How many agenda, minutes and case files were checked. */
  filesChecked: number;
  /** Those files, as repository paths: reports that list every file checked (JUnit) need them. */
  checkedFiles?: string[];
}

/** Whether a repository path is under one of the paths given (everything when none are given). */
export function scopeOf(paths: readonly string[] | undefined): (path: string) => boolean {
  return (path) => paths === undefined || paths.some((p) => p === '' || p === '.' || path === p || path.startsWith(p + '/') || p.startsWith(path + '/'));
}

/** Run every rule that is not off over the repository (or the part under `paths`). */
export function check(repo: Repository, options: CheckOptions = {}): CheckResult {
  const { config } = repo;
  const lang = options.lang ?? config.language;
  const severities = ruleSeverities(config, repo.root, lang);
  const inScope = scopeOf(options.paths);
  const meetings = repo.meetings.filter((m) => inScope(m.dir));
  const cases = [...repo.cases.values()].filter((c) => inScope(c.file.path));
  const ctx: RuleContext = {
    repo,
    config,
    meetings,
    cases,
    files: repo.files.filter((f) => inScope(f.path)),
    today: options.today ?? todayIn(config.timezone, options.now),
    history: options.history,
    // Only a caller that read (or tried to read) history gets a notice about it.
    historyWanted: options.history !== undefined && needsHistory(severities),
    lang,
    inScope,
  };

  const findings: Finding[] = [];
  const identities = new Map<Finding, string>();
  for (const rule of rules) {
    const severity = severities.get(rule.id);
    if (!severity) continue;
    const report = (input: Report) => {
      const place = input.place ?? input.file.locate?.(input.path ?? [], input.target) ?? START;
      const cause = input.cause && {
        file: input.cause.file.path,
        ...(input.cause.place ?? input.cause.file.locate(input.cause.path ?? [])),
      };
      const finding = findingAt(input.file, place, {
        ruleId: rule.id,
        severity: input.severity ?? severity,
        messageId: input.messageId,
        words: input.text ?? sayMessage(rule, lang, input.messageId ?? 'default', input.data),
        cause: cause ? { file: cause.file, line: cause.line, column: cause.column } : undefined,
      });
      const data = 'data' in input.file ? input.file.data : undefined;
      identities.set(finding, findingIdentity({ ruleId: rule.id, file: input.file.path, data, path: input.path, target: input.target, messageId: input.messageId }));
      findings.push(finding);
    };
    rule.check(ctx, report);
  }
  findings.sort(compareFindings);
  assignFingerprints(findings, identities);
  return { root: repo.root, findings, summary: summarise(findings), filesChecked: ctx.files.length, checkedFiles: ctx.files.map((f) => f.path) };
}

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
