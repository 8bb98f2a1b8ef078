import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../src/git/history.js';
import { commitAll, gitEnv } from './helpers/git.js';
import { makeRepo, makeTempDir, runInProcess } from './helpers/repo.js';

const CONFIG = `language: en
agencies:
  bufdir: { name: Bufdir }
  hdir: { name: Hdir }
fora:
  direktorgruppen:
    name: Direktørgruppen
    members: [bufdir, hdir]
    deadlines: { agenda_days: 7, papers_days: 7 }
`;
const PAPER = '# Sak\n\n## Anbefaling\n\nJa.\n\n## Forslag til vedtak\n\nVedtas.\n';
const agenda = (date: string) =>
  `---\ntype: agenda\nforum: direktorgruppen\ndate: ${date}\npurpose: Beslutte\nstatus: sent\nitems:\n  - { id: "1", title: Sak, kind: decide, owner: bufdir, papers: [papers/01-sak.md], proposal: Vedtas. }\n---\n`;

const git = (cwd: string, args: string[], date?: string) => execa('git', args, { cwd, env: gitEnv(date) });

/** A repository whose meeting on 2026-11-12 (papers deadline 2026-11-05) has its agenda committed on 2026-10-20. */
async function repoWithAgenda(): Promise<string> {
  const dir = await makeRepo({ 'etat.yml': CONFIG, 'meetings/direktorgruppen/2026-11-12/agenda.md': agenda('2026-11-12') });
  await git(dir, ['init', '--quiet', '-b', 'main']);
  await commitAll(dir, 'Saksliste', '2026-10-20T09:00:00+02:00');
  await mkdir(join(dir, 'meetings/direktorgruppen/2026-11-12/papers'));
  await writeFile(join(dir, 'meetings/direktorgruppen/2026-11-12/papers/01-sak.md'), PAPER);
  return dir;
}

const ruleIds = async (cwd: string, ...args: string[]) => {
  const result = await runInProcess(['check', '--format', 'json', '--today', '2026-11-24', ...args], { cwd });
  return (JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string; messageId: string; reason: string; hint: string; file: string }[] }).findings;
};

describe('reading history degrades loudly, never silently', () => {
  it('outside a git repository: one notice, and the other rules run', async () => {
    const cwd = await makeRepo({ 'etat.yml': CONFIG, 'meetings/direktorgruppen/2026-11-12/agenda.md': agenda('2026-11-12').replace('purpose: Beslutte', 'purpose: TBD') });
    const findings = await ruleIds(cwd);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['agenda/paper-missing', 'agenda/purpose-missing', 'git/history-unavailable']);
    expect(findings.find((f) => f.ruleId === 'git/history-unavailable')!.reason).toContain('This is not a git repository');
  });

  it('in a shallow clone: one notice that says how to fetch the history', async () => {
    const origin = await repoWithAgenda();
    await commitAll(origin, 'Saksfremlegg', '2026-11-10T09:00:00+01:00');
    const clone = join(await makeTempDir(), 'klone');
    await execa('git', ['clone', '--quiet', '--depth', '1', `file://${origin}`, clone]);
    const findings = await ruleIds(clone);
    expect(findings.map((f) => f.ruleId)).toEqual(['git/history-unavailable']);
    expect(findings[0]!.reason).toContain('shallow clone');
    expect(findings[0]!.hint).toContain('fetch-depth: 0');
    expect(findings[0]!.hint).toContain('GIT_DEPTH: 0');
    // The same clone, unshallowed, proves the paper late.
    await execa('git', ['fetch', '--quiet', '--unshallow'], { cwd: clone });
    expect((await ruleIds(clone)).map((f) => f.ruleId)).toEqual(['agenda/paper-late']);
  });

  it('with a base revision that is not there: a notice, and the other history rules still run', async () => {
    const dir = await repoWithAgenda();
    await commitAll(dir, 'Saksfremlegg', '2026-11-01T09:00:00+01:00');
    const findings = await ruleIds(dir, '--base', 'origin/ikke-her');
    expect(findings.map((f) => f.ruleId)).toEqual(['git/history-unavailable']);
    expect(findings[0]!.reason).toContain('`origin/ikke-her` is not in this clone');
  });
});

