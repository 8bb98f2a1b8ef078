import type { CommandContext } from '../io.js';
import { describeProblem, hookLanguage, shown } from './hook-install.js';
import { defineCommand, type Input } from '../define.js';

const words = {
  en: {
    hookUninstall: 'remove the pre-commit hook etat added and put back the one that was there',
  },
  nb: {
    hookUninstall: 'fjern pre-commit-kroken etat la til, og sett tilbake den som var der',
  },
  nn: {
    hookUninstall: 'fjern pre-commit-kroken etat la til, og set tilbake den som var der',
  },
};

/**
 * `etat hook uninstall`: remove etat's pre-commit hook and put back the hook
 * it had moved aside. A pre-commit hook that is not etat's is left as it is
 * (exit 2).
 */
export default defineCommand({
  name: 'hook uninstall',
  words,
  description: 'hookUninstall',
  examples: ['etat hook uninstall'],
  run: hookUninstall,
});

async function hookUninstall(context: CommandContext, _input: Input<[], Record<never, never>>): Promise<number> {
  const { findRoot } = await import('../../config/load.js');
  const { uninstallHook } = await import('../../git/hook.js');
  const { hookTexts } = await import('../../i18n/hook.js');
  const root = await findRoot(context.cwd);
  const texts = hookTexts[await hookLanguage(context, root)];
  const result = await uninstallHook(root);
  const show = shown(context);
  switch (result.kind) {
    case 'removed': {
      const lines = [texts.uninstall.removed({ file: show(result.file) })];
      if (result.restored) lines.push(texts.uninstall.restored({ file: show(result.file), before: show(result.restored) }));
      context.stdout.write(lines.join('\n') + '\n');
      return 0;
    }
    case 'restored':
      context.stdout.write(texts.uninstall.restored({ file: show(result.file), before: show(result.restored) }) + '\n');
      return 0;
    case 'not-installed':
      context.stdout.write(texts.uninstall.notInstalled({ file: show(result.file) }) + '\n');
      return 0;
    default:
      context.stderr.write(describeProblem(texts, result, show) + '\n');
      return 2;
  }
}
