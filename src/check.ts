import { ConfigError } from './errors.js';
import { readHistory, type History } from './git/history.js';
import { compareFindings, findingAt, summarise, type Finding, type Severity, type Summary } from './findings.js';
import { cliTexts } from './i18n/cli.js';
import { todayInNorway } from './model/dates.js';
import type { Lang } from './i18n/lang.js';
import type { Repository } from './model/types.js';
import { sayMessage, type Report, type RuleContext } from './rules/define.js';
import { assignFingerprints, findingIdentity } from './rules/fingerprint.js';
import { findRule, rules } from './rules/index.js';
import { suggestRuleId } from './text/suggest.js';

export interface CheckOptions {
  /**
   * Repository paths (forward slashes) to limit the check to: meeting folders,
   * files in them, a forum folder, `cases/…`. Everything when not given;
   * nothing when empty.
   */
  paths?: readonly string[];
  /** The date to check against, YYYY-MM-DD; today in Norway when not given. */
  today?: string;
  /** The language of the findings; `language` in etat.yml when not given. */
  lang?: Lang;
  /**
   * What git says of the files (`readHistory`). Without it the rules that need
   * history are silent: `checkRepository` reads it, and says when it cannot.
   */
  history?: History;
}

export interface CheckRepositoryOptions extends CheckOptions {
  /** The revision approved minutes are compared with (`--base`); the merge-base with the default branch by default. */
  base?: string;
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

/**
 * Read git history when a rule that needs it is on, then check: what the CLI
 * runs. The history is read in one pass, with a constant number of git processes.
 */
export async function checkRepository(repo: Repository, options: CheckRepositoryOptions = {}): Promise<CheckResult> {
  const severities = ruleSeverities(repo, options.lang ?? repo.config.language);
  const wantsHistory = rules.some((rule) => rule.needsHistory && severities.has(rule.id));
  if (!wantsHistory) return check(repo, options);
  const scope = scopeOf(options.paths);
  const agendas = repo.meetings.filter((m) => m.agenda && scope(m.dir)).map((m) => m.agenda!.file.path);
  const history = await readHistory({ root: repo.root, defaultBranch: repo.config.defaultBranch, base: options.base, agendas });
  return check(repo, { ...options, history });
}

/** Whether a repository path is under one of the paths given (everything when none are given). */
function scopeOf(paths: readonly string[] | undefined): (path: string) => boolean {
  return (path) => paths === undefined || paths.some((p) => p === '' || p === '.' || path === p || path.startsWith(p + '/') || p.startsWith(path + '/'));
}

/** Run every rule that is not off over the repository (or the part under `paths`). */
export function check(repo: Repository, options: CheckOptions = {}): CheckResult {
  const { config } = repo;
  const lang = options.lang ?? config.language;
  const severities = ruleSeverities(repo, lang);
  const inScope = scopeOf(options.paths);
  const meetings = repo.meetings.filter((m) => inScope(m.dir));
  const cases = [...repo.cases.values()].filter((c) => inScope(c.file.path));
  const ctx: RuleContext = {
    repo,
    config,
    meetings,
    cases,
    files: repo.files.filter((f) => inScope(f.path)),
    today: options.today ?? todayInNorway(),
    history: options.history,
    // Only a caller that read (or tried to read) history gets a notice about it.
    historyWanted: options.history !== undefined && rules.some((rule) => rule.needsHistory && severities.has(rule.id)),
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

/** Each rule's severity after `rules` in etat.yml; a rule id that does not exist is a config error. */
function ruleSeverities(repo: Repository, lang: Lang): Map<string, Severity> {
  const severities = new Map<string, Severity>();
  for (const rule of rules) severities.set(rule.id, rule.defaultSeverity);
  const unknown: Finding[] = [];
  for (const [id, setting] of Object.entries(repo.config.rules)) {
    if (!findRule(id)) {
      const file = repo.config.file;
      // `decision-without-preparation` for `minutes/decision-without-preparation`: the id meant, as `etat rules` suggests it.
      const reason = cliTexts[lang].error.unknownRuleInConfig({ id, suggestion: suggestRuleId(id, rules.map((r) => r.id)) });
      const hint = cliTexts[lang].error.rulesHint;
      unknown.push(findingAt(file, file.locate(['rules', id], 'key'), { ruleId: 'schema/invalid', messageId: 'unknownRule', severity: 'error', words: { reason, hint } }));
      continue;
    }
    if (setting === 'off') severities.delete(id);
    else severities.set(id, setting);
  }
  if (unknown.length > 0) throw new ConfigError('configInvalid', { file: repo.config.file.path, root: repo.root, lang }, unknown);
  return severities;
}
