import type { HookProblem } from '../../git/hook.js';
import type { HookTexts } from '../../i18n/hook.js';
import type { Lang } from '../../i18n/lang.js';
import type { CommandContext } from '../io.js';
import { displayPath } from '../display.js';
import { defineCommand, type Input } from '../define.js';

const words = {
  en: {
    hookInstall: 'add a git pre-commit hook that checks the staged meetings; a hook that is there already keeps running first',
    hookChecks: 'now checks the staged meetings first',
  },
  nb: {
    hookInstall: 'legg til en pre-commit-krok i git som sjekker møtene som er lagt klar; en krok som finnes fra før, kjører fortsatt først',
    hookChecks: 'sjekker nå møtene som er lagt klar, først',
  },
  nn: {
    hookInstall: 'legg til ein pre-commit-krok i git som sjekkar møta som er lagde klare; ein krok som finst frå før, køyrer framleis først',
    hookChecks: 'sjekkar no møta som er lagde klare, først',
  },
};

/**
 * `etat hook install`: a git pre-commit hook that runs `etat check --staged`,
 * after the hook that was there, if any. Exit 0 when the hook is in place,
 * 2 when it could not be put there (and then nothing was changed).
 */
export default defineCommand({
  name: 'hook install',
  words,
  description: 'hookInstall',
  examples: ['etat hook install', ['git commit', 'hookChecks']],
  run: hookInstall,
});

async function hookInstall(context: CommandContext, _input: Input<[], Record<never, never>>): Promise<number> {
  const { findRoot } = await import('../../config/load.js');
  const { ETAT_BIN, installHook, shQuote } = await import('../../git/hook.js');
  const { hookTexts } = await import('../../i18n/hook.js');
  const root = await findRoot(context.cwd);
  const lang = await hookLanguage(context, root);
  const texts = hookTexts[lang];
  const result = await installHook({ root, texts: texts.script });
  const show = shown(context);
  const runs = texts.install.runs({ command: `${shQuote(process.execPath)} ${shQuote(ETAT_BIN)} check --staged` });
  switch (result.kind) {
    case 'installed': {
      const lines = [texts.install.installed({ file: show(result.file) })];
      if (result.chained) lines.push(texts.install.chained({ before: show(result.chained) }));
      if (result.place.hooksPath) lines.push(texts.install.hooksPath({ dir: show(result.place.dir) }));
      lines.push(runs);
      context.stdout.write(lines.join('\n') + '\n');
      return 0;
    }
    case 'updated':
      context.stdout.write([texts.install.updated({ file: show(result.file) }), runs].join('\n') + '\n');
      return 0;
    case 'already':
      context.stdout.write(texts.install.already({ file: show(result.file) }) + '\n');
      return 0;
    default:
      context.stderr.write(describeProblem(texts, result, show) + '\n');
      return 2;
  }
}

/** The language of what the hook commands say, and of the lines the hook prints: `--lang`, etat.yml's, the user's. */
export async function hookLanguage(context: CommandContext, root: string): Promise<Lang> {
  const { repositoryLanguage } = await import('../../config/language.js');
  return context.lang ?? (await repositoryLanguage([root])) ?? context.fallbackLang;
}

/** A path as the user should see it: relative to where they stand. */
export function shown(context: CommandContext): (path: string) => string {
  return displayPath(context);
}

/** Why a hook command did nothing. */
export function describeProblem(texts: HookTexts, problem: HookProblem, show: (path: string) => string): string {
  switch (problem.kind) {
    case 'not-git':
      return texts.problem.notGitRepository({ dir: problem.dir });
    case 'git-missing':
      return texts.problem.gitMissing;
    case 'shared-hooks-path':
      return texts.problem.sharedHooksPath(problem);
    case 'husky':
      return texts.problem.husky({ dir: problem.dir });
    case 'not-ours':
      return texts.problem.notOurs({ file: show(problem.file) });
    case 'before-taken':
      return texts.problem.beforeTaken({ file: show(problem.file), before: show(problem.before) });
  }
}
