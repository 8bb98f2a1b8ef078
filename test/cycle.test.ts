import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../src/model/source.js';
import { commitAll, gitEnv } from './helpers/git.js';
import { makeTempDir } from './helpers/repo.js';

const BIN = fileURLToPath(new URL('../bin/etat.js', import.meta.url));

/** The built CLI, as a secretariat runs it. */
async function etat(cwd: string, ...args: string[]) {
  const result = await execa('node', [BIN, ...args], { cwd, reject: false, env: { ...gitEnv(), LANG: 'C.UTF-8' }, extendEnv: false });
  return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

const read = (dir: string, path: string) => readFile(join(dir, path), 'utf8');
const frontMatterOf = async (dir: string, path: string) => parseMarkdownFile(path, Buffer.from(await read(dir, path))).data as Record<string, unknown>;

describe('a whole meeting cycle with the built CLI', () => {
  it('init → agenda new → paper new → agenda send → minutes new → check → minutes approve → next agenda', async () => {
    const dir = await makeTempDir();
    const meeting = 'meetings/direktorgruppen/2026-12-03';

    // etat init: the example configuration, and a git repository.
    let run = await etat(dir, 'init', '--example', 'etatssamarbeidet', '--lang', 'en');
    expect(run).toExitWith(0);
    expect(run.stdout).toContain('Wrote etat.yml');
    expect(run.stdout).toContain('Initialised a git repository');
    expect(await read(dir, 'etat.yml')).toContain('language: en');
    expect((await execa('git', ['symbolic-ref', '--short', 'HEAD'], { cwd: dir })).stdout).toBe('main');
    expect(await etat(dir, 'init')).toMatchObject({ code: 2, stderr: expect.stringContaining('`etat.yml` finnes allerede og ble latt være') });
    await commitAll(dir, 'Oppsett');

    // etat agenda new — the example's directors' group opens with the approval of the invitation and agenda — then two items written by hand.
    run = await etat(dir, 'agenda', 'new', '--forum', 'direktorgruppen', '--date', '2026-12-03', '--purpose', 'Decide the project model', '--start', '10:00', '--location', 'Teams', '--today', '2026-11-16');
    expect(run).toExitWith(0);
    expect(run.stdout).toContain(`Wrote ${meeting}/agenda.md`);
    expect(run.stdout).toContain('The invitation must be sent by 2026-11-26 (7 days before the meeting).');
    const agenda = await read(dir, `${meeting}/agenda.md`);
    expect(agenda).toMatch(/^---\n# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/\.etat\/schemas\/agenda\.schema\.json\n/);
    const standing = '    approves: agenda\n';
    expect(agenda).toContain(`items:\n  - id: "1"\n    title: Approval of the invitation and agenda\n    kind: decide\n${standing}`);
    await writeFile(
      join(dir, meeting, 'agenda.md'),
      agenda.replace(
        standing,
        `${standing}  - id: "2"\n    title: Project model\n    kind: decide\n    owner: bufdir\n    proposal: The directors adopt the model.\n  - { id: "3", title: Knowledge base, kind: decide, owner: hdir, proposal: Hdir leads the work. }\n`,
      ),
    );

    // etat agenda send refuses while the decide items have no papers.
    run = await etat(dir, 'agenda', 'send', 'direktorgruppen/2026-12-03', '--today', '2026-11-20');
    expect(run).toExitWith(1);
    expect(run.stderr).toContain('agenda/decide-without-papers');
    expect(run.stderr).toContain('Refused: 2 errors remain');
    expect((await frontMatterOf(dir, `${meeting}/agenda.md`)).status).toBe('draft');

    // etat paper new writes the papers and lists them.
    for (const id of ['2', '3']) expect((await etat(dir, 'paper', 'new', 'direktorgruppen/2026-12-03', id))).toExitWith(0);
    const items = (await frontMatterOf(dir, `${meeting}/agenda.md`)).items as { papers?: string[] }[];
    expect(items.map((i) => i.papers)).toEqual([undefined, ['papers/02-project-model.md'], ['papers/03-knowledge-base.md']]);
    expect(await read(dir, `${meeting}/papers/02-project-model.md`)).toContain('## Proposed decision\n\nThe directors adopt the model.');

    // A paper that is still the template is no case preparation: send refuses until the papers are written.
    run = await etat(dir, 'agenda', 'send', 'direktorgruppen/2026-12-03', '--today', '2026-11-20');
    expect(run).toExitWith(1);
    expect(run.stderr).toContain('agenda/paper-unfilled');
    for (const paper of ['02-project-model.md', '03-knowledge-base.md']) {
      const path = join(dir, meeting, 'papers', paper);
      await writeFile(path, (await readFile(path, 'utf8')).replace(/^\*.*\*$/gm, 'The secretariat wrote this section.'));
    }

    // etat agenda send: status sent, and the invitation on stdout.
    run = await etat(dir, 'agenda', 'send', 'direktorgruppen/2026-12-03', '--format', 'markdown', '--today', '2026-11-20');
    expect(run).toExitWith(0);
    expect((await frontMatterOf(dir, `${meeting}/agenda.md`)).status).toBe('sent');
    expect(run.stdout).toMatch(/^# Invitation: Directors' group, Thursday,? 3 December 2026\n/); // ICU versions differ on the comma
    expect(run.stdout).toContain('## Items for decision');
    expect(run.stdout).toContain('- **Papers:** [papers/02-project-model.md](papers/02-project-model.md)');
    expect(run.stdout).toContain('### Item 1: Approval of the invitation and agenda\n- **Papers:** this invitation and agenda');
    expect(run.stderr).toContain('marked as sent');
    await commitAll(dir, 'Innkalling');

    // etat minutes new: one entry per item, decisions prefilled, members present.
    expect((await etat(dir, 'minutes', 'new', 'direktorgruppen/2026-12-03'))).toExitWith(0);
    const minutes = await frontMatterOf(dir, `${meeting}/minutes.md`);
    expect(minutes.present).toHaveLength(13);
    expect(minutes.items).toEqual([
      { id: '1', decision: 'The invitation and agenda were approved.' },
      { id: '2', decision: 'The directors adopt the model.' },
      { id: '3', decision: 'Hdir leads the work.' },
    ]);
    // Until the outcomes are recorded, the check fails and approval is refused.
    run = await etat(dir, 'check', '--today', '2026-12-04');
    expect(run).toExitWith(1);
    expect(run.stdout).toContain('minutes/decide-without-outcome');
    // …and approval has nothing to approve them yet: no later meeting puts it to the forum.
    expect((await etat(dir, 'minutes', 'approve', 'direktorgruppen/2026-12-03', '--today', '2026-12-04'))).toExitWith(2);

    // The secretary fills in: the agenda approved, item 2 decided with an action, item 3 deferred.
    const text = await read(dir, `${meeting}/minutes.md`);
    await writeFile(
      join(dir, meeting, 'minutes.md'),
      text
        .replace('    decision: The invitation and agenda were approved.', '    outcome: decided\n    decision: The invitation and agenda were approved.\n    consensus: true')
        .replace(
          '    decision: The directors adopt the model.',
          '    outcome: decided\n    decision: The directors adopt the model.\n    consensus: true\n    actions:\n      - { what: Make a plan, owner: bufdir, due: 2027-01-10, done: false }',
        )
        .replace('    decision: Hdir leads the work.', '    outcome: deferred'),
    );
    run = await etat(dir, 'check', '--today', '2026-12-04');
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('No problems found') });
    await commitAll(dir, 'Referat');

    // The next agenda carries the approval, the open action and the deferred item.
    run = await etat(dir, 'agenda', 'new', '--forum', 'direktorgruppen', '--date', '2027-01-14', '--purpose', 'Approve and decide', '--today', '2026-12-10');
    expect(run).toExitWith(0);
    expect(run.stdout).toContain('Carried forward 1 deferred item from direktorgruppen/2026-12-03.');
    expect(run.stdout).toContain('Listed 1 open action item');
    const next = await frontMatterOf(dir, 'meetings/direktorgruppen/2027-01-14/agenda.md');
    expect(next.items).toEqual([
      { id: '1', title: 'Approval of the invitation and agenda', kind: 'decide', approves: 'agenda' },
      { id: '2', title: 'Approval of the minutes of the meeting on 2026-12-03', kind: 'decide', approves: 'direktorgruppen/2026-12-03' },
      { id: '3', title: 'Status of action items', kind: 'inform' },
      { id: '4', title: 'Knowledge base', kind: 'decide', owner: 'hdir', papers: ['../2026-12-03/papers/03-knowledge-base.md'], proposal: 'Hdir leads the work.' },
    ]);
    expect(await read(dir, 'meetings/direktorgruppen/2027-01-14/agenda.md')).toContain('| Make a plan | Bufdir | 2027-01-10 | direktorgruppen/2026-12-03 |');

    // etat minutes approve: approved at the next meeting; a second approval is refused.
    run = await etat(dir, 'minutes', 'approve', 'direktorgruppen/2026-12-03', '--today', '2027-01-14');
    expect(run).toExitWith(0);
    expect(await frontMatterOf(dir, `${meeting}/minutes.md`)).toMatchObject({ status: 'approved', approved_at: 'direktorgruppen/2027-01-14' });
    expect((await etat(dir, 'minutes', 'approve', 'direktorgruppen/2026-12-03', '--at', 'direktorgruppen/2027-01-14', '--today', '2027-01-14'))).toExitWith(2);
    const diff = (await execa('git', ['diff', '--numstat'], { cwd: dir })).stdout;
    expect(diff).toContain(`2\t1\t${meeting}/minutes.md`); // only status changed and approved_at added
    expect((await etat(dir, 'check', '--today', '2027-01-15'))).toExitWith(0);
  }, 90_000); // a dozen etat and git processes in a row: well under this alone, but CI machines are shared
});
