// Build a synthetic governance repository: N meetings over three fora, each with an
// agenda (6 items, 2 for decision with a Markdown case paper), minutes and papers.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FORA = ['direktorgruppen', 'tverrgaende-ledergruppe', 'sekretariatet'];
const AGENCIES = ['bufdir', 'hdir', 'udir', 'nav', 'imdi', 'hkdir', 'kdi', 'pod', 'husbanken', 'statped', 'fhi', 'konfliktradet', 'helsetilsynet'];

const paper = (title) => `# ${title}

## Hva er problemet?

${'Etatene har ulike modeller for styring av felles prosjekter, og det er krevende å få oversikt over status. '.repeat(4)}

## Hva vil vi oppnå?

- Felles oversikt over prosjekter i samarbeidet
- Tydelig ansvar for hvert prosjekt
- Rapportering som krever lite ekstra arbeid

## Hvilke tiltak er aktuelle?

1. Videreføre dagens praksis.
2. Innføre en felles, enkel modell med kvartalsvis rapportering.
3. Innføre en omfattende porteføljestyringsmodell.

## Hvilke prinsipielle spørsmål reiser tiltakene?

${'Tiltakene berører etatenes selvstendige ansvar for egne virkemidler. '.repeat(3)}

## Hva er virkningene av tiltakene?

| Tiltak | Kostnad | Nytte |
|---|---|---|
| 1 | Lav | Lav |
| 2 | Middels | Høy |
| 3 | Høy | Middels |

## Anbefaling

Sekretariatet anbefaler tiltak 2, fordi det gir god oversikt til lav kostnad.

## Forslag til vedtak

Forumet slutter seg til modellen i saksfremlegget.
`;

/**
 * Give the synthetic repository a history: five commits per meeting, at dates
 * before and after it (draft agenda, papers, sent agenda, draft minutes,
 * approved minutes), written by one `git fast-import`. The last version of
 * every file is the one in the working tree.
 */
export async function buildHistory(dir) {
  const files = await listMeetingFiles(dir);
  const events = [];
  for (const meeting of files) {
    const day = Date.parse(meeting.date + 'T12:00:00Z') / 1000;
    const d = (days) => day + days * 86400;
    events.push({ time: d(-14), message: `Saksliste ${meeting.id}`, files: [[meeting.agenda, meeting.agendaText.replace('status: sent', 'status: draft')]] });
    events.push({ time: d(-9), message: `Saksfremlegg ${meeting.id}`, files: meeting.papers });
    events.push({ time: d(-8), message: `Innkalling ${meeting.id}`, files: [[meeting.agenda, meeting.agendaText]] });
    events.push({ time: d(3), message: `Referat ${meeting.id}`, files: [[meeting.minutes, meeting.minutesText.replace('status: approved', 'status: draft').replace(/approved_at: .*\n/, '')]] });
    events.push({ time: d(10), message: `Godkjent ${meeting.id}`, files: [[meeting.minutes, meeting.minutesText]] });
  }
  events.sort((a, b) => a.time - b.time);
  events.push({ time: events.at(-1).time + 60, message: 'Oppsett', files: [['etat.yml', await readFile(join(dir, 'etat.yml'), 'utf8')]] });
  return commitEvents(dir, events);
}

/**
 * Make `dir` a git repository whose history is `events`, in order — each a commit
 * `{ time, message, files: [path, text][] }` at that time (seconds) — with one
 * `git fast-import`, and the index matching the last commit. Returns the number of commits.
 */
export function commitEvents(dir, events) {
  const chunks = [];
  events.forEach((event, index) => {
    const who = `Sekretariatet <sekretariatet@example.org> ${event.time} +0100`;
    chunks.push(`commit refs/heads/main\nmark :${index + 1}\nauthor ${who}\ncommitter ${who}\ndata ${Buffer.byteLength(event.message)}\n${event.message}\n`);
    if (index > 0) chunks.push(`from :${index}\n`);
    for (const [path, text] of event.files) chunks.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
    chunks.push('\n');
  });
  const git = (args, input) => {
    const result = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
    return result.stdout.toString();
  };
  git(['init', '--quiet', '-b', 'main']);
  git(['fast-import', '--quiet'], chunks.join(''));
  git(['reset', '--quiet']);
  return Number(git(['rev-list', '--count', 'main']).trim());
}

