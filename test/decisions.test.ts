import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { compareDecisions } from '../src/decisions/diff.js';
import { markdown, pretty } from '../src/decisions/report.js';
import { textconv } from '../src/decisions/textconv.js';
import { diffWords, tokenize } from '../src/decisions/words.js';
import { Git } from '../src/git/git.js';
import { parseMarkdownFile } from '../src/model/source.js';
import { commitAll, gitEnv } from './helpers/git.js';
import { CONFIG, makeRepo, makeTempDir, runInProcess } from './helpers/repo.js';

const BIN = fileURLToPath(new URL('../bin/etat.js', import.meta.url));
const M1 = 'meetings/direktorgruppen/2026-10-29';
/** The line under the decisions in the diff driver's text. */
const RULE = '─'.repeat(40);
const M2 = 'meetings/direktorgruppen/2026-12-03';

/** The built CLI, with `etat` itself on PATH (as git needs it for the diff driver). */
async function etat(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = await execa(process.execPath, [BIN, ...args], { cwd, reject: false, env: { ...gitEnv(), LANG: 'C.UTF-8', PATH: process.env.PATH ?? '', ...env }, extendEnv: false });
  return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

const git = (cwd: string, ...args: string[]) => execa('git', args, { cwd, env: gitEnv() });

const agenda = (date: string, items: string) => `---
type: agenda
forum: direktorgruppen
date: ${date}
purpose: Decide the project model
status: sent
items:
${items}
---
Welcome.
`;

const minutes = (date: string, items: string) => `---
type: minutes
forum: direktorgruppen
date: ${date}
status: draft
present: [bufdir, hdir, udir]
items:
${items}
---
The narrative.
`;

const AGENDA_1 = agenda(
  '2026-10-29',
  `  - { id: "1", title: Project model, kind: decide, owner: bufdir, proposal: The directors adopt the model. }
  - { id: "2", title: Budget, kind: decide, owner: hdir, proposal: The budget is approved. }
  - { id: "3", title: Knowledge base, kind: decide, owner: hdir, proposal: Hdir leads the work. }`,
);

const MINUTES_1 = minutes(
  '2026-10-29',
  `  - id: "1"
    outcome: decided
    decision: >
      The directors adopt the model
      for project governance.
    consensus: true
  - id: "2"
    outcome: decided
    decision: The budget is approved.
    consensus: true
  - id: "3"
    outcome: deferred`,
);

/** On the branch: item 1 reworded, item 2 no longer decided, item 3 decided. */
const MINUTES_1_CHANGED = minutes(
  '2026-10-29',
  `  - id: "1"
    outcome: decided
    decision: >
      The directors adopted the new model
      for project governance.
    consensus: true
  - id: "2"
    outcome: deferred
  - id: 3
    outcome: decided
    decision: Hdir leads the work.
    consensus: true`,
);

/** A later meeting whose minutes correct item 1 of 2026-10-29. */
const AGENDA_2 = agenda('2026-12-03', `  - { id: "1", title: Status, kind: inform, owner: bufdir }`);
const MINUTES_2 = minutes(
  '2026-12-03',
  `  - id: "1"
    outcome: noted
  - id: "7"
    added: true
    title: Correction of item 1 of 2026-10-29
    kind: decide
    outcome: decided
    corrects: direktorgruppen/2026-10-29#1
    decision: The decision shall read "the model in the revised paper".
    consensus: true`,
);

/**
 * A governance repository in git: `main` with the first meeting, and a branch
 * `endringer` (checked out) that changes one decision, adds one, removes one
 * and adds a meeting whose minutes correct a decision.
 */
async function historyRepo(config = CONFIG): Promise<string> {
  const dir = await makeRepo({ 'etat.yml': config, [`${M1}/agenda.md`]: AGENDA_1, [`${M1}/minutes.md`]: MINUTES_1 });
  await git(dir, 'init', '--quiet', '-b', 'main');
  await commitAll(dir, 'Møte 2026-10-29', '2026-10-30T10:00:00+01:00');
  await git(dir, 'checkout', '--quiet', '-b', 'endringer');
  await writeFile(join(dir, M1, 'minutes.md'), MINUTES_1_CHANGED);
  await mkdir(join(dir, M2), { recursive: true });
  await writeFile(join(dir, M2, 'agenda.md'), AGENDA_2);
  await writeFile(join(dir, M2, 'minutes.md'), MINUTES_2);
  await commitAll(dir, 'Endringer', '2026-12-04T10:00:00+01:00');
  return dir;
}

/** A folder with an `etat` that runs the built CLI, for PATH: as an installed etat would be. */
async function etatBin(): Promise<string> {
  const bin = await makeTempDir();
  await writeFile(join(bin, 'etat'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  await chmod(join(bin, 'etat'), 0o755);
  return bin;
}

async function diffAt(dir: string, from?: string, to?: string, gitRunner?: Git) {
  const config = await loadConfig(dir);
  return compareDecisions({ root: dir, config, from, to, git: gitRunner });
}

describe('the word diff', () => {
  it('marks the words that changed, removed before added', () => {
    expect(diffWords('The directors adopt the model.', 'The directors adopted the new model.')).toEqual([
      { type: 'same', text: 'The directors ' },
      { type: 'removed', text: 'adopt' },
      { type: 'added', text: 'adopted' },
      { type: 'same', text: ' the' },
      { type: 'added', text: ' new' },
      { type: 'same', text: ' model.' },
    ]);
  });

  it('reads white space between two changes as part of the change', () => {
    expect(diffWords('a b c', 'a x y c')).toEqual([
      { type: 'same', text: 'a ' },
      { type: 'removed', text: 'b' },
      { type: 'added', text: 'x y' },
      { type: 'same', text: ' c' },
    ]);
  });

  it('gives back both texts, whatever they are', () => {
    const pairs = [
      ['', ''],
      ['', 'Ny tekst.'],
      ['Gammel tekst.', ''],
      ['same', 'same'],
      ['Bufdir, Hdir og Udir leder arbeidet.', 'Hdir og Udir leder arbeidet sammen, fra 2027.'],
      ['Økonomi: 1 000 000 kr', 'Økonomi: 1 500 000 kr (inkl. mva.)'],
    ];
    for (const [from, to] of pairs) {
      const parts = diffWords(from!, to!);
      expect(parts.filter((p) => p.type !== 'added').map((p) => p.text).join('')).toBe(from);
      expect(parts.filter((p) => p.type !== 'removed').map((p) => p.text).join('')).toBe(to);
      expect(parts.every((p) => p.text !== '')).toBe(true);
    }
    expect(diffWords('same', 'same')).toEqual([{ type: 'same', text: 'same' }]);
  });

  it('splits words, punctuation and white space, Norwegian letters included', () => {
    expect(tokenize('Særskilt  vedtak: ja.')).toEqual(['Særskilt', '  ', 'vedtak', ':', ' ', 'ja', '.']);
  });
});

describe('etat decisions diff: the data', () => {
  it('finds what the branch added, changed and removed, with the correction beside its target', async () => {
    const dir = await historyRepo();
    const mainCommit = (await git(dir, 'rev-parse', 'main')).stdout.trim();
    const diff = await diffAt(dir);
    expect(diff.from).toEqual({ kind: 'commit', ref: 'HEAD', commit: mainCommit, mergeBase: 'main', unreadable: [] });
    expect(diff.to).toEqual({ kind: 'worktree', unreadable: [] });
    expect(diff.added).toEqual([
      {
        key: 'direktorgruppen/2026-10-29#3',
        forum: 'direktorgruppen',
        forumName: 'Direktørgruppen',
        meeting: 'direktorgruppen/2026-10-29',
        date: '2026-10-29',
        item: '3',
        title: 'Knowledge base',
        path: `${M1}/minutes.md`,
        outcome: 'decided',
        text: 'Hdir leads the work.',
      },
      {
        key: 'direktorgruppen/2026-12-03#7',
        forum: 'direktorgruppen',
        forumName: 'Direktørgruppen',
        meeting: 'direktorgruppen/2026-12-03',
        date: '2026-12-03',
        item: '7',
        title: 'Correction of item 1 of 2026-10-29',
        path: `${M2}/minutes.md`,
        outcome: 'decided',
        text: 'The decision shall read "the model in the revised paper".',
        corrects: {
          key: 'direktorgruppen/2026-10-29#1',
          found: true,
          forumName: 'Direktørgruppen',
          meeting: 'direktorgruppen/2026-10-29',
          date: '2026-10-29',
          item: '1',
          title: 'Project model',
          text: 'The directors adopted the new model for project governance.',
        },
      },
    ]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({
      key: 'direktorgruppen/2026-10-29#1',
      title: 'Project model',
      from: 'The directors adopt the model for project governance.',
      to: 'The directors adopted the new model for project governance.',
      correctedBy: [{ key: 'direktorgruppen/2026-12-03#7', item: '7', text: 'The decision shall read "the model in the revised paper".' }],
    });
    expect(diff.changed[0]!.words.filter((w) => w.type !== 'same')).toEqual([
      { type: 'removed', text: 'adopt' },
      { type: 'added', text: 'adopted' },
      { type: 'added', text: ' new' },
    ]);
    expect(diff.removed).toEqual([
      {
        key: 'direktorgruppen/2026-10-29#2',
        forum: 'direktorgruppen',
        forumName: 'Direktørgruppen',
        meeting: 'direktorgruppen/2026-10-29',
        date: '2026-10-29',
        item: '2',
        title: 'Budget',
        path: `${M1}/minutes.md`,
        outcome: 'decided',
        text: 'The budget is approved.',
      },
    ]);
  });

  it('compares two commits, or a commit with the working tree', async () => {
    const dir = await historyRepo();
    const between = await diffAt(dir, 'main', 'endringer');
    expect(between.to).toMatchObject({ kind: 'commit', ref: 'endringer' });
    expect([between.added.length, between.changed.length, between.removed.length]).toEqual([2, 1, 1]);

    // Nothing changed since HEAD; then an edit in the working tree (only white space in one decision: not a change).
    expect(await diffAt(dir, 'HEAD')).toMatchObject({ added: [], changed: [], removed: [] });
    const text = await readFile(join(dir, M1, 'minutes.md'), 'utf8');
    await writeFile(join(dir, M1, 'minutes.md'), text.replace('decision: Hdir leads the work.', 'decision: "Hdir   leads the work."'));
    expect(await diffAt(dir, 'HEAD')).toMatchObject({ added: [], changed: [], removed: [] });
    await writeFile(join(dir, M1, 'minutes.md'), text.replace('decision: Hdir leads the work.', 'decision: Udir leads the work.'));
    const edited = await diffAt(dir, 'HEAD');
    expect(edited.changed.map((c) => [c.key, c.from, c.to])).toEqual([['direktorgruppen/2026-10-29#3', 'Hdir leads the work.', 'Udir leads the work.']]);
  });

  it('falls back to HEAD when the default branch does not exist', async () => {
    const dir = await historyRepo(CONFIG + 'git:\n  default_branch: trunk\n');
    const head = (await git(dir, 'rev-parse', 'HEAD')).stdout.trim();
    const diff = await diffAt(dir);
    expect(diff.from).toEqual({ kind: 'commit', ref: 'HEAD', commit: head, unreadable: [] });
    expect([diff.added, diff.changed, diff.removed]).toEqual([[], [], []]);
  });

  it('says which minutes it could not read, rather than calling their decisions removed silently', async () => {
    const dir = await historyRepo();
    await writeFile(join(dir, M1, 'minutes.md'), '---\ntype: minutes\nitems: [\n---\n');
    const diff = await diffAt(dir);
    expect(diff.to.unreadable).toEqual([`${M1}/minutes.md`]);
    const text = pretty(diff, { lang: 'en', color: false });
    expect(text).toContain(`⚠ \`${M1}/minutes.md\` cannot be read in the working tree, so its decisions are left out;`);
  });

  it('works when etat.yml is in a subfolder of the git repository', async () => {
    const outer = await makeTempDir();
    const dir = join(outer, 'styring');
    await mkdir(join(dir, M1), { recursive: true });
    await writeFile(join(dir, 'etat.yml'), CONFIG);
    await writeFile(join(dir, M1, 'agenda.md'), AGENDA_1);
    await writeFile(join(dir, M1, 'minutes.md'), MINUTES_1);
    await git(outer, 'init', '--quiet', '-b', 'main');
    await commitAll(outer, 'Første møte');
    await writeFile(join(dir, M1, 'minutes.md'), MINUTES_1_CHANGED);
    const diff = await diffAt(dir);
    expect([diff.added.length, diff.changed.length, diff.removed.length]).toEqual([1, 1, 1]);
    expect(diff.changed[0]!.path).toBe(`${M1}/minutes.md`);

    // git diff from the top of the repository: the old side is a temporary file, the new one a path, and both
    // are told in the same language (neither can see styring/etat.yml from where git runs the driver).
    const PATH = `${await etatBin()}:${process.env.PATH ?? ''}`;
    const shown = await execa('git', ['-c', 'diff.etat.textconv=etat git textconv', 'diff'], {
      cwd: outer,
      env: { ...gitEnv(), PATH, LANG: 'en_GB.UTF-8' },
    });
    expect(shown.stdout).toBe((await git(outer, 'diff')).stdout); // no .gitattributes yet: plain YAML
    await writeFile(join(dir, '.gitattributes'), 'meetings/**/minutes.md diff=etat\n');
    for (const where of [outer, dir]) {
      const driven = await execa('git', ['-c', 'diff.etat.textconv=etat git textconv', 'diff', '--', '.'], { cwd: where, env: { ...gitEnv(), PATH, LANG: 'nb_NO.UTF-8' } });
      const changed = driven.stdout.split('\n').filter((line) => /^[-+](?![-+])/.test(line) && /Item 1|Sak 1/.test(line));
      const words = where === outer ? 'Sak 1 – vedtatt:' : 'Item 1 – decided:'; // at the top: the user's locale; in styring/: etat.yml's language
      expect(changed.map((line) => line.slice(1, 1 + words.length))).toEqual([words, words]);
    }
  });

  it('starts a constant number of git processes, however many meetings there are', async () => {
    const processes = async (meetings: number) => {
      const files: Record<string, string> = { 'etat.yml': CONFIG };
      for (let i = 1; i <= meetings; i++) {
        const date = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`;
        files[`meetings/direktorgruppen/${date}/agenda.md`] = AGENDA_1.replace('2026-10-29', date);
        files[`meetings/direktorgruppen/${date}/minutes.md`] = MINUTES_1.replace('2026-10-29', date);
      }
      const dir = await makeRepo(files);
      await git(dir, 'init', '--quiet', '-b', 'main');
      await commitAll(dir, 'Møter');
      await git(dir, 'checkout', '--quiet', '-b', 'endringer');
      for (const path of Object.keys(files).filter((p) => p.endsWith('minutes.md'))) {
        await writeFile(join(dir, path), MINUTES_1_CHANGED.replace('2026-10-29', path.split('/')[2]!));
      }
      await commitAll(dir, 'Endringer');
      const runner = new Git(dir);
      const diff = await diffAt(dir, undefined, undefined, runner);
      const between = new Git(dir);
      await diffAt(dir, 'main', 'endringer', between);
      return { default: runner.spawned, between: between.spawned, changed: diff.changed.length };
    };
    const small = await processes(2);
    const large = await processes(20);
    expect([small.changed, large.changed]).toEqual([2, 20]);
    expect(large.default).toBe(small.default);
    expect(large.between).toBe(small.between);
    // rev-parse, for-each-ref, merge-base, ls-tree, cat-file; and rev-parse ×3, ls-tree ×2, cat-file.
    expect([small.default, small.between]).toEqual([5, 6]);
  });
});

describe('etat decisions diff: the formats', () => {
  it('pretty: a summary and the sections, changed words as [-old-]{+new+}', async () => {
    const dir = await historyRepo();
    const short = (await git(dir, 'rev-parse', '--short=7', 'main')).stdout.trim();
    const result = await runInProcess(['decisions', 'diff'], { cwd: dir });
    expect(result).toExitWith(0);
    expect(result.stdout).toBe(
      [
        `2 added, 1 changed, 1 removed, from ${short} (where HEAD left main) to the working tree.`,
        '',
        'Added',
        '  + Direktørgruppen 2026-10-29, item 3: Knowledge base',
        '    Hdir leads the work.',
        '  + Direktørgruppen 2026-12-03, item 7: Correction of item 1 of 2026-10-29',
        '    The decision shall read "the model in the revised paper".',
        '    ↳ corrects Direktørgruppen 2026-10-29, item 1: Project model, which reads: The directors adopted the new model for project governance.',
        '',
        'Changed',
        '  ~ Direktørgruppen 2026-10-29, item 1: Project model',
        '    The directors [-adopt-]{+adopted+} the {+new+} model for project governance.',
        '    ↳ corrected by Direktørgruppen 2026-12-03, item 7: Correction of item 1 of 2026-10-29: The decision shall read "the model in the revised paper".',
        '',
        'Removed',
        '  - Direktørgruppen 2026-10-29, item 2: Budget',
        '    The budget is approved.',
        '',
      ].join('\n'),
    );
  });

  it('pretty: red and green on a terminal in addition to the marks, never with NO_COLOR', async () => {
    const dir = await historyRepo();
    const coloured = await runInProcess(['decisions', 'diff'], { cwd: dir, tty: true });
    // Marked so that it reads without colour too: colour blindness, a screen reader, a copy into an e-mail.
    expect(coloured.stdout).toContain('\u001b[31m[-adopt-]\u001b[39m\u001b[32m{+adopted+}\u001b[39m');
    expect(stripVTControlCharacters(coloured.stdout)).toContain('The directors [-adopt-]{+adopted+} the {+new+} model');
    const plain = await runInProcess(['decisions', 'diff'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('markdown: a heading, a summary, Added, Changed and Removed, changed words as ~~old~~ **new**', async () => {
    const dir = await historyRepo();
    const short = (await git(dir, 'rev-parse', '--short=7', 'main')).stdout.trim();
    const result = await runInProcess(['decisions', 'diff', '--format', 'markdown'], { cwd: dir });
    expect(result).toExitWith(0);
    expect(result.stdout).toBe(
      [
        '## Decisions',
        '',
        `2 added, 1 changed, 1 removed, from \`${short}\` (where HEAD left \`main\`) to the working tree.`,
        '',
        '### Added',
        '',
        '- **Direktørgruppen 2026-10-29, item 3: Knowledge base**  ',
        '  Hdir leads the work.',
        '- **Direktørgruppen 2026-12-03, item 7: Correction of item 1 of 2026-10-29**  ',
        '  The decision shall read "the model in the revised paper".  ',
        '  ↳ _corrects Direktørgruppen 2026-10-29, item 1: Project model, which reads: The directors adopted the new model for project governance._',
        '',
        '### Changed',
        '',
        '- **Direktørgruppen 2026-10-29, item 1: Project model**  ',
        '  The directors ~~adopt~~ **adopted** the **new** model for project governance.  ',
        '  ↳ _corrected by Direktørgruppen 2026-12-03, item 7: Correction of item 1 of 2026-10-29: The decision shall read "the model in the revised paper"._',
        '',
        '### Removed',
        '',
        '- **Direktørgruppen 2026-10-29, item 2: Budget**  ',
        '  The budget is approved.',
        '',
      ].join('\n'),
    );
  });

  it('markdown: text from front matter cannot make Markdown of its own', async () => {
    const dir = await historyRepo();
    await writeFile(join(dir, M1, 'minutes.md'), MINUTES_1_CHANGED.replace('decision: Hdir leads the work.', 'decision: "- Hdir *leads* <b>the</b> [work](x) | 2"'));
    const result = await runInProcess(['decisions', 'diff', 'HEAD', '--format', 'markdown'], { cwd: dir });
    const line = result.stdout.split('\n').find((l) => l.includes('leads'))!;
    for (const escaped of ['\\*', '\\<b\\>', '\\[', '\\|']) expect(line).toContain(escaped);
    expect(line).not.toMatch(/(?<!\\)[<[|]|~~~~|\*\*\*\*/);
  });

  it('json: the shape docs/decisions-diff-format.md describes', async () => {
    const dir = await historyRepo();
    const result = await runInProcess(['decisions', 'diff', 'main', 'endringer', '--format', 'json'], { cwd: dir });
    expect(result).toExitWith(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['format', 'version', 'from', 'to', 'added', 'changed', 'removed']);
    expect(report).toMatchObject({
      format: 'etat-decisions-diff',
      version: 1,
      from: { kind: 'commit', ref: 'main', unreadable: [] },
      to: { kind: 'commit', ref: 'endringer', unreadable: [] },
    });
    expect((report.changed as { words: unknown[] }[])[0]!.words).toContainEqual({ type: 'removed', text: 'adopt' });
    const doc = await readFile(fileURLToPath(new URL('../docs/decisions-diff-format.md', import.meta.url)), 'utf8');
    for (const field of ['format', 'version', 'from', 'to', 'added', 'changed', 'removed', 'key', 'forumName', 'corrects', 'correctedBy', 'words', 'unreadable', 'mergeBase']) {
      expect(doc).toMatch(new RegExp(`\`${field}(\\[\\])?\``));
    }
  });

  it('says so when nothing changed, in the repository language', async () => {
    const dir = await historyRepo(CONFIG.replace('language: en', 'language: nn'));
    const result = await runInProcess(['decisions', 'diff', 'HEAD'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Ingen vedtak er lagt til, endra eller fjerna frå HEAD \([0-9a-f]{7}\) til arbeidskopien\.\n$/) });
    const md = await runInProcess(['decisions', 'diff', 'HEAD', '--format', 'markdown', '--lang', 'nb'], { cwd: dir });
    expect(md.stdout).toMatch(/^## Vedtak\n\nIngen vedtak er lagt til, endret eller fjernet fra `HEAD` \(`[0-9a-f]{7}`\) til arbeidskopien\.\n$/);
  });

  it('reporters work from hand-built data', () => {
    const diff = {
      from: { kind: 'commit' as const, ref: 'v1', commit: 'a'.repeat(40), unreadable: [] },
      to: { kind: 'commit' as const, ref: 'bbbbbbb', commit: 'b'.repeat(40), unreadable: [] },
      added: [],
      changed: [],
      removed: [
        {
          key: 'sekretariatet/2026-01-02-2#x',
          forum: 'sekretariatet',
          forumName: 'Sekretariatet',
          meeting: 'sekretariatet/2026-01-02-2',
          item: 'x',
          path: 'meetings/sekretariatet/2026-01-02-2/minutes.md',
          outcome: 'decided' as const,
          text: 'Line one\nline two\n',
          corrects: { key: 'sekretariatet/2025-12-01#1', found: false },
        },
      ],
    };
    expect(pretty(diff, { lang: 'nb', color: false })).toBe(
      [
        '0 lagt til, 0 endret, 1 fjernet, fra v1 (aaaaaaa) til bbbbbbb.',
        '',
        'Fjernet',
        '  - Sekretariatet 2026-01-02-2, sak x',
        '    Line one line two',
        '    ↳ retter `sekretariatet/2025-12-01#1`, som ikke er et vedtak i bbbbbbb',
        '',
      ].join('\n'),
    );
    expect(markdown(diff, { lang: 'en', color: true })).toContain('0 added, 0 changed, 1 removed, from `v1` (`aaaaaaa`) to `bbbbbbb`.');
  });
});

describe('etat decisions diff: rejected proposals and votes', () => {
  /** On main: item 1 adopted by vote, item 2 by consensus, item 3 deferred. */
  const VOTED = minutes(
    '2026-10-29',
    `  - id: "1"
    outcome: decided
    decision: The directors adopt the model.
    votes: { for: 2, against: 1, abstain: 0 }
  - id: "2"
    outcome: decided
    decision: The budget is approved.
    consensus: true
  - id: "3"
    outcome: deferred`,
  );
  /** On the branch: item 1 counted again, item 2's proposal fell after all, item 3 put and rejected (what fell is the agenda's proposal). */
  const VOTED_CHANGED = minutes(
    '2026-10-29',
    `  - id: "1"
    outcome: decided
    decision: The directors adopt the model.
    votes: { for: 3, against: 0, abstain: 0 }
  - id: "2"
    outcome: rejected
    decision: The budget is approved.
    votes: { for: 1, against: 2 }
  - id: "3"
    outcome: rejected`,
  );

  async function votedRepo(config = CONFIG): Promise<string> {
    const dir = await makeRepo({ 'etat.yml': config, [`${M1}/agenda.md`]: AGENDA_1, [`${M1}/minutes.md`]: VOTED });
    await git(dir, 'init', '--quiet', '-b', 'main');
    await commitAll(dir, 'Møte 2026-10-29', '2026-10-30T10:00:00+01:00');
    await git(dir, 'checkout', '--quiet', '-b', 'endringer');
    await writeFile(join(dir, M1, 'minutes.md'), VOTED_CHANGED);
    return dir;
  }

  it('gives each decision its outcome and count; a change of either is a change', async () => {
    const diff = await diffAt(await votedRepo());
    expect(diff.added).toEqual([
      {
        key: 'direktorgruppen/2026-10-29#3',
        forum: 'direktorgruppen',
        forumName: 'Direktørgruppen',
        meeting: 'direktorgruppen/2026-10-29',
        date: '2026-10-29',
        item: '3',
        title: 'Knowledge base',
        path: `${M1}/minutes.md`,
        outcome: 'rejected',
        text: 'Hdir leads the work.',
      },
    ]);
    expect(diff.changed.map(({ item, outcome, votes, fromOutcome, fromVotes, words }) => ({ item, outcome, votes, fromOutcome, fromVotes, same: words.every((w) => w.type === 'same') }))).toEqual([
      { item: '1', outcome: 'decided', votes: { for: 3, against: 0, abstain: 0 }, fromOutcome: 'decided', fromVotes: { for: 2, against: 1, abstain: 0 }, same: true },
      { item: '2', outcome: 'rejected', votes: { for: 1, against: 2, abstain: 0 }, fromOutcome: 'decided', fromVotes: undefined, same: true },
    ]);
    expect(diff.removed).toEqual([]);
  });

  it('pretty and markdown say that a proposal fell, and the count, in the language', async () => {
    const dir = await votedRepo();
    const pretty = await runInProcess(['decisions', 'diff', 'main'], { cwd: dir });
    expect(pretty).toExitWith(0);
    expect(pretty.stdout.split('\n').slice(1)).toEqual([
      '',
      'Added',
      '  + Direktørgruppen 2026-10-29, item 3: Knowledge base',
      '    rejected',
      '    Hdir leads the work.',
      '',
      'Changed',
      '  ~ Direktørgruppen 2026-10-29, item 1: Project model',
      '    votes: 2 for, 1 against, 0 abstaining → 3 for, 0 against, 0 abstaining',
      '    The directors adopt the model.',
      '  ~ Direktørgruppen 2026-10-29, item 2: Budget',
      '    decided → rejected; votes: none recorded → 1 for, 2 against, 0 abstaining',
      '    The budget is approved.',
      '',
    ]);
    const nb = await runInProcess(['decisions', 'diff', 'main', '--lang', 'nb', '--format', 'markdown'], { cwd: dir });
    expect(nb.stdout).toContain('- **Direktørgruppen 2026-10-29, sak 3: Knowledge base**  \n  _forslaget falt_  \n  Hdir leads the work.\n');
    expect(nb.stdout).toContain('  _vedtatt → forslaget falt; stemmer: ikke ført → 1 for, 2 mot, 0 avsto_  \n');
    const nn = await runInProcess(['decisions', 'diff', 'main', '--lang', 'nn'], { cwd: dir });
    expect(nn.stdout).toContain('    røyster: 2 for, 1 mot, 0 avstod → 3 for, 0 mot, 0 avstod\n');
    expect(nn.stdout).toContain('    vedteke → framlegget fall; røyster: ikkje førde → 1 for, 2 mot, 0 avstod\n');
  });

  it('json: outcome and votes on every entry, fromOutcome and fromVotes on a changed one', async () => {
    const result = await runInProcess(['decisions', 'diff', 'main', '--format', 'json'], { cwd: await votedRepo() });
    const report = JSON.parse(result.stdout) as { changed: Record<string, unknown>[] };
    expect(Object.keys(report.changed[1]!)).toEqual(['key', 'forum', 'forumName', 'meeting', 'date', 'item', 'title', 'path', 'outcome', 'votes', 'from', 'to', 'words', 'fromOutcome']);
    const doc = await readFile(fileURLToPath(new URL('../docs/decisions-diff-format.md', import.meta.url)), 'utf8');
    for (const field of ['outcome', 'votes', 'fromOutcome', 'fromVotes']) expect(doc).toMatch(new RegExp(`\`${field}\``));
  });

  it('textconv says a proposal fell', () => {
    const text = VOTED_CHANGED;
    const line = (lang: 'en' | 'nb' | 'nn') => (textconv('minutes.md', Buffer.from(text), lang) as string).split('\n')[2];
    expect([line('en'), line('nb'), line('nn')]).toEqual(['Item 2 – rejected: The budget is approved.', 'Sak 2 – forslaget falt: The budget is approved.', 'Sak 2 – framlegget fall: The budget is approved.']);
  });
});

describe('etat decisions diff: exit codes and errors', () => {
  it('a revision git does not know is a usage error (exit 2), in the repository language', async () => {
    const dir = await historyRepo();
    for (const args of [['nope'], ['main', 'nope']]) {
      const result = await runInProcess(['decisions', 'diff', ...args], { cwd: dir });
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toBe('`nope` is not a revision of this repository: name a branch, a tag or a commit, e.g. `main` or `HEAD~1`.\n');
    }
    const dashed = await runInProcess(['decisions', 'diff', '--', '--output=x'], { cwd: dir });
    expect(dashed).toMatchObject({ code: 2, stderr: expect.stringContaining('`--output=x` is not a revision') });
  });

  it('outside a git repository is a usage error', async () => {
    const dir = await makeRepo({ 'etat.yml': CONFIG });
    const result = await runInProcess(['decisions', 'diff', '--lang', 'en'], { cwd: dir });
    expect(result).toExitWith(2);
    expect(result.stderr).toContain('is not in a git work tree, and decisions are read from git. Run `git init` there first');
  });

  it('a repository without commits is a usage error', async () => {
    const dir = await makeRepo({ 'etat.yml': CONFIG });
    await git(dir, 'init', '--quiet', '-b', 'main');
    const result = await runInProcess(['decisions', 'diff'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('The repository has no commits yet') });
  });

  it('an unknown format is a usage error', async () => {
    const dir = await historyRepo();
    const result = await runInProcess(['decisions', 'diff', '--format', 'xml', '--lang', 'en'], { cwd: dir });
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('`xml` is not a valid value for `-f, --format <format>`') });
  });

  it('every new command has help with an example, in each language', async () => {
    const dir = await makeTempDir();
    for (const [lang, title] of [['en', 'Examples:'], ['nb', 'Eksempler:'], ['nn', 'Døme:']] as const) {
      for (const command of [['decisions'], ['decisions', 'diff'], ['git'], ['git', 'setup'], ['git', 'textconv']]) {
        const result = await runInProcess([...command, '--help', '--lang', lang], { cwd: dir });
        expect(result).toExitWith(0);
        expect(result.stdout).toContain(title);
        expect(result.stdout).toContain(`$ etat ${command.join(' ')}`);
      }
    }
  });

  it('the built binary gives the same answers', async () => {
    const dir = await historyRepo();
    const ok = await etat(dir, ['decisions', 'diff', '--format', 'json']);
    expect(ok).toExitWith(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ format: 'etat-decisions-diff' });
    const bad = await etat(dir, ['decisions', 'diff', 'nope']);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('`nope` is not a revision') });
    expect(bad.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });
});

describe('the git diff driver', () => {
  it('textconv prints a heading, each decision as one line and a rule, then the rest of the file as it was', () => {
    const out = textconv(`${M1}/minutes.md`, Buffer.from(MINUTES_1_CHANGED), 'nb');
    expect(out).toBe(
      [
        'etat: vedtakene i dette referatet, ett per sak; under streken står resten av filen',
        'Sak 1 – vedtatt: The directors adopted the new model for project governance.',
        'Sak 3 – vedtatt: Hdir leads the work.',
        RULE,
        MINUTES_1_CHANGED.replace(/ {4}decision: >\n.*\n.*\n/, '').replace('    decision: Hdir leads the work.\n', ''),
      ].join('\n'),
    );
    const correction = textconv('x_minutes.md', Buffer.from(MINUTES_2), 'en') as string;
    expect(correction.split('\n').slice(0, 2)).toEqual([
      'etat: the decisions in these minutes, one per item; below the line, the rest of the file',
      'Item 7 – decided, corrects direktorgruppen/2026-10-29#1: The decision shall read "the model in the revised paper".',
    ]);
    const proposals = textconv(`${M1}/agenda.md`, Buffer.from(AGENDA_1), 'nn') as string;
    expect(proposals.split('\n').slice(0, 6)).toEqual([
      'etat: framlegga til vedtak i denne saklista, eitt per sak; under streken står resten av fila',
      'Sak 1 – framlegg til vedtak: The directors adopt the model.',
      'Sak 2 – framlegg til vedtak: The budget is approved.',
      'Sak 3 – framlegg til vedtak: Hdir leads the work.',
      RULE,
      '---',
    ]);
    expect((textconv(`${M1}/agenda.md`, Buffer.from(AGENDA_1), 'nb') as string).split('\n').slice(0, 2)).toEqual([
      'etat: forslagene til vedtak i denne sakslisten, ett per sak; under streken står resten av filen',
      'Sak 1 – forslag til vedtak: The directors adopt the model.',
    ]);
    expect(proposals).toContain('  - { id: "1", title: Project model, kind: decide, owner: bufdir }\n');
  });

  it('textconv says every outcome in the repository language, with no English under nb or nn', () => {
    const outcomes = ['decided', 'discussed', 'noted', 'deferred', 'referred', 'withdrawn'];
    const text = minutes('2026-10-29', outcomes.map((outcome, i) => `  - { id: "${i + 1}", outcome: ${outcome}, decision: Text ${i + 1} }`).join('\n') + '\n  - { id: "7", decision: Text 7 }');
    const labels = (lang: 'en' | 'nb' | 'nn') => (textconv('minutes.md', Buffer.from(text), lang) as string).split('\n').slice(0, 9);
    expect(labels('nb')).toEqual([
      'etat: vedtakene i dette referatet, ett per sak; under streken står resten av filen',
      'Sak 1 – vedtatt: Text 1',
      'Sak 2 – drøftet: Text 2',
      'Sak 3 – tatt til orientering: Text 3',
      'Sak 4 – utsatt: Text 4',
      'Sak 5 – henvist: Text 5',
      'Sak 6 – trukket: Text 6',
      'Sak 7: Text 7',
      RULE,
    ]);
    expect(labels('nn')).toEqual([
      'etat: vedtaka i dette referatet, eitt per sak; under streken står resten av fila',
      'Sak 1 – vedteke: Text 1',
      'Sak 2 – drøfta: Text 2',
      'Sak 3 – teke til orientering: Text 3',
      'Sak 4 – utsett: Text 4',
      'Sak 5 – vist vidare: Text 5',
      'Sak 6 – trekt: Text 6',
      'Sak 7: Text 7',
      RULE,
    ]);
    expect(labels('en').slice(1, 8).map((line) => line.replace(/: Text \d$/, ''))).toEqual([
      'Item 1 – decided',
      'Item 2 – discussed',
      'Item 3 – noted',
      'Item 4 – deferred',
      'Item 5 – referred',
      'Item 6 – withdrawn',
      'Item 7',
    ]);
    for (const lang of ['nb', 'nn'] as const) {
      for (const line of labels(lang)) expect(line).not.toMatch(new RegExp(`\\b(${outcomes.join('|')}|item|decision|corrects)\\b`, 'i'));
    }
    // An outcome etat does not know is the user's own word, shown as written.
    expect((textconv('minutes.md', Buffer.from(minutes('2026-10-29', '  - { id: "1", outcome: vedtatt, decision: X }')), 'nb') as string).split('\n')[1]).toBe('Sak 1 – vedtatt: X');
    expect((textconv('x_minutes.md', Buffer.from(MINUTES_2), 'nb') as string).split('\n')[1]).toBe(
      'Sak 7 – vedtatt, retter direktorgruppen/2026-10-29#1: The decision shall read "the model in the revised paper".',
    );
    expect((textconv('x_minutes.md', Buffer.from(MINUTES_2), 'nn') as string).split('\n')[1]).toMatch(/^Sak 7 – vedteke, rettar direktorgruppen\/2026-10-29#1: /);
  });

  it('textconv leaves YAML that still reads, whatever the layout', () => {
    const text = minutes(
      '2026-10-29',
      `  - decision: First key # a comment
    id: "1"
    outcome: decided
  - { decision: flow first, id: "2", outcome: decided }
  - { id: "3", outcome: decided, decision: flow last }
  - id: "4"
    outcome: decided
    decision: |
      Two
      lines
  - id: "5"
    outcome: decided
    decision:
      - not a text`,
    );
    const out = textconv('minutes.md', Buffer.from(text), 'en') as string;
    const [lines, rest] = [out.slice(0, out.indexOf(`\n${RULE}\n`)), out.slice(out.indexOf(`\n${RULE}\n`) + RULE.length + 2)];
    expect(lines.split('\n').slice(1)).toEqual([
      'Item 1 – decided: First key',
      'Item 2 – decided: flow first',
      'Item 3 – decided: flow last',
      'Item 4 – decided: Two lines',
    ]);
    const reread = parseMarkdownFile('minutes.md', Buffer.from(rest));
    expect(reread.problem).toBeUndefined();
    expect((reread.data as { items: unknown[] }).items).toEqual([
      { id: '1', outcome: 'decided' },
      { id: '2', outcome: 'decided' },
      { id: '3', outcome: 'decided' },
      { id: '4', outcome: 'decided' },
      { id: '5', outcome: 'decided', decision: ['not a text'] },
    ]);
    expect(rest.endsWith('---\nThe narrative.\n')).toBe(true);
  });

  it('textconv never fails on a broken file: it prints it as it is', async () => {
    const broken = '---\ntype: minutes\nitems: [\n---\nbody\n';
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0a]);
    const dir = await makeRepo({ 'broken.md': broken, 'no-front-matter.md': '# Just Markdown\n', 'utf16.md': binary, 'etat.yml': 'language: [' });
    for (const [file, expected] of [
      ['broken.md', broken],
      ['no-front-matter.md', '# Just Markdown\n'],
    ] as const) {
      expect(await runInProcess(['git', 'textconv', file], { cwd: dir })).toEqual({ code: 0, stdout: expected, stderr: '' });
      const built = await execa('node', [BIN, 'git', 'textconv', file], { cwd: dir, reject: false, stripFinalNewline: false });
      expect([built.exitCode, built.stdout]).toEqual([0, expected]);
    }
    const bytes = await execa('node', [BIN, 'git', 'textconv', 'utf16.md'], { cwd: dir, reject: false, encoding: 'buffer', stripFinalNewline: false });
    expect(bytes.exitCode).toBe(0);
    expect(Buffer.from(bytes.stdout as Uint8Array)).toEqual(binary);
    const missing = await runInProcess(['git', 'textconv', 'nope.md', '--lang', 'en'], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stderr: '`nope.md` does not exist.\n' });
  });

  it('git setup writes .gitattributes once and sets the local config; git diff then shows a changed decision as one changed line', async () => {
    const dir = await historyRepo();
    const PATH = `${await etatBin()}:${process.env.PATH ?? ''}`;

    const first = await etat(dir, ['git', 'setup'], { PATH });
    expect(first).toExitWith(0);
    expect(first.stdout).toContain('Added `meetings/**/minutes.md diff=etat` and `meetings/**/agenda.md diff=etat` to `.gitattributes`.');
    expect(first.stdout).toContain('Set `diff.etat.textconv` to `etat git textconv`');
    expect(first.stdout).toContain('never committed');
    expect(first.stderr).toBe('');
    const second = await etat(dir, ['git', 'setup'], { PATH });
    expect(second.stdout).toContain('`.gitattributes` already sends minutes and agendas through the etat diff driver.');
    expect(second.stdout).toContain('`diff.etat.textconv` is already set to `etat git textconv`.');
    const attributes = await readFile(join(dir, '.gitattributes'), 'utf8');
    expect(attributes.match(/diff=etat/g)).toHaveLength(2);
    expect(attributes).toMatch(/^# etat: .*\nmeetings\/\*\*\/minutes\.md diff=etat\nmeetings\/\*\*\/agenda\.md diff=etat\n$/);
    expect((await git(dir, 'config', '--local', '--get', 'diff.etat.textconv')).stdout).toBe('etat git textconv');

    // A changed decision, folded over two lines in the YAML, is one changed line in git diff.
    const text = await readFile(join(dir, M1, 'minutes.md'), 'utf8');
    await writeFile(join(dir, M1, 'minutes.md'), text.replace('The directors adopted the new model\n      for project governance.', 'The directors adopted the revised model\n      for project governance.'));
    const diff = await execa('git', ['diff', '--', `${M1}/minutes.md`], { cwd: dir, env: { ...gitEnv(), PATH } });
    const changed = diff.stdout.split('\n').filter((line) => /^[-+](?![-+])/.test(line));
    expect(changed).toEqual([
      '-Item 1 – decided: The directors adopted the new model for project governance.',
      '+Item 1 – decided: The directors adopted the revised model for project governance.',
    ]);
    // And git log -p shows the decisions of each commit the same way.
    const log = await execa('git', ['log', '-p', '--format=%s', '--', `${M1}/minutes.md`], { cwd: dir, env: { ...gitEnv(), PATH } });
    expect(log.stdout).toContain('+Item 3 – decided: Hdir leads the work.');
    expect(log.stdout).toContain('-Item 2 – decided: The budget is approved.');
  });

  it('git setup keeps a command the user set, and warns when git cannot find etat', async () => {
    const dir = await historyRepo();
    await git(dir, 'config', '--local', 'diff.etat.textconv', 'npx etat git textconv');
    const kept = await etat(dir, ['git', 'setup', '--lang', 'nb']);
    expect(kept.stdout).toContain('`diff.etat.textconv` er allerede satt til `npx etat git textconv`; det ble latt være.');
    await git(dir, 'config', '--local', '--unset', 'diff.etat.textconv');
    // Only git's own folder on PATH: no etat there.
    const gitDir = dirname((await execa('sh', ['-c', 'command -v git'])).stdout.trim());
    const unfound = await etat(dir, ['git', 'setup'], { PATH: gitDir });
    expect(unfound).toMatchObject({ code: 0, stderr: expect.stringContaining('`etat` is not on PATH, so the driver is not switched on') });
    // Not set: a textconv git cannot run would make every `git diff` of minutes fail.
    expect((await execa('git', ['config', '--local', '--get', 'diff.etat.textconv'], { cwd: dir, reject: false })).exitCode).toBe(1);
    const outside = await runInProcess(['git', 'setup', '--lang', 'en'], { cwd: await makeRepo({ 'etat.yml': CONFIG }) });
    expect(outside).toMatchObject({ code: 2, stderr: expect.stringContaining('is not in a git work tree') });
  });

  it('etat init sets the driver up after git init, when git can run etat', async () => {
    const dir = await makeTempDir();
    const bin = await makeTempDir();
    await writeFile(join(bin, 'etat'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const result = await runInProcess(['init', '--lang', 'en'], { cwd: dir, env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(result).toExitWith(0);
    expect(result.stdout).toContain('Initialised a git repository');
    expect(result.stdout).toContain('Added `meetings/**/minutes.md diff=etat` and `meetings/**/agenda.md diff=etat` to `.gitattributes`.');
    expect(await readFile(join(dir, '.gitattributes'), 'utf8')).toContain('meetings/**/minutes.md diff=etat\n');
    expect((await git(dir, 'config', '--local', '--get', 'diff.etat.textconv')).stdout).toBe('etat git textconv');
  });
});
