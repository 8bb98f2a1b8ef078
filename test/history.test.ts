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

  it('on the tip of the default branch, reads no log of commits only on this branch and needs no merge-base', async () => {
    const dir = await repoWithAgenda();
    await commitAll(dir, 'Saksfremlegg', '2026-11-10T09:00:00+01:00');
    const agendas = ['meetings/direktorgruppen/2026-11-12/agenda.md'];
    const paper = 'meetings/direktorgruppen/2026-11-12/papers/01-sak.md';
    const onMain = await readHistory({ root: dir, defaultBranch: 'main', agendas });
    const head = (await git(dir, ['rev-parse', 'HEAD'])).stdout.trim();
    expect(onMain.base).toBe(head);
    expect(onMain.sentAt(agendas[0]!)?.onDefaultBranch).toBe(true);
    expect(onMain.availableAt(paper)?.onDefaultBranch).toBe(true);
    // On a branch one commit ahead: the same answers, and the two processes more.
    await git(dir, ['checkout', '--quiet', '-b', 'sak']);
    await writeFile(join(dir, 'endring.md'), 'x');
    await commitAll(dir, 'Endring', '2026-11-11T09:00:00+01:00');
    const onBranch = await readHistory({ root: dir, defaultBranch: 'main', agendas });
    expect(onBranch.base).toBe(head);
    expect(onBranch.sentAt(agendas[0]!)).toEqual(onMain.sentAt(agendas[0]!));
    expect(onBranch.availableAt(paper)).toEqual(onMain.availableAt(paper));
    expect(onBranch.availableAt('endring.md')?.onDefaultBranch).toBe(false);
    expect(onBranch.processes).toBe(onMain.processes + 2);
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

describe('long agenda histories', () => {
  /** Commits written by one `git fast-import` (many commits, two processes), then checked out. */
  async function importCommits(dir: string, branch: string, commits: { message: string; time: number; files: Record<string, string | null> }[], from?: string) {
    const blocks = commits.map(({ message, time, files }, i) => {
      const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
      const start = i === 0 && from ? `from ${from}\n` : '';
      const changes = Object.entries(files).map(([path, text]) => (text === null ? `D ${path}\n` : `M 100644 inline ${path}\n${data(text)}`));
      return `commit refs/heads/${branch}\ncommitter Sekretariatet <s@example.org> ${time} +0000\n${data(message)}${start}${changes.join('')}`;
    });
    await execa('git', ['fast-import', '--quiet'], { cwd: dir, input: blocks.join('') });
  }

  /** The first version with `status: sent`, read the slow way: every version of the file, one `git show` each. */
  async function firstSentSlowly(dir: string, path: string) {
    const { statusOf } = await import('../src/git/raw.js');
    const logOf = async (onDefaultBranch: boolean, ...range: string[]) =>
      (await git(dir, ['log', '--first-parent', '--reverse', '--diff-filter=ACMRTUXB', '--format=%H %ct', ...range, '--', path])).stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => ({ sha: line.split(' ')[0]!, time: Number(line.split(' ')[1]), onDefaultBranch }));
    for (const commit of [...(await logOf(true, 'main')), ...(await logOf(false, 'HEAD', '--not', 'main'))]) {
      const text = Buffer.from((await execa('git', ['show', `${commit.sha}:${path}`], { cwd: dir, encoding: 'buffer' })).stdout).toString('utf8');
      if (statusOf(path, text) === 'sent') return commit;
    }
    return undefined;
  }

  it('finds the first status: sent of agendas revised many times, as reading every version would', async () => {
    const dir = await makeTempDir();
    await git(dir, ['init', '--quiet', '-b', 'main']);
    const path = (date: string) => `meetings/direktorgruppen/${date}/agenda.md`;
    const version = (date: string, status: string, k: number) => agenda(date).replace('status: sent', status).replace('purpose: Beslutte', `purpose: Beslutte (utkast ${k})`);
    const A = '2026-11-12';
    const B = '2026-11-19';
    const C = '2026-11-26';
    const D = '2026-12-03';
    const commits: { message: string; time: number; files: Record<string, string> }[] = [];
    const start = Date.parse('2026-09-01T09:00:00Z') / 1000;
    for (let k = 1; k <= 40; k++) {
      const files: Record<string, string> = {};
      // A: a draft, sent at revision 20 (past the first reads asked ahead), a draft again, sent again at 25, back to
      // revision 3's very text at 26, then sent to the end.
      files[path(A)] = k === 26 ? version(A, 'status: draft', 3) : version(A, k === 20 || k === 25 || k > 26 ? 'status: sent' : 'status: draft', k);
      // B: every other revision, a flow mapping at 10 (read by parsing), sent at 30 in quotes with a comment.
      if (k % 2 === 0) files[path(B)] = k === 10 ? `---\n{ type: agenda, status: draft }\n---\n` : version(B, k >= 30 ? `status: "sent"  # sendt` : 'status: draft', k);
      // C: never sent.
      if (k <= 20) files[path(C)] = version(C, 'status: draft', k);
      // D: a draft on the default branch.
      if (k === 1) files[path(D)] = version(D, 'status: draft', k);
      commits.push({ message: `Revisjon ${k}`, time: start + k * 3600, files });
    }
    await importCommits(dir, 'main', commits);
    // D is sent on a branch only.
    await importCommits(dir, 'sak', [{ message: 'Sendt D', time: start + 50 * 3600, files: { [path(D)]: version(D, 'status: sent', 2) } }], 'main');
    await git(dir, ['checkout', '--quiet', '-f', 'sak']);

    const agendas = [A, B, C, D].map(path);
    const history = await readHistory({ root: dir, defaultBranch: 'main', agendas });
    expect(history.problems).toEqual([]);
    const subject = async (sha: string | undefined) => (sha ? (await git(dir, ['log', '-1', '--format=%s', sha])).stdout : undefined);
    expect(await Promise.all(agendas.map((p) => subject(history.sentAt(p)?.sha)))).toEqual(['Revisjon 20', 'Revisjon 30', undefined, 'Sendt D']);
    for (const p of agendas) expect(history.sentAt(p), p).toEqual(await firstSentSlowly(dir, p));
    expect(await Promise.all(agendas.map((p) => subject(history.availableAt(p)?.sha)))).toEqual(['Revisjon 1', 'Revisjon 2', 'Revisjon 1', 'Revisjon 1']);
    expect(history.sentAt(path(D))?.onDefaultBranch).toBe(false);
    // Named through the promise of them (as a check does while it loads): the same.
    const later = await readHistory({ root: dir, defaultBranch: 'main', agendas: Promise.resolve(agendas) });
    expect(agendas.map((p) => later.sentAt(p))).toEqual(agendas.map((p) => history.sentAt(p)));
  });
  it('reads every version whose status may have changed, however the front matter changes around its status line', async () => {
    const dir = await makeTempDir();
    await git(dir, ['init', '--quiet', '-b', 'main']);
    const fm = (lines: string, body = 'Tekst.\n') => `---\ntype: agenda\n${lines}---\n${body}`;
    // Each agenda's texts in order; `null` deletes it. Every one is compared with reading every version.
    const histories: Record<string, (string | null)[]> = {
      'junk before the opening line': [fm('status: draft\n'), `Notat\n${fm('status: draft\n')}`, `Notat\n${fm('status: draft\npurpose: x\n')}`, fm('status: draft\npurpose: x\n'), fm('status: sent\n')],
      'a flow mapping': [fm('status: draft\n'), '---\n{ type: agenda, status: sent }\n---\n', fm('status: draft\n')],
      'a byte order mark': [fm('status: draft\n'), `\uFEFF${fm('status: draft\n')}`, `\uFEFF${fm('status: sent\n')}`],
      'the closing line gone and back': [fm('status: draft\n'), '---\nstatus: draft\nTekst.\n', '---\nstatus: draft\nTekst.\nstatus: sent\n', '---\nstatus: draft\n---\nstatus: sent\n', fm('status: sent\n')],
      'a key the plain reading does not see': [fm('status: draft\n'), fm('status: draft\nstatus : sent\n'), fm('status : sent\n'), fm('status : sent\npurpose: y\n')],
      'a line separator': [fm('status: draft\n'), fm('status: draft\npurpose: a\u2028[b]\n'), fm('status: draft\npurpose: c\u2028[b]\n'), fm('status: sent\n')],
      'deleted and added again': [fm('status: draft\n'), null, fm('status: sent\n')],
      'sent in the body only': [fm('status: draft\n'), fm('status: draft\n', 'status: sent\n'), fm('status: draft\n', 'status: sent\nmer\n')],
      'carriage returns': [fm('status: draft\r\n'), fm('status: draft\r\npurpose: z\r\n'), fm('status: "sent"\r\n')],
    };
    const paths = Object.keys(histories).map((_, i) => `meetings/direktorgruppen/2026-10-${String(i + 10).padStart(2, '0')}/agenda.md`);
    const longest = Math.max(...Object.values(histories).map((texts) => texts.length));
    const commits: { message: string; time: number; files: Record<string, string | null> }[] = [];
    for (let k = 0; k < longest; k++) {
      const files: Record<string, string | null> = {};
      Object.values(histories).forEach((texts, i) => {
        if (k < texts.length) files[paths[i]!] = texts[k]!;
      });
      commits.push({ message: `Revisjon ${k + 1}`, time: Date.parse('2026-09-01T09:00:00Z') / 1000 + k * 3600, files });
    }
    await importCommits(dir, 'main', commits);
    await git(dir, ['checkout', '--quiet', '-f', 'main']);
    // Named one by one (as `--changed` does), and as every agenda of the repository (as a full check does).
    for (const agendas of [paths, Promise.resolve(paths)]) {
      const history = await readHistory({ root: dir, defaultBranch: 'main', agendas });
      for (const path of paths) expect(history.sentAt(path), path).toEqual(await firstSentSlowly(dir, path));
    }
    const sentIn = async (path: string) => {
      const sent = await firstSentSlowly(dir, path);
      return sent && (await git(dir, ['log', '-1', '--format=%s', sent.sha])).stdout;
    };
    expect(await Promise.all(paths.map(sentIn))).toEqual(['Revisjon 5', 'Revisjon 2', 'Revisjon 3', 'Revisjon 5', 'Revisjon 3', 'Revisjon 4', 'Revisjon 3', undefined, 'Revisjon 3']);
  });
});

describe('reading status from an old version\'s bytes', () => {
  it('gives what reading its UTF-8 text gives, whatever the bytes hold', async () => {
    const { statusOf, statusOfBytes } = await import('../src/git/raw.js');
    const bom = [[], [0xef, 0xbb, 0xbf]];
    const openings = ['---\n', '---  \r\n', '--- x\n', ''];
    const befores = ['', 'type: agenda\n', 'purpose: Møte om økonomi – «neste år»\n', 'purpose: a\u2028status: sent\n', '[x]\n', 'tittel: ugyldig \xff\xfe\n', '{ type: agenda, status: sent }\n'];
    const statuses = ['status: sent\n', "status: 'sent'  # sendt ø\n", 'status: sent # a\u2029b\n', 'status: draft\r\n', 'status: sent\u2028\n', 'status:\n', ''];
    const afters = ['', 'status: draft\n', 'items: []\n'];
    const closings = ['---\n', '...\n', '--- \r\n', '---', '---x\n', ''];
    const bodies = ['', 'status: sent\n', 'Tekst med æøå.\n---\nstatus: sent\n'];
    let compared = 0;
    let plain = 0;
    for (const b of bom)
      for (const opening of openings)
        for (const before of befores)
          for (const status of statuses)
            for (const after of afters)
              for (const closing of closings)
                for (const body of bodies) {
                  // Strings with \xff and \xfe stand for those bytes (invalid UTF-8), everything else is UTF-8.
                  const parts = [opening, before, status, after, closing, body].map((part) =>
                    /[\xfe\xff]/.test(part) ? Buffer.from(part, 'latin1') : Buffer.from(part, 'utf8'),
                  );
                  const bytes = Buffer.concat([Buffer.from(b), ...parts]);
                  const expected = statusOf('a.md', bytes.toString('utf8'));
                  expect(statusOfBytes('a.md', bytes), JSON.stringify(bytes.toString('latin1'))).toEqual(expected);
                  compared++;
                  if (expected === 'sent') plain++;
                }
    expect(compared).toBe(2 * 4 * 7 * 7 * 3 * 6 * 3);
    expect(plain).toBeGreaterThan(100);
    expect(statusOfBytes('a.md', undefined)).toBeUndefined();
  });
});