describe('when a paper counts as available', () => {
  it('an uncommitted paper is not available: late once the deadline has passed', async () => {
    const dir = await repoWithAgenda();
    expect((await ruleIds(dir)).map((f) => f.reason)).toEqual([expect.stringContaining('is not committed, and the deadline 2026-11-05 has passed')]);
  });

  it('a paper only on the branch being checked counts from its own commit', async () => {
    const dir = await repoWithAgenda();
    await git(dir, ['checkout', '--quiet', '-b', 'sak']);
    await commitAll(dir, 'Saksfremlegg', '2026-11-03T09:00:00+01:00');
    // On time, but only on this branch: a notice that the date counts once main takes it, never an error.
    expect((await ruleIds(dir)).map((f) => [f.ruleId, f.severity, f.messageId])).toEqual([['agenda/paper-late', 'notice', 'branchOnly']]);
  });

  it('the branch-only notice shows where a reviewer looks: --changed, in the terminal and as a GitHub notice', async () => {
    const dir = await repoWithAgenda();
    await git(dir, ['checkout', '--quiet', '-b', 'sak']);
    await commitAll(dir, 'Saksfremlegg', '2026-11-03T09:00:00+01:00');
    const pretty = await runInProcess(['check', '--changed', '--today', '2026-11-24', '--format', 'pretty'], { cwd: dir });
    expect(pretty).toExitWith(0);
    expect(pretty.stdout).toContain('counts as available from 2026-11-03, the date of its commit on this branch');
    const github = await runInProcess(['check', '--changed', '--today', '2026-11-24', '--format', 'github'], { cwd: dir });
    expect(github.stdout).toMatch(/^::notice file=meetings\/direktorgruppen\/2026-11-12\/agenda\.md,line=8,/m);
  });

  it('a rebase gives a branch new committer dates, and a paper on time can become late', async () => {
    const dir = await repoWithAgenda();
    await git(dir, ['checkout', '--quiet', '-b', 'sak']);
    await commitAll(dir, 'Saksfremlegg', '2026-11-03T09:00:00+01:00');
    await git(dir, ['checkout', '--quiet', 'main']);
    await writeFile(join(dir, 'README.md'), 'Styring\n');
    await commitAll(dir, 'Les meg', '2026-11-08T09:00:00+01:00');
    await git(dir, ['checkout', '--quiet', 'sak']);
    // The rebase rewrites the paper's commit at its (committer) time: 2026-11-09.
    await execa('git', ['-c', 'commit.gpgsign=false', 'rebase', '--quiet', 'main'], { cwd: dir, env: gitEnv('2026-11-09T09:00:00+01:00') });
    const findings = await ruleIds(dir);
    expect(findings.map((f) => f.reason)).toEqual([expect.stringContaining('was committed on 2026-11-09, on this branch only, after the deadline 2026-11-05')]);
  });

  it('works for a governance repository in a folder of a larger git repository', async () => {
    const outer = await makeTempDir();
    const dir = join(outer, 'styring');
    await mkdir(join(dir, 'meetings/direktorgruppen/2026-11-12/papers'), { recursive: true });
    await writeFile(join(dir, 'etat.yml'), CONFIG);
    await writeFile(join(dir, 'meetings/direktorgruppen/2026-11-12/agenda.md'), agenda('2026-11-12'));
    await writeFile(join(dir, 'meetings/direktorgruppen/2026-11-12/papers/01-sak.md'), PAPER);
    await git(outer, ['init', '--quiet', '-b', 'main']);
    await commitAll(outer, 'Alt', '2026-11-07T09:00:00+01:00');
    expect((await ruleIds(dir)).map((f) => f.reason)).toEqual([
      expect.stringContaining('The agenda reached `status: sent` on 2026-11-07'),
      expect.stringContaining('reached `main` on 2026-11-07'),
    ]);
  });
});

