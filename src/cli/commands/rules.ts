import { code, type Lang } from '../../i18n/lang.js';
import { cliTexts } from '../../i18n/cli.js';
import { UsageError } from '../../errors.js';
import type { Rule } from '../../rules/define.js';
import { findRule, rules } from '../../rules/index.js';
import { suggestRuleId } from '../../text/suggest.js';
import { useColor } from '../../report/formats.js';
import { defineCommand } from '../define.js';
import type { CommandContext } from '../io.js';

const words = {
  en: {
    rules: 'list the rules, or print the page of one rule',
    rulesId: 'a rule id, e.g. agenda/purpose-missing',
  },
  nb: {
    rules: 'list reglene, eller vis siden for én regel',
    rulesId: 'en regel-id, for eksempel agenda/purpose-missing',
  },
  nn: {
    rules: 'list reglane, eller vis sida for éin regel',
    rulesId: 'ein regel-id, til dømes agenda/purpose-missing',
  },
};
const errorsEn = {
  unknownRule: (d: { id: string; suggestion?: string }) => `There is no rule ${code(d.id)}.${d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''} ${code('etat rules')} lists them all.`,
};
const errors: Record<Lang, typeof errorsEn> = {
  en: errorsEn,
  nb: {
    unknownRule: (d) => `Det finnes ingen regel ${code(d.id)}.${d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''} ${code('etat rules')} lister alle.`,
  },
  nn: {
    unknownRule: (d) => `Det finst ingen regel ${code(d.id)}.${d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''} ${code('etat rules')} listar alle.`,
  },
};
/** `etat rules <id>` in a language the rule's page (English) is not written in: the catalogue's words first. */
const rulePageEn = {
  defaultSeverity: (d: { severity: string }) => `Default severity: ${d.severity}`,
  messages: 'Messages (… stands for what a finding is about: an item, a date and the like):',
  englishOnly: 'The rest of the page is only in English.',
};
const rulePageWords: Record<Lang, typeof rulePageEn> = {
  en: rulePageEn,
  nb: {
    defaultSeverity: (d) => `Standard alvorlighetsgrad: ${d.severity}`,
    messages: 'Meldinger (… står for det et funn gjelder: en sak, en dato og lignende):',
    englishOnly: 'Resten av siden finnes bare på engelsk.',
  },
  nn: {
    defaultSeverity: (d) => `Standard alvorsgrad: ${d.severity}`,
    messages: 'Meldingar (… står for det eit funn gjeld: ei sak, ein dato og liknande):',
    englishOnly: 'Resten av sida finst berre på engelsk.',
  },
};

/** The language the rule pages (docs/rules/<id>.md, written by scripts/generate-docs.ts) are written in. */
const PAGE_LANG: Lang = 'en';

/** What `etat rules` shows: the list of rules, or one rule's page. */
type RulesResult = { kind: 'list'; lang: Lang } | { kind: 'page'; lang: Lang; rule: Rule; markdown: string };

/**
 * `etat rules`: the rules with their default severity; `etat rules <id>`: the
 * rule's page, rendered for the terminal, in the user's language as far as
 * etat has the words (the page itself is in English).
 */
export default defineCommand({
  name: 'rules',
  words,
  errors,
  description: 'rules',
  examples: ['etat rules', 'etat rules minutes/dissent-not-recorded'],
  arguments: [{ name: '[id]', help: 'rulesId' }],
  async run(context, { args: [id] }): Promise<RulesResult> {
    // The list stays light (no YAML parser: see test/startup.test.ts), so it does not read etat.yml's language.
    if (id === undefined) return { kind: 'list', lang: context.lang ?? context.fallbackLang };
    const { repositoryLanguage } = await import('../../config/language.js');
    const lang = context.lang ?? (await repositoryLanguage([context.cwd])) ?? context.fallbackLang;
    const rule = findRule(id);
    if (!rule) throw new UsageError('unknownRule', { id, suggestion: suggestRuleId(id, rules.map((r) => r.id)), lang });
    const { ruleHelp } = await import('../../report/rule-help.js');
    const help = ruleHelp(rule.id);
    if (!help) throw new UsageError('unknownRule', { id, lang });
    return { kind: 'page', lang, rule, markdown: help.markdown };
  },
  async print(context: CommandContext, result: RulesResult) {
    if (result.kind === 'list') context.stdout.write(ruleList(result.lang));
    else {
      const { renderMarkdown } = await import('../../report/terminal-markdown.js');
      const color = useColor(context.stdout, context.env);
      const intro = result.lang === PAGE_LANG ? '' : await catalogueIntro(result.rule, result.lang, color);
      context.stdout.write(intro + renderMarkdown(result.markdown, { color }));
    }
    return 0;
  },
});

/** The rules as a table: id, default severity, description. */
function ruleList(lang: Lang): string {
  const texts = cliTexts[lang];
  const rows = rules.map((rule) => [rule.id, texts.summary.severity[rule.defaultSeverity], rule.words[lang].description]);
  const header = [texts.summary.rulesHeader.id, texts.summary.rulesHeader.severity, texts.summary.rulesHeader.description];
  const widths = [0, 1].map((i) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `${cells[0]!.padEnd(widths[0]!)}  ${cells[1]!.padEnd(widths[1]!)}  ${cells[2]}`.trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
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
  const page = rulePageWords[lang];
  const ruleWords = rule.words[lang];
  // Any key a message reads is there, as "…": the words are shown without a finding.
  const placeholder = new Proxy({} as Record<string, unknown>, { get: (_, key) => (typeof key === 'string' ? '…' : undefined), has: () => true });
  const messages: string[] = [];
  for (const message of Object.values(ruleWords.messages)) {
    try {
      messages.push(`• ${codeSpans(message.reason(placeholder), chalk)}\n  → ${codeSpans(message.hint(placeholder), chalk)}`);
    } catch {
      // A message that cannot be said without its data is left out; the page has examples.
    }
  }
  const lines = [
    chalk.bold(rule.id),
    `${ruleWords.description}.`,
    page.defaultSeverity({ severity: texts.summary.severity[rule.defaultSeverity] }),
    ...(messages.length > 0 ? ['', page.messages, ...messages] : []),
    '',
    chalk.dim(page.englishOnly),
    '',
    '',
  ];
  return lines.join('\n');
}
