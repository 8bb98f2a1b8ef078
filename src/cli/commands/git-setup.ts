import type { Lang } from '../../i18n/lang.js';
import type { CommandContext } from '../io.js';
import { displayPath } from '../display.js';
import { defineCommand, type Input } from '../define.js';

const words = {
  en: {
    gitSetup: "make `git diff` and `git log -p` show each decision in minutes and agendas as one line: writes .gitattributes and sets diff.etat.textconv in this clone's own git config",
    decisionPerLine: 'each decision as one line',
  },
  nb: {
    gitSetup: 'få `git diff` og `git log -p` til å vise hvert vedtak i referater og sakslister som én linje: skriver .gitattributes og setter diff.etat.textconv i git-oppsettet til denne klonen',
    decisionPerLine: 'hvert vedtak som én linje',
  },
  nn: {
    gitSetup: 'få `git diff` og `git log -p` til å vise kvart vedtak i referat og saklister som éi linje: skriv .gitattributes og set diff.etat.textconv i git-oppsettet til denne klonen',
    decisionPerLine: 'kvart vedtak som éi linje',
  },
};

/** `etat git setup`: the `etat` diff driver for minutes and agendas, in `.gitattributes` and the clone's git config. */
export default defineCommand({
  name: 'git setup',
  words,
  description: 'gitSetup',
  examples: ['etat git setup', ['git diff meetings/', 'decisionPerLine']],
  run: gitSetup,
});

async function gitSetup(context: CommandContext, _input: Input<[], Record<never, never>>): Promise<number> {
  const { repositoryLanguage } = await import('../../config/language.js');
  const { findRoot } = await import('../../config/load.js');
  const root = await findRoot(context.cwd);
  await setupGitDiff(context, root, context.lang ?? (await repositoryLanguage([root])) ?? context.fallbackLang);
  return 0;
}

/**
 * Set up the diff driver in the repository at `root` and say what was done
 * (also run by `etat init`). The language is the one the caller speaks.
 */
export async function setupGitDiff(context: CommandContext, root: string, lang: Lang): Promise<void> {
  const { setupDiffDriver } = await import('../../git/diff-driver.js');
  const { decisionsTexts } = await import('../../i18n/decisions.js');
  const texts = decisionsTexts[lang].setup;
  const result = await setupDiffDriver(root, { env: context.env, comment: texts.attributesComment });
  const file = displayPath(context, root)('.gitattributes');
  const lines = [result.added.length > 0 ? texts.attributesAdded({ file, lines: result.added }) : texts.attributesPresent({ file })];
  if (result.config === 'set') lines.push(texts.configSet({ value: result.command }));
  else if (result.config === 'present') lines.push(texts.configPresent({ value: result.command }));
  else if (result.config === 'kept') lines.push(texts.configKept({ value: result.command }));
  if (result.config === 'set') lines.push(texts.local);
  context.stdout.write(lines.join('\n') + '\n');
  if (!result.onPath) context.stderr.write(texts.notOnPath + '\n');
}