describe("deadlines are counted in the repository's timezone", () => {
  const MINUTES = `---\ntype: minutes\nforum: direktorgruppen\ndate: 2026-11-12\nstatus: draft\npresent: [bufdir, hdir]\nabsent: []\nitems:\n  - { id: "1", outcome: decided, decision: Vedtas., consensus: true }\n---\n`;

  /**
   * The meeting on 2026-11-12: the invitation, the paper (both due by
   * 2026-11-05) and the minutes (due by 2026-11-26) each committed at 23:30 UTC
   * on their last day — already the next day in Oslo, still that day in UTC
   * and in New York.
   */
  async function lastMinute(): Promise<string> {
    const dir = await makeRepo({
      'etat.yml': CONFIG.replace('papers_days: 7 }', 'papers_days: 7, minutes_days: 14 }'),
      'meetings/direktorgruppen/2026-11-12/agenda.md': agenda('2026-11-12').replace('status: sent', 'status: draft'),
    });
    await git(dir, ['init', '--quiet', '-b', 'main']);
    await commitAll(dir, 'Utkast til saksliste', '2026-10-20T09:00:00+02:00');
    await writeFile(join(dir, 'meetings/direktorgruppen/2026-11-12/agenda.md'), agenda('2026-11-12'));
    await mkdir(join(dir, 'meetings/direktorgruppen/2026-11-12/papers'));
    await writeFile(join(dir, 'meetings/direktorgruppen/2026-11-12/papers/01-sak.md'), PAPER);
    await commitAll(dir, 'Innkalling og saksfremlegg', '2026-11-05T23:30:00Z');
    await writeFile(join(dir, 'meetings/direktorgruppen/2026-11-12/minutes.md'), MINUTES);
    await commitAll(dir, 'Referat', '2026-11-26T23:30:00Z');
    return dir;
  }
  const inZone = async (dir: string, zone: string | undefined) => {
    const config = CONFIG.replace('papers_days: 7 }', 'papers_days: 7, minutes_days: 14 }');
    await writeFile(join(dir, 'etat.yml'), zone === undefined ? config : `timezone: ${zone}\n${config}`);
    return (await ruleIds(dir)).map((f) => `${f.ruleId} ${f.messageId}`);
  };

  it('in Europe/Oslo, the default, 23:30 UTC on the last day is a day late, for every deadline rule', async () => {
    const dir = await lastMinute();
    const late = ['agenda/late-notice late', 'agenda/paper-late late', 'minutes/late late'];
    expect(await inZone(dir, undefined)).toEqual(late);
    expect(await inZone(dir, 'Europe/Oslo')).toEqual(late);
    const reasons = (await ruleIds(dir)).map((f) => f.reason);
    expect(reasons).toEqual([
      expect.stringContaining('on 2026-11-06, after the notice deadline 2026-11-05'),
      expect.stringContaining('reached `main` on 2026-11-06, after the deadline 2026-11-05'),
      expect.stringContaining('on 2026-11-27, 15 days after the meeting on 2026-11-12: they were due within 14 days, by 2026-11-26, and came 1 day late.'),
    ]);
  });

  it.each([['UTC'], ['Etc/UTC'], ['America/New_York']])('in %s, the same commits are on time', async (zone) => {
    expect(await inZone(await lastMinute(), zone)).toEqual([]);
  });
});