export async function listMeetingFiles(dir) {
  const out = [];
  for (const forum of await readdir(join(dir, 'meetings'))) {
    for (const date of await readdir(join(dir, 'meetings', forum))) {
      const base = `meetings/${forum}/${date}`;
      const papers = [];
      for (const name of await readdir(join(dir, base, 'papers'))) papers.push([`${base}/papers/${name}`, await readFile(join(dir, base, 'papers', name), 'utf8')]);
      out.push({
        id: `${forum}/${date}`,
        date,
        agenda: `${base}/agenda.md`,
        agendaText: await readFile(join(dir, base, 'agenda.md'), 'utf8'),
        minutes: `${base}/minutes.md`,
        minutesText: await readFile(join(dir, base, 'minutes.md'), 'utf8'),
        papers,
      });
    }
  }
  return out;
}

export async function buildSynthetic(dir, meetings) {
  await rm(dir, { recursive: true, force: true });
  const agencies = AGENCIES.map((id) => `  ${id}: { name: ${id.toUpperCase()} }`).join('\n');
  const fora = FORA.map((id) => `  ${id}:\n    name: ${id}\n    members: [${AGENCIES.join(', ')}]\n    quorum: 7\n    deadlines: { agenda_days: 7, papers_days: 7, minutes_days: 14 }`).join('\n');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'etat.yml'), `language: nb\nagencies:\n${agencies}\nfora:\n${fora}\n`);
  const start = Date.UTC(2000, 0, 3);
  const writes = [];
  for (let i = 0; i < meetings; i++) {
    const forum = FORA[i % FORA.length];
    const date = new Date(start + Math.floor(i / FORA.length) * 7 * 86400000).toISOString().slice(0, 10);
    const folder = join(dir, 'meetings', forum, date);
    const items = [
      { id: '1', title: 'Godkjenning av innkalling og saksliste', kind: 'inform' },
      { id: '2', title: 'Strategisk prosjektstyring', kind: 'decide', paper: 'papers/02-prosjektstyring.md' },
      { id: '3', title: 'Felles kunnskapsgrunnlag', kind: 'discuss' },
      { id: '4', title: 'Årsrapport', kind: 'decide', paper: 'papers/04-arsrapport.md' },
      { id: '5', title: 'Orientering fra etatene', kind: 'inform' },
      { id: '6', title: 'Eventuelt', kind: 'inform' },
    ];
    const agenda = `---
type: agenda
forum: ${forum}
date: ${date}
start: "10:00"
end: "12:00"
location: Teams
chair: bufdir
purpose: Beslutte modell for strategisk prosjektstyring og årsrapport
status: sent
items:
${items
  .map(
    (item, n) => `  - id: "${item.id}"
    title: ${item.title}
    kind: ${item.kind}
    owner: ${AGENCIES[n % AGENCIES.length]}${item.paper ? `\n    papers: [${item.paper}]\n    proposal: Forumet slutter seg til forslaget i saksfremlegget.` : ''}
    duration: 20`,
  )
  .join('\n')}
---
Velkommen til møte. Sakene er beskrevet under.

${items.map((item) => `## Sak ${item.id}: ${item.title}\n\n${'Sekretariatet orienterer om saken og status i arbeidet. '.repeat(3)}\n`).join('\n')}`;
    const minutes = `---
type: minutes
forum: ${forum}
date: ${date}
status: approved
approved_at: ${forum}/${date}
present: [${AGENCIES.slice(0, 10).join(', ')}]
absent: [${AGENCIES.slice(10).join(', ')}]
items:
${items
  .map(
    (item) => `  - id: "${item.id}"
    outcome: ${item.kind === 'decide' ? 'decided' : item.kind === 'discuss' ? 'discussed' : 'noted'}${
      item.kind === 'decide'
        ? `\n    decision: Forumet sluttet seg til forslaget.\n    consensus: true\n    actions:\n      - { what: Følge opp vedtaket, owner: nav, due: ${date}, done: true }`
        : ''
    }`,
  )
  .join('\n')}
---
${items.map((item) => `## Sak ${item.id}: ${item.title}\n\n${'Forumet drøftet saken. Etatene ga innspill om videre arbeid. '.repeat(3)}\n`).join('\n')}`;
    writes.push(
      mkdir(join(folder, 'papers'), { recursive: true }).then(() =>
        Promise.all([
          writeFile(join(folder, 'agenda.md'), agenda),
          writeFile(join(folder, 'minutes.md'), minutes),
          writeFile(join(folder, 'papers', '02-prosjektstyring.md'), paper('Strategisk prosjektstyring')),
          writeFile(join(folder, 'papers', '04-arsrapport.md'), paper('Årsrapport')),
        ]),
      ),
    );
    if (writes.length >= 64) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}
