import { UsageError } from '../../errors.js';
import { cliTexts } from '../../i18n/cli.js';
import type { Lang } from '../../i18n/lang.js';
import type { Rule } from '../../rules/define.js';
import { findRule, rules } from '../../rules/index.js';
import { suggestRuleId } from '../../text/suggest.js';
import { useColor, type CommandContext } from '../io.js';

/** The language the rule pages (docs/rules/<id>.md, written by scripts/generate-docs.ts) are written in. */
const PAGE_LANG: Lang = 'en';

/**
 * `etat rules`: the rules with their default severity; `etat rules <id>`: the
 * rule's page, rendered for the terminal, in the user's language as far as
 * etat has the words (the page itself is in English).
 */
export default async function rulesCommand(context: CommandContext, [id]: unknown[]): Promise<number> {
  if (typeof id === 'string') return rulePage(context, id);
  // The list stays light (no YAML parser: see test/startup.test.ts), so it does not read etat.yml's language.
  const lang = context.lang ?? context.fallbackLang;
  const texts = cliTexts[lang];
  const rows = rules.map((rule) => [rule.id, texts.summary.severity[rule.defaultSeverity], rule.words[lang].description]);
  const header = [texts.summary.rulesHeader.id, texts.summary.rulesHeader.severity, texts.summary.rulesHeader.description];
  const widths = [0, 1].map((i) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `${cells[0]!.padEnd(widths[0]!)}  ${cells[1]!.padEnd(widths[1]!)}  ${cells[2]}`.trimEnd();
  context.stdout.write([line(header), ...rows.map(line)].join('\n') + '\n');
  return 0;
}

async function rulePage(context: CommandContext, id: string): Promise<number> {
  const { repositoryLanguage } = await import('../../config/language.js');
  const lang = context.lang ?? (await repositoryLanguage([context.cwd])) ?? context.fallbackLang;
  const rule = findRule(id);
  if (!rule) throw new UsageError('unknownRule', { id, suggestion: suggestRuleId(id, rules.map((r) => r.id)), lang });
  const { ruleHelp } = await import('../../report/rule-help.js');
  const { renderMarkdown } = await import('../../report/terminal-markdown.js');
  const color = useColor(context.stdout, context.env);
  const help = ruleHelp(rule.id);
  if (!help) throw new UsageError('unknownRule', { id, lang });
  const intro = lang === PAGE_LANG ? '' : await catalogueIntro(rule, lang, color);
  context.stdout.write(intro + renderMarkdown(help.markdown, { color }));
  return 0;
}

/**
 * What etat has in the user's language about a rule whose page is in English:
 * the id, the description, the default severity and each message (its data
 * shown as `…`), then one line saying that the page below is in English.
 */
async function catalogueIntro(rule: Rule, lang: Lang, color: boolean): Promise<string> {
  const { Chalk } = await import('chalk');
  const { codeSpans } = await import('../../report/terminal-markdown.js');
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const texts = cliTexts[lang];
  const words = rule.words[lang];
  // Any key a message reads is there, as "…": the words are shown without a finding.
  const placeholder = new Proxy({} as Record<string, unknown>, { get: (_, key) => (typeof key === 'string' ? '…' : undefined), has: () => true });
  const messages: string[] = [];
  for (const message of Object.values(words.messages)) {
    try {
      messages.push(`• ${codeSpans(message.reason(placeholder), chalk)}\n  → ${codeSpans(message.hint(placeholder), chalk)}`);
    } catch {
      // A message that cannot be said without its data is left out; the page has examples.
    }
  }
  const lines = [
    chalk.bold(rule.id),
    `${words.description}.`,
    texts.rulePage.defaultSeverity({ severity: texts.summary.severity[rule.defaultSeverity] }),
    ...(messages.length > 0 ? ['', texts.rulePage.messages, ...messages] : []),
    '',
    chalk.dim(texts.rulePage.englishOnly),
    '',
    '',
  ];
  return lines.join('\n');
}
