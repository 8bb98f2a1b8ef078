import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOOK = join(ROOT, 'test', 'helpers', 'record-imports.mjs');
const EXAMPLE = join(ROOT, 'examples', 'etatssamarbeidet');

/** The modules a run of the built CLI imports. */
async function importsOf(args: string[]): Promise<string[]> {
  const result = await execa('node', ['--import', HOOK, join(ROOT, 'bin', 'etat.js'), ...args], { reject: false, cwd: EXAMPLE });
  return result.stderr
    .split('\n')
    .filter((line) => line.startsWith('IMPORT '))
    .map((line) => line.slice('IMPORT '.length));
}

/** What only `check` may load: the command, the model, the rules and the heavy parsers. */
const HEAVY = ['/dist/cli/commands/', '/dist/model/', '/dist/rules/', '/dist/report/', '/node_modules/yaml/', '/node_modules/ajv/', '/node_modules/unified/', '/node_modules/chalk/', '/node_modules/micromark'];

describe('start-up', () => {
  it('etat --version loads no command code and no heavy module', async () => {
    const imports = await importsOf(['--version']);
    expect(imports.some((url) => url.includes('/dist/cli/run.js'))).toBe(true);
    expect(imports.filter((url) => HEAVY.some((part) => url.includes(part)))).toEqual([]);
  });

  it('etat check loads the Markdown parser only when there are Markdown papers to read', async () => {
    const imports = await importsOf(['check', '--format', 'json']);
    expect(imports.some((url) => url.includes('/dist/cli/commands/check.js'))).toBe(true);
    expect(imports.some((url) => url.includes('/node_modules/yaml/'))).toBe(true);
    expect(imports.some((url) => url.includes('/node_modules/remark-parse/'))).toBe(true);
    const rulesOnly = await importsOf(['rules']);
    expect(rulesOnly.filter((url) => ['/node_modules/yaml/', '/node_modules/unified/', '/node_modules/ajv/'].some((p) => url.includes(p)))).toEqual([]);
  });
});
