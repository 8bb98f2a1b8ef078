import { describe, expect, it } from 'vitest';
import type { CaseReport, CasesReport } from '../src/registers/cases/data.js';
import { makeRepo, runInProcess } from './helpers/repo.js';

/**
 * A repository of three fora and four cases, worked out by hand:
 *
 * - ES-2026-001 (open, bufdir) travels between two fora with a referral and back:
 *   ledergruppen/2026-02-10#2 discussed (0 referrals), ledergruppen/2026-03-10#1
 *   referred to direktorgruppen (1), direktorgruppen/2026-04-14#1 referred back (2),
 *   ledergruppen/2026-05-12#1 decided (0); sekretariatet/2026-06-01 named it but was
 *   cancelled. Held meetings: 4; last movement ledergruppen/2026-05-12 #1.
 * - ES-2026-002 (closed, hdir) is on no agenda: `case/unused`.
 * - ES-2026-003 (open, udir) goes round A → B → A → B → A: referred at
 *   direktorgruppen/2026-01-20, ledergruppen/2026-02-10, direktorgruppen/2026-03-03
 *   (the third: past `max_referrals: 2`, the one `case/ping-pong` finding),
 *   ledergruppen/2026-03-10, direktorgruppen/2026-04-14 (5), then on the agenda of
 *   direktorgruppen/2026-12-03, which has no minutes yet: still 5.
 * - ES-2025-003 has no file (a wrong year for ES-2026-003): `case/unknown` at
 *   direktorgruppen/2026-04-14#2.
 */
const CONFIG = `language: en
agencies:
  bufdir: { name: Bufdir }
  hdir: { name: Helsedirektoratet }
  udir: { name: Utdanningsdirektoratet }
fora:
  direktorgruppen: { name: Direktørgruppen, members: [bufdir, hdir, udir] }
  ledergruppen: { name: Tverrgående ledergruppe, members: [bufdir, hdir, udir] }
  sekretariatet: { name: Sekretariatet, members: [bufdir, hdir, udir] }
cases:
  max_referrals: 2
`;

const caseFile = (id: string, title: string, owner: string, status: string) =>
  `---\ntype: case\nid: ${id}\ntitle: ${title}\nowner: ${owner}\nstatus: ${status}\n---\nBakgrunn.\n`;

interface Item {
  id: string;
  case: string;
  title?: string;
  kind?: string;
  papers?: string;
  proposal?: string;
  /** The minutes item's lines, without the id; none: no record. */
  outcome?: string;
}

function meeting(forum: string, date: string, items: Item[], options: { minutes?: boolean; status?: string } = {}): Record<string, string> {
  const dir = `meetings/${forum}/${date}`;
  const agendaItems = items
    .map((i) =>
      [
        `  - id: "${i.id}"`,
        `    title: ${i.title ?? `Sak ${i.id}`}`,
        `    kind: ${i.kind ?? 'discuss'}`,
        '    owner: bufdir',
        `    case: ${i.case}`,
        ...(i.papers ? [`    papers: [${i.papers}]`] : []),
        ...(i.proposal ? [`    proposal: ${i.proposal}`] : []),
      ].join('\n'),
    )
    .join('\n');
  const files: Record<string, string> = {
    [`${dir}/agenda.md`]: `---\ntype: agenda\nforum: ${forum}\ndate: ${date}\npurpose: Behandle sakene\nstatus: ${options.status ?? 'sent'}\nitems:\n${agendaItems}\n---\n`,
  };
  if (options.minutes !== false) {
    const recorded = items.filter((i) => i.outcome !== undefined).map((i) => `  - id: "${i.id}"\n${i.outcome}`);
    files[`${dir}/minutes.md`] = `---\ntype: minutes\nforum: ${forum}\ndate: ${date}\nstatus: draft\npresent: [bufdir, hdir, udir]\nabsent: []\nitems:\n${recorded.join('\n')}\n---\n`;
  }
  return files;
}

const referred = (to: string) => `    outcome: referred\n    referred_to: ${to}`;
const D = 'direktorgruppen';
const L = 'ledergruppen';

