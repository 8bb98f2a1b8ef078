import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { CommandContext } from '../io.js';
import { displayPath } from '../display.js';
import { defineCommand, type Input, type ArgumentSpec } from '../define.js';

const words = {
  en: {
    demo: 'build a throw-away git repository from the example, with a history to check',
    demoDir: 'the folder to build it in, which must be empty or new (default: etat-demo)',
  },
  nb: {
    demo: 'bygg et git-repositorium av eksempelet, med en historikk å sjekke (til å kaste etterpå)',
    demoDir: 'mappen det skal bygges i, som må være tom eller ny (standard: etat-demo)',
  },
  nn: {
    demo: 'bygg eit git-repositorium av dømet, med ein historikk å sjekke (til å kaste etterpå)',
    demoDir: 'mappa det skal byggjast i, som må vere tom eller ny (standard: etat-demo)',
  },
};
const args = [{ name: '[dir]', help: 'demoDir' }] as const satisfies readonly ArgumentSpec<(typeof words)['en']>[];

/** `etat demo [dir]`: a throw-away repository from the example, with a history to check. Never writes into a folder that has files. */
export default defineCommand({
  name: 'demo',
  words,
  description: 'demo',
  examples: ['etat demo', 'etat demo /tmp/etat-demo && cd /tmp/etat-demo && etat check --today 2026-11-24'],
  arguments: args,
  run: demo,
});

async function demo(context: CommandContext, { args: [dirArg] }: Input<typeof args, Record<never, never>>): Promise<number> {
  const { scaffoldTexts } = await import('../../i18n/scaffold.js');
  const { buildDemo, CHANGED_MINUTES, DEMO_BRANCH, LATE_PAPER } = await import('../../scaffold/demo.js');
  const texts = scaffoldTexts[context.lang ?? context.fallbackLang];
  const dir = resolve(context.cwd, typeof dirArg === 'string' ? dirArg : 'etat-demo');
  const shown = displayPath(context)(dir);
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0) throw new UsageError('exists', { path: shown });
  const { commits } = await buildDemo(dir);
  context.stdout.write(texts.demoBuilt({ dir: shown, commits, branch: DEMO_BRANCH, paper: LATE_PAPER, minutes: CHANGED_MINUTES }) + '\n');
  return 0;
}
