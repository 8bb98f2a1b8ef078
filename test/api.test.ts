import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { check } from '../src/pipeline/run-rules.js';
import { loadRepository } from '../src/model/load.js';
import { rules } from '../src/rules/index.js';
import { runInProcess } from './helpers/repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('the package', () => {
  it("exports the typed API the CLI uses: import { loadRepository, check } from 'etat'", async () => {
    const script = `
      import { loadRepository, checkRepository, check, rules } from 'etat';
      const repo = await loadRepository({ cwd: 'examples/etatssamarbeidet' });
      const result = check(repo, { today: '2026-11-24' });
      const withHistory = await checkRepository(repo, { today: '2026-11-24' });
      console.log(JSON.stringify({ meetings: repo.meetings.length, errors: result.summary.errors, same: withHistory.summary.errors, rules: rules.length }));`;
    const { stdout } = await execa('node', ['--input-type=module', '-e', script], { cwd: ROOT });
    // The package gives what the source gives: counted here, not written into the test.
    const repo = await loadRepository({ cwd: join(ROOT, 'examples/etatssamarbeidet') });
    const errors = check(repo, { today: '2026-11-24' }).summary.errors;
    expect(errors).toBeGreaterThan(0);
    expect(JSON.parse(stdout)).toEqual({ meetings: repo.meetings.length, errors, same: errors, rules: rules.length });
  });
});

describe('every command has --help with an example', () => {
  const commands = ['', 'check', 'rules', 'schema', 'init', 'agenda', 'agenda new', 'agenda send', 'paper', 'paper new', 'minutes', 'minutes new', 'minutes approve', 'status', 'decisions', 'decisions diff', 'git', 'git setup', 'git textconv', 'demo'];
  it.each(commands)('etat %s --help', async (command) => {
    for (const lang of ['nb', 'nn', 'en']) {
      const result = await runInProcess([...command.split(' ').filter(Boolean), '--help', '--lang', lang], { cwd: ROOT });
      expect(result).toExitWith(0);
      expect(result.stdout).toMatch(/\n {2}\$ etat /);
    }
  });
});