const FILES: Record<string, string> = {
  'etat.yml': CONFIG,
  'cases/ES-2026-001.md': caseFile('ES-2026-001', 'Felles digital søknadsløsning', 'bufdir', 'open'),
  'cases/ES-2026-002.md': caseFile('ES-2026-002', 'Felles høringssvar', 'hdir', 'closed'),
  'cases/ES-2026-003.md': caseFile('ES-2026-003', 'Deling av data', 'udir', 'open'),
  ...meeting(D, '2026-01-20', [{ id: '1', case: 'ES-2026-003', outcome: referred(L) }]),
  ...meeting(L, '2026-02-10', [
    { id: '1', case: 'ES-2026-003', outcome: referred(D) },
    { id: '2', case: 'ES-2026-001', title: 'Søknadsløsning – første utkast', outcome: '    outcome: discussed' },
  ]),
  ...meeting(D, '2026-03-03', [{ id: '1', case: 'ES-2026-003', outcome: referred(L) }]),
  ...meeting(L, '2026-03-10', [
    { id: '1', case: 'ES-2026-001', kind: 'decide', papers: 'papers/01-sak.md', proposal: 'Ledergruppen vedtar løsningen.', outcome: referred(D) },
    { id: '2', case: 'ES-2026-003', outcome: referred(D) },
  ]),
  ...meeting(D, '2026-04-14', [
    { id: '1', case: 'ES-2026-001', outcome: referred(L) },
    { id: '2', case: 'ES-2025-003', outcome: '    outcome: discussed' },
    { id: '3', case: 'ES-2026-003', outcome: referred(L) },
  ]),
  ...meeting(L, '2026-05-12', [
    { id: '1', case: 'ES-2026-001', kind: 'decide', proposal: 'Ledergruppen vedtar løsningen.', outcome: '    outcome: decided\n    decision: Ledergruppen vedtok løsningen.' },
  ]),
  ...meeting('sekretariatet', '2026-06-01', [{ id: '1', case: 'ES-2026-001' }], { minutes: false, status: 'cancelled' }),
  ...meeting(D, '2026-12-03', [{ id: '1', case: 'ES-2026-003' }], { minutes: false, status: 'draft' }),
  'meetings/ledergruppen/2026-03-10/papers/01-sak.md': '# Søknadsløsning\n',
};

async function cases(cwd: string, ...args: string[]): Promise<CasesReport> {
  const ran = await runInProcess(['cases', '--format', 'json', ...args], { cwd });
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  return JSON.parse(ran.stdout) as CasesReport;
}

async function show(cwd: string, id: string): Promise<CaseReport> {
  const ran = await runInProcess(['case', 'show', id, '--format', 'json'], { cwd });
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  return JSON.parse(ran.stdout) as CaseReport;
}

