import { execa } from 'execa';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../src/pipeline/check.js';
import { commitAll, gitEnv } from './helpers/git.js';
import { AGENDA, CONFIG, makeRepo } from './helpers/repo.js';

const OLD = 'meetings/direktorgruppen/2026-03-12/agenda.md';
const NEW = 'meetings/direktorgruppen/2026-04-16/agenda.md';
const GOOD = AGENDA.replaceAll('2026-03-12', '2026-04-16').replace('Arbeidsplan 2026', 'Budsjett');
const BROKEN = GOOD.replace('purpose: Orientere om arbeidsplanen', 'purpose: TBD');
const PURPOSE = 'agenda/purpose-missing';

async function repo(): Promise<string> {
  const root = await makeRepo({ 'etat.yml': CONFIG, [OLD]: AGENDA });
  await execa('git', ['init', '--quiet', '--initial-branch=main'], { cwd: root, env: gitEnv() });
  await commitAll(root, 'Første møte', '2026-03-01T10:00:00+01:00');
  await execa('git', ['checkout', '--quiet', '-b', 'neste'], { cwd: root, env: gitEnv() });
  return root;
}

const found = (ran: Awaited<ReturnType<typeof runCheck>>) => ran.result.findings.map((f) => `${f.file} ${f.ruleId}`);

describe('the check pipeline', () => {
  it('checks everything, the paths given, what changed and what is staged, each from its own source', async () => {
    const root = await repo();
    await mkdir(join(root, 'meetings/direktorgruppen/2026-04-16'));
    await writeFile(join(root, NEW), BROKEN);
    const common = { cwd: root, today: '2026-04-01', lang: 'en' as const };
    const all = await runCheck(common);
    expect(found(all)).toEqual([`${NEW} ${PURPOSE}`]);
    expect(all.language).toBe('en');
    expect(found(await runCheck({ ...common, select: { kind: 'paths', paths: ['meetings/direktorgruppen/2026-03-12'] } }))).toEqual([]);
    const changed = await runCheck({ ...common, select: { kind: 'changed' } });
    expect(found(changed)).toEqual([`${NEW} ${PURPOSE}`]);
    expect(changed.result.checkedFiles).toEqual([NEW]);
    expect(changed.processes).toBeGreaterThan(0);
    // Nothing staged yet: the staged check ends at once, clean; staged broken, fixed in the working tree: the index counts.
    expect(found(await runCheck({ ...common, select: { kind: 'staged', env: {} } }))).toEqual([]);
    await execa('git', ['add', '--', NEW], { cwd: root, env: gitEnv() });
    await writeFile(join(root, NEW), GOOD);
    const staged = await runCheck({ ...common, select: { kind: 'staged', env: {} } });
    expect(found(staged)).toEqual([`${NEW} ${PURPOSE}`]);
    expect(staged.result.root).toBe(root);
    expect(found(await runCheck(common))).toEqual([]);
  });
});
