import { execa } from 'execa';
import { symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { Git } from '../src/git/git.js';
import { indexSource, revisionSource } from '../src/git/tree-source.js';
import { buildRepository } from '../src/model/build-repository.js';
import { loadFrom } from '../src/model/load.js';
import { RepositoryLoad } from '../src/model/repository-load.js';
import { touchedMeetings } from '../src/pipeline/touched.js';
import type { FileSource } from '../src/model/file-source.js';
import { worktreeSource } from '../src/model/worktree-source.js';
import type { Repository } from '../src/model/types.js';
import { commitAll, gitEnv } from './helpers/git.js';
import { AGENDA, CONFIG, makeRepo } from './helpers/repo.js';

const WITH_PAPERS = AGENDA.replace(
  '    owner: bufdir\n',
  '    owner: bufdir\n    papers: [papers/notat.md, papers/vedlegg.pdf, ../../../shared/plan.md, papers/borte.md]\n    case: 2026-001\n',
);
const MINUTES = `---\ntype: minutes\nforum: direktorgruppen\ndate: 2026-03-12\nstatus: draft\npresent: [bufdir, hdir]\nitems:\n  - id: "1"\n    outcome: decided\n    decision: Planen er vedtatt.\n---\nReferat.\n`;
const CASE = `---\ntype: case\nid: 2026-001\ntitle: Arbeidsplan\n---\nSaken.\n`;

const FILES: Record<string, string> = {
  'etat.yml': CONFIG,
  'meetings/direktorgruppen/2026-03-12/agenda.md': WITH_PAPERS,
  'meetings/direktorgruppen/2026-03-12/minutes.md': MINUTES,
  'meetings/direktorgruppen/2026-03-12/papers/notat.md': '# Notat\n\n## Bakgrunn\n\nTekst.\n',
  'meetings/direktorgruppen/2026-03-12/papers/vedlegg.pdf': '%PDF-1.7\n',
  'meetings/direktorgruppen/2026-03-12-2/agenda.md': AGENDA.replace('date: 2026-03-12', 'date: 2026-03-12'),
  'meetings/direktorgruppen/2026-04-16/agenda.md': AGENDA.replace('date: 2026-03-12', 'date: 2026-04-16'),
  'shared/plan.md': '# Plan\n',
  'cases/2026-001.md': CASE,
  'templates/paper.md': '# Tittel\n\n## Bakgrunn\n\nSkriv bakgrunnen her.\n',
};

/** What a model holds, in plain data: two loads of the same files must give the same. */
function described(repo: Repository) {
  return {
    meetings: repo.meetings.map((m) => ({
      id: m.id,
      date: m.date,
      agenda: m.agenda && { path: m.agenda.file.path, data: m.agenda.file.data, problem: m.agenda.file.problem, items: m.agenda.items.length },
      papers: m.agenda?.items.flatMap((item) => item.papers.map((p) => ({ target: p.target, status: p.status, resolved: p.resolved, suggestion: p.suggestion, text: p.source?.file.text }))),
      minutes: m.minutes && { path: m.minutes.file.path, data: m.minutes.file.data },
    })),
    cases: [...repo.cases].map(([id, c]) => [id, c.file.data]),
    files: repo.files.map((f) => f.path),
    papers: [...repo.papers].map(([path, paper]) => [path, paper.file.text, paper.headings().map((h) => h.text)]),
    outside: repo.outside.map((o) => o.path),
    guidance: [...(repo.paperGuidance ?? [])].sort(),
  };
}

async function gitRepo(files: Record<string, string>, links: Record<string, string> = {}): Promise<string> {
  const root = await makeRepo(files);
  for (const [path, target] of Object.entries(links)) await symlink(target, join(root, path));
  await execa('git', ['init', '--quiet', '--initial-branch=main'], { cwd: root, env: gitEnv() });
  await commitAll(root, 'Møter', '2026-03-01T10:00:00+01:00');
  return root;
}

async function load(root: string, source: FileSource) {
  return loadFrom(source, await loadConfig(root));
}

describe('file sources', () => {
  it('the working tree, the index and a revision holding the same files give the same model', async () => {
    const root = await gitRepo(FILES, { 'meetings/direktorgruppen/2026-04-16/papers': '../2026-03-12/papers' });
    const git = new Git(root);
    const worktree = described(await load(root, worktreeSource(root)));
    const index = described(await load(root, await indexSource(git, root)));
    const head = (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
    const revision = described(await load(root, await revisionSource(git, root, head)));
    expect(worktree.meetings).toHaveLength(3);
    expect(worktree.papers.map(([path]) => path)).toEqual(['meetings/direktorgruppen/2026-03-12/papers/notat.md', 'shared/plan.md']);
    expect(index).toEqual(worktree);
    expect(revision).toEqual(worktree);
  });

  it('reads a revision, not the working tree, and each source its own files', async () => {
    const root = await gitRepo(FILES);
    const git = new Git(root);
    const head = (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
    await execa('git', ['rm', '--quiet', '--', 'cases/2026-001.md'], { cwd: root, env: gitEnv() });
    expect((await load(root, await revisionSource(git, root, head))).cases.size).toBe(1);
    expect((await load(root, await indexSource(git, root))).cases.size).toBe(0);
    expect((await load(root, worktreeSource(root))).cases.size).toBe(0);
  });

  it('a link out of the repository is an outside finding in every source, and a link inside is followed', async () => {
    const elsewhere = await makeRepo({ 'agenda.md': AGENDA, 'case.md': CASE });
    // A relative link that leaves the repository (an absolute one is refused the same way).
    const out = relative(tmpdir(), join(elsewhere, 'case.md'));
    const root = await gitRepo(
      { ...FILES, 'meetings/direktorgruppen/2026-04-16/agenda.md': AGENDA.replace('date: 2026-03-12', 'date: 2026-04-16') },
      {
        'meetings/direktorgruppen/2026-03-12-2/minutes.md': join(elsewhere, 'agenda.md'),
        'cases/2026-002.md': '../meetings/direktorgruppen/2026-03-12/agenda.md',
        'cases/2026-003.md': '../../' + out,
      },
    );
    const git = new Git(root);
    const head = (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
    const worktree = described(await load(root, worktreeSource(root)));
    expect(worktree.outside).toEqual(['cases/2026-003.md', 'meetings/direktorgruppen/2026-03-12-2/minutes.md']);
    expect(worktree.cases.map(([id]) => id)).toEqual(['2026-001', '2026-002']);
    expect(described(await load(root, await indexSource(git, root)))).toEqual(worktree);
    expect(described(await load(root, await revisionSource(git, root, head)))).toEqual(worktree);
  });

  it('an etat root in a folder of the git repository: paths are relative to it in every source', async () => {
    const files = Object.fromEntries(Object.entries(FILES).map(([path, text]) => [`styring/${path}`, text]));
    const top = await gitRepo({ ...files, 'README.md': '# Annet\n' });
    const root = join(top, 'styring');
    const git = new Git(root);
    const head = (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
    const worktree = described(await load(root, worktreeSource(root)));
    expect(worktree.files).toContain('meetings/direktorgruppen/2026-03-12/agenda.md');
    expect(described(await load(root, await indexSource(git, root)))).toEqual(worktree);
    expect(described(await load(root, await revisionSource(git, root, head)))).toEqual(worktree);
  });

  it('reads the blobs of a load with one cat-file per batch, whatever the number of files', async () => {
    const root = await gitRepo(FILES);
    const git = new Git(root);
    await load(root, await indexSource(git, root));
    // ls-files, then the records, then the papers with the template.
    expect(git.spawned).toBe(3);
  });
});

describe('selecting meetings from a load', () => {
  it('finds what a change touched from the agendas the load read, and builds the repository from the same parsed files', async () => {
    const root = await gitRepo(FILES);
    const load = new RepositoryLoad(worktreeSource(root));
    // A paper kept outside meetings/ changed: the agendas are scanned (not parsed) for its name.
    const touched = await touchedMeetings(load, new Set(['shared/plan.md']));
    expect(touched && [...touched.scope]).toEqual(['meetings/direktorgruppen/2026-03-12']);
    expect(touched && [...touched.papers]).toContain('shared/plan.md');
    const agenda = await load.record('meetings/direktorgruppen/2026-03-12/agenda.md');
    const repo = await buildRepository(load, await loadConfig(root), { select: (dir) => touched!.scope.has(dir) });
    // The very file the selection parsed: not read or parsed a second time.
    expect(repo.meeting('direktorgruppen/2026-03-12')?.agenda?.file).toBe(agenda);
    // The meetings not selected are known by their folder alone.
    expect(repo.meeting('direktorgruppen/2026-04-16')).toMatchObject({ agenda: undefined, date: '2026-04-16' });
    expect(await touchedMeetings(load, new Set(['etat.yml']))).toBeUndefined();
  });
});

describe('decoding a file', () => {
  it('calls a file with a NUL byte binary whether or not its bytes are valid UTF-8, and other invalid bytes not UTF-8', async () => {
    const { decode } = await import('../src/model/source.js');
    const problem = (bytes: number[]) => {
      const decoded = decode(Uint8Array.from(bytes));
      return 'problem' in decoded ? decoded.problem : decoded.text;
    };
    expect(problem([0x61, 0x00, 0x62])).toBe('binary');
    expect(problem([0x9a, 0x00, 0x62])).toBe('binary');
    expect(problem([0x61, 0x9a, 0x62])).toBe('not-utf8');
    expect(problem([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xb8])).toBe('aø');
  });
});
