import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { scaffoldTexts } from '../../i18n/scaffold.js';
import { buildDemo, CHANGED_MINUTES, DEMO_BRANCH, LATE_PAPER } from '../../scaffold/demo.js';
import type { CommandContext } from '../io.js';
import { displayPath } from '../display.js';

/** `etat demo [dir]`: a throw-away repository from the example, with a history to check. Never writes into a folder that has files. */
export default async function demo(context: CommandContext, [dirArg]: unknown[]): Promise<number> {
  const texts = scaffoldTexts[context.lang ?? context.fallbackLang];
  const dir = resolve(context.cwd, typeof dirArg === 'string' ? dirArg : 'etat-demo');
  const shown = displayPath(context)(dir);
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0) throw new UsageError('exists', { path: shown });
  const { commits } = await buildDemo(dir);
  context.stdout.write(texts.demoBuilt({ dir: shown, commits, branch: DEMO_BRANCH, paper: LATE_PAPER, minutes: CHANGED_MINUTES }) + '\n');
  return 0;
}