describe('one history pass', () => {
  it('spawns the same number of git processes for 3 meetings as for 60', async () => {
    const processes: number[] = [];
    for (const count of [3, 60]) {
      const files: Record<string, string> = { 'etat.yml': CONFIG };
      for (let i = 0; i < count; i++) {
        const date = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`;
        files[`meetings/direktorgruppen/${date}/agenda.md`] = agenda(date);
        files[`meetings/direktorgruppen/${date}/papers/01-sak.md`] = PAPER;
      }
      const dir = await makeRepo(files);
      await git(dir, ['init', '--quiet', '-b', 'main']);
      await commitAll(dir, 'Alt', '2026-01-01T09:00:00+01:00');
      await writeFile(join(dir, 'endring.md'), 'x');
      const agendas = Object.keys(files).filter((p) => p.endsWith('agenda.md'));
      const history = await readHistory({ root: dir, defaultBranch: 'main', agendas });
      expect(history.problems).toEqual([]);
      expect(history.sentAt(agendas[0]!)?.onDefaultBranch).toBe(true);
      processes.push(history.processes);
    }
    expect(processes[0]).toBe(processes[1]);
    expect(processes[0]).toBeLessThanOrEqual(9);
  });
});

describe('etat check --changed', () => {
  const inform = (date: string, purpose: string, caseId = '') =>
    `---\ntype: agenda\nforum: direktorgruppen\ndate: ${date}\npurpose: ${purpose}\nstatus: draft\nitems:\n  - { id: "1", title: Sak, kind: inform${caseId ? `, case: ${caseId}` : ''} }\n---\n`;

  it('checks only the meetings the change touched, and those naming a changed case', async () => {
    const dir = await makeRepo({
      'etat.yml': CONFIG,
      'meetings/direktorgruppen/2027-01-10/agenda.md': inform('2027-01-10', 'TBD'), // an old defect on main
      'meetings/direktorgruppen/2027-02-10/agenda.md': inform('2027-02-10', 'Orientere'),
      'meetings/direktorgruppen/2027-03-10/agenda.md': inform('2027-03-10', 'Orientere', 'ES-1'),
      'cases/ES-1.md': '---\ntype: case\nid: ES-1\ntitle: Sak\n---\n',
    });
    await git(dir, ['init', '--quiet', '-b', 'main']);
    await commitAll(dir, 'Start', '2026-11-01T09:00:00+01:00');
    await git(dir, ['checkout', '--quiet', '-b', 'endring']);
    await writeFile(join(dir, 'meetings/direktorgruppen/2027-02-10/agenda.md'), inform('2027-02-10', 'TBD'));
    const files = (findings: { file: string }[]) => [...new Set(findings.map((f) => f.file))].sort();

    expect(files(await ruleIds(dir))).toEqual(['meetings/direktorgruppen/2027-01-10/agenda.md', 'meetings/direktorgruppen/2027-02-10/agenda.md']);
    expect(files(await ruleIds(dir, '--changed'))).toEqual(['meetings/direktorgruppen/2027-02-10/agenda.md']);

    // A changed case brings in the meeting whose agenda names it, and the case file itself.
    await writeFile(join(dir, 'cases/ES-1.md'), '---\ntype: case\nid: ES-1\ntitle: Sak\nstatus: lukket\n---\n');
    const changed = await ruleIds(dir, '--changed');
    expect(files(changed)).toEqual(['cases/ES-1.md', 'meetings/direktorgruppen/2027-02-10/agenda.md']);
    const result = await runInProcess(['check', '--changed', '--today', '2026-11-24', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).summary.filesChecked).toBe(3); // 2027-02-10, 2027-03-10 and the case; 2027-01-10 is read, not checked
  });
});

describe('etat check --changed and carried items', () => {
  it('reads the history of papers kept in an earlier meeting\'s folder', async () => {
    const dir = await repoWithAgenda();
    await commitAll(dir, 'Saksfremlegg', '2026-11-01T09:00:00+01:00');
    await git(dir, ['checkout', '--quiet', '-b', 'neste']);
    // The next meeting carries the item: its paper stays where it was, on time for this meeting too.
    const next = agenda('2026-12-10').replace('papers/01-sak.md', '../2026-11-12/papers/01-sak.md');
    await mkdir(join(dir, 'meetings/direktorgruppen/2026-12-10'));
    await writeFile(join(dir, 'meetings/direktorgruppen/2026-12-10/agenda.md'), next.replace('status: sent', 'status: draft'));
    expect(await ruleIds(dir, '--changed')).toEqual([]);
  });
});

describe('reading status from an old version', () => {
  it('reads a plain status line without parsing, and anything else by parsing', async () => {
    const { statusOf } = await import('../src/git/raw.js');
    const fm = (body: string) => `---\n${body}\n---\ntekst\nstatus: ikke-dette\n`;
    expect(statusOf('a.md', fm('type: agenda\nstatus: sent   # sendt'))).toBe('sent');
    expect(statusOf('a.md', fm("status: 'sent'"))).toBe('sent');
    expect(statusOf('a.md', fm('purpose: |\n  status: sent\nstatus: draft'))).toBe('draft');
    expect(statusOf('a.md', fm('{ type: agenda, status: sent }'))).toBe('sent');
    expect(statusOf('a.md', fm('items: []'))).toBeUndefined();
    expect(statusOf('a.md', undefined)).toBeUndefined();
  });
});
