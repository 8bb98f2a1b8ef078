import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runInProcess } from './helpers/repo.js';

describe('etat demo', () => {
  it('builds a repository whose history makes paper-late, minutes/late and approved-changed fire for real', async () => {
    const parent = await makeTempDir();
    const built = await runInProcess(['demo', 'demo', '--lang', 'en'], { cwd: parent });
    expect(built).toExitWith(0);
    expect(built.stdout).toMatch(/^Built demo: the example repository with \d+ commits/);
    const dir = join(parent, 'demo');
    const log = (await execa('git', ['log', '--first-parent', '--format=%cs %s', 'main'], { cwd: dir })).stdout.split('\n');
    expect(log.length).toBeGreaterThan(40);
    expect(log.at(-1)).toBe('2025-11-01 Oppsett av styringsrepositoriet');
    expect(log).toContain('2026-06-09 Saksfremlegg 04-felles-kunnskapsbase.md'); // two days before its meeting

    const check = await runInProcess(['check', '--today', '2026-11-24', '--format', 'json', '--lang', 'en'], { cwd: dir });
    const findings = JSON.parse(check.stdout).findings as { ruleId: string; file: string; reason: string }[];
    expect(findings.filter((f) => f.ruleId === 'agenda/paper-late')).toEqual([
      expect.objectContaining({ file: 'meetings/direktorgruppen/2026-06-11/agenda.md', reason: expect.stringContaining('reached `main` on 2026-06-09') }),
    ]);
    expect(findings.filter((f) => f.ruleId === 'minutes/late')).toEqual([
      expect.objectContaining({ file: 'meetings/tverrgaende-ledergruppe/2026-04-15/minutes.md', reason: expect.stringContaining('on 2026-05-25, 40 days after the meeting') }),
    ]);
    expect(findings.filter((f) => f.ruleId === 'minutes/approved-changed').map((f) => f.file)).toEqual(['meetings/direktorgruppen/2026-06-11/minutes.md']);
    expect(findings.map((f) => f.ruleId)).not.toContain('git/history-unavailable');
    expect(findings.map((f) => f.ruleId)).not.toContain('agenda/late-notice');

    const diff = await runInProcess(['decisions', 'diff', 'main', '--lang', 'en'], { cwd: dir });
    expect(diff).toExitWith(0);
    expect(diff.stdout).toContain('1 changed');
    expect(diff.stdout).toContain('fra 1. [-september 2026-]{+januar 2027+}, og Bufdir');

    expect((await runInProcess(['demo', 'demo', '--lang', 'en'], { cwd: parent })).stderr).toContain('exists already');
  });
});