describe('etat cases', () => {
  it('lists every case with its owner, status, last movement and referrals without a decision', async () => {
    const cwd = await makeRepo(FILES);
    const report = await cases(cwd);
    expect(report).toMatchObject({ format: 'etat-cases', version: 1, maxReferrals: 2 });
    expect(report.summary).toEqual({ cases: 4, open: 2, closed: 1, withoutFile: 1 });
    expect(report.cases.map((c) => [c.id, c.owner, c.status, c.meetings, c.lastMovement?.meeting ?? null, c.lastMovement?.outcome ?? null, c.referrals])).toEqual([
      ['ES-2025-003', null, null, 1, 'direktorgruppen/2026-04-14', 'discussed', 0],
      ['ES-2026-001', 'bufdir', 'open', 4, 'ledergruppen/2026-05-12', 'decided', 0],
      ['ES-2026-002', 'hdir', 'closed', 0, null, null, 0],
      ['ES-2026-003', 'udir', 'open', 6, 'direktorgruppen/2026-12-03', null, 5],
    ]);
    // The cancelled meeting of sekretariatet moved nothing.
    expect(report.cases[1]!.fora).toEqual(['ledergruppen', 'direktorgruppen']);
    expect(report.unknown).toEqual([{ case: 'ES-2025-003', meeting: 'direktorgruppen/2026-04-14', item: '2', path: 'meetings/direktorgruppen/2026-04-14/agenda.md', suggestion: 'ES-2026-003' }]);
    expect(report.unused).toEqual([{ case: 'ES-2026-002', path: 'cases/ES-2026-002.md' }]);
  });

  it('filters by status and forum; the summary counts what the forum filter keeps', async () => {
    const cwd = await makeRepo(FILES);
    const ids = async (...args: string[]) => (await cases(cwd, ...args)).cases.map((c) => c.id);
    expect(await ids('--status', 'open')).toEqual(['ES-2026-001', 'ES-2026-003']);
    expect(await ids('--status', 'closed')).toEqual(['ES-2026-002']);
    expect(await ids('--forum', 'ledergruppen')).toEqual(['ES-2026-001', 'ES-2026-003']);
    expect(await ids('--forum', 'direktorgruppen')).toEqual(['ES-2025-003', 'ES-2026-001', 'ES-2026-003']);
    expect(await ids('--forum', 'sekretariatet')).toEqual([]);
    expect((await cases(cwd, '--forum', 'ledergruppen', '--status', 'closed')).summary).toEqual({ cases: 2, open: 2, closed: 0, withoutFile: 0 });
  });

  it('writes a table, Markdown and CSV', async () => {
    const cwd = await makeRepo(FILES);
    const csv = await runInProcess(['cases', '--format', 'csv'], { cwd });
    expect(csv.stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.stdout.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('Case,Title,Owner,Status,Meetings,Last movement,Referrals');
    expect(lines[1]).toBe('ES-2025-003,,,no case file,1,direktorgruppen/2026-04-14 #2 (discussed),0');
    expect(lines[2]).toBe('ES-2026-001,Felles digital søknadsløsning,bufdir,open,4,ledergruppen/2026-05-12 #1 (decided),0');
    const table = await runInProcess(['cases', '--lang', 'nb'], { cwd });
    expect(table.stdout.split('\n')[0]).toMatch(/^Sak +Tittel +Ansvarlig +Status +Møter +Siste behandling +Henvisninger$/);
    expect(table.stdout).toContain('ledergruppen/2026-05-12 #1 (vedtatt)');
    const markdown = await runInProcess(['cases', '--format', 'markdown', '--status', 'closed'], { cwd });
    expect(markdown.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(markdown.stdout).toContain('| ES-2026-002 | Felles høringssvar');
  });

  it('says which forum there is, for one that is not', async () => {
    const cwd = await makeRepo(FILES);
    const ran = await runInProcess(['cases', '--forum', 'ledergrupen'], { cwd });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('`ledergruppen`');
  });
});

describe('etat case show', () => {
  it("prints a case's path through meetings and fora, in the order they were held", async () => {
    const cwd = await makeRepo(FILES);
    const report = await show(cwd, 'ES-2026-001');
    expect(report.case).toEqual({ id: 'ES-2026-001', title: 'Felles digital søknadsløsning', owner: 'bufdir', status: 'open', origin: null, file: 'cases/ES-2026-001.md' });
    expect(report.referrals).toBe(0);
    expect(report.lastMovement).toEqual({ meeting: 'ledergruppen/2026-05-12', forum: 'ledergruppen', date: '2026-05-12', item: '1', outcome: 'decided' });
    expect(report.path.map((s) => [s.meeting, s.item, s.kind, s.minutes, s.outcome, s.referredTo, s.referrals, s.cancelled])).toEqual([
      ['ledergruppen/2026-02-10', '2', 'discuss', 'draft', 'discussed', null, 0, false],
      ['ledergruppen/2026-03-10', '1', 'decide', 'draft', 'referred', 'direktorgruppen', 1, false],
      ['direktorgruppen/2026-04-14', '1', 'discuss', 'draft', 'referred', 'ledergruppen', 2, false],
      ['ledergruppen/2026-05-12', '1', 'decide', 'draft', 'decided', null, 0, false],
      ['sekretariatet/2026-06-01', '1', 'discuss', 'none', null, null, 0, true],
    ]);
    expect(report.path[1]).toMatchObject({
      forumName: 'Tverrgående ledergruppe',
      papers: ['meetings/ledergruppen/2026-03-10/papers/01-sak.md'],
      proposal: 'Ledergruppen vedtar løsningen.',
    });
    expect(report.path[3]!.decision).toBe('Ledergruppen vedtok løsningen.');
  });

  it('counts a cycle of referrals one at a time, and keeps the count over a meeting with no minutes yet', async () => {
    const cwd = await makeRepo(FILES);
    const report = await show(cwd, 'ES-2026-003');
    expect(report.path.map((s) => s.referrals)).toEqual([1, 2, 3, 4, 5, 5]);
    expect(report.path.map((s) => s.forum)).toEqual([D, L, D, L, D, D]);
    expect(report.path.at(-1)).toMatchObject({ meeting: 'direktorgruppen/2026-12-03', minutes: 'none', recorded: false, outcome: null });
    expect(report.referrals).toBe(5);
  });

  it('shows a case with no file, and one no agenda names', async () => {
    const cwd = await makeRepo(FILES);
    expect((await show(cwd, 'ES-2025-003')).case).toMatchObject({ file: null, status: null });
    const unused = await show(cwd, 'ES-2026-002');
    expect(unused.path).toEqual([]);
    expect(unused.lastMovement).toBeNull();
  });

  it('prints the path as a timeline for a terminal and as Markdown', async () => {
    const cwd = await makeRepo(FILES);
    const pretty = await runInProcess(['case', 'show', 'ES-2026-001'], { cwd });
    expect(pretty.code).toBe(0);
    const lines = pretty.stdout.split('\n');
    expect(lines[0]).toBe('ES-2026-001 – Felles digital søknadsløsning');
    expect(lines).toContain('Referrals without a decision: 0 (the limit is 2)');
    expect(lines).toContain('2026-03-10  Tverrgående ledergruppe  item 1: Sak 1  (for decision)');
    expect(lines).toContain('    → referred to direktorgruppen (draft minutes)');
    expect(lines).toContain('    → meeting cancelled');
    const markdown = await runInProcess(['case', 'show', 'ES-2026-001', '--format', 'markdown', '--lang', 'nn'], { cwd });
    expect(markdown.stdout.split('\n')[0]).toBe('## ES-2026-001 – Felles digital søknadsløsning');
    expect(markdown.stdout).toContain('1. **2026-05-12  Tverrgående ledergruppe  sak 1: Sak 1  (til avgjerd)**');
    expect(markdown.stdout).toContain('   vedtak: Ledergruppen vedtok løsningen.');
  });

  it('names the nearest case for one there is not, and exits 2', async () => {
    const cwd = await makeRepo(FILES);
    const typo = await runInProcess(['case', 'show', 'ES-2026-01'], { cwd });
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('There is no case `ES-2026-01`');
    expect(typo.stderr).toContain('Did you mean `ES-2026-001`?');
    const lower = await runInProcess(['case', 'show', 'es-2026-003'], { cwd });
    expect(lower.stderr).toContain('Did you mean `ES-2026-003`?');
    const empty = await makeRepo({ 'etat.yml': CONFIG });
    const none = await runInProcess(['case', 'show', 'ES-1'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no cases yet');
  });
});

describe('the case rules', () => {
  it('find the case with no file, the file no agenda names, and the cycle of referrals once', async () => {
    const cwd = await makeRepo(FILES);
    const ran = await runInProcess(['check', '--format', 'json', '--today', '2026-11-24'], { cwd });
    const findings = (JSON.parse(ran.stdout) as { findings: { ruleId: string; file: string; line: number; message?: string; reason?: string }[] }).findings;
    expect(findings.filter((f) => f.ruleId.startsWith('case/')).map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['case/unused', 'cases/ES-2026-002.md', 3],
      ['case/ping-pong', 'meetings/direktorgruppen/2026-03-03/minutes.md', 10],
      ['case/unknown', 'meetings/direktorgruppen/2026-04-14/agenda.md', 17],
    ]);
  });
});
