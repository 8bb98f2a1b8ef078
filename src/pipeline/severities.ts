import type { Config } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { findingAt, type Finding, type Severity } from '../findings.js';
import { cliTexts } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { findRule, rules } from '../rules/index.js';
import { suggestRuleId } from '../text/suggest.js';

/** Each rule's severity after `rules` in etat.yml; a rule id that does not exist is a config error. */
export function ruleSeverities(config: Config, root: string, lang: Lang): Map<string, Severity> {
  const severities = new Map<string, Severity>();
  for (const rule of rules) severities.set(rule.id, rule.defaultSeverity);
  const unknown: Finding[] = [];
  for (const [id, setting] of Object.entries(config.rules)) {
    if (!findRule(id)) {
      const file = config.file;
      // `decision-without-preparation` for `minutes/decision-without-preparation`: the id meant, as `etat rules` suggests it.
      const reason = cliTexts[lang].error.unknownRuleInConfig({ id, suggestion: suggestRuleId(id, rules.map((r) => r.id)) });
      const hint = cliTexts[lang].error.rulesHint;
      unknown.push(findingAt(file, file.locate(['rules', id], 'key'), { ruleId: 'schema/invalid', messageId: 'unknownRule', severity: 'error', words: { reason, hint } }));
      continue;
    }
    if (setting === 'off') severities.delete(id);
    else severities.set(id, setting);
  }
  if (unknown.length > 0) throw new ConfigError('configInvalid', { file: config.file.path, root, lang }, unknown);
  return severities;
}

/** Whether a rule that is on needs git history: the one place that decides whether history is read. */
export function needsHistory(severities: ReadonlyMap<string, Severity>): boolean {
  return rules.some((rule) => rule.needsHistory && severities.has(rule.id));
}
