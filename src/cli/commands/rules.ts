import { readFile } from 'node:fs/promises';
import { UsageError } from '../../errors.js';
import { cliTexts } from '../../i18n/cli.js';
import { ruleTexts } from '../../i18n/rules/index.js';
import { findRule, rules } from '../../rules/index.js';
import type { CommandContext } from '../io.js';

/** `etat rules`: the rules with their default severity; `etat rules <id>`: the rule's page. */
export default async function rulesCommand(context: CommandContext, [id]: unknown[]): Promise<number> {
  const lang = context.lang ?? context.fallbackLang;
  if (typeof id === 'string') {
    if (!findRule(id)) throw new UsageError('unknownRule', { id });
    context.stdout.write(await readFile(new URL(`../../../docs/rules/${id}.md`, import.meta.url), 'utf8'));
    return 0;
  }
  const texts = cliTexts[lang];
  const rows = rules.map((rule) => [rule.id, texts.summary.severity[rule.defaultSeverity], ruleTexts[lang][rule.id]?.description ?? '']);
  const header = [texts.summary.rulesHeader.id, texts.summary.rulesHeader.severity, texts.summary.rulesHeader.description];
  const widths = [0, 1].map((i) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `${cells[0]!.padEnd(widths[0]!)}  ${cells[1]!.padEnd(widths[1]!)}  ${cells[2]}`.trimEnd();
  context.stdout.write([line(header), ...rows.map(line)].join('\n') + '\n');
  return 0;
}
