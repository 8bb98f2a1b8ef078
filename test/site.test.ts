import { cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { execa } from 'execa';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNationalId } from '../src/model/publishing.js';
import { renderMarkdown } from '../src/site/markdown.js';
import { SiteWriter } from '../src/site/write.js';
import { commitAll, gitEnv } from './helpers/git.js';
import { CONFIG, makeRepo, makeTempDir, runInProcess } from './helpers/repo.js';
import { buildSite, committedCopy, etat } from './helpers/site.js';

const EXAMPLE = fileURLToPath(new URL('../examples/etatssamarbeidet/', import.meta.url));

/** Every file under `dir`, relative, with forward slashes. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'));
}

/** A valid fødselsnummer, found by trying the personal numbers of one birth date: the test does not trust a number written down. */
function identityNumber(): string {
  for (let n = 10000; n < 99999; n++) if (isNationalId(`150387${n}`)) return `150387${n}`;
  throw new Error('no valid number');
}

describe('etat site build on the bundled example', () => {
  let out: string;
  let files: string[];
  let dir: string;
  // Built once for the whole describe: its own folder, removed after all of it (makeRepo's go after each test).
  afterAll(() => rm(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'etat-site-'));
    const repo = join(dir, 'etatssamarbeidet');
    await cp(EXAMPLE, repo, { recursive: true });
    await execa('git', ['init', '--quiet', '--initial-branch=main'], { cwd: repo, env: gitEnv() });
    await commitAll(repo, 'Eksempelet');
    out = join(dir, 'site');
    const ran = await runInProcess(['site', 'build', '--out', out, '--today', '2026-11-24'], { cwd: repo });
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/Nettstedet er bygget i .*: \d+ filer/);
    files = await listFiles(out);
  }, 60_000);

  it('writes a page of every type, the feeds, the search index and only shipped assets', () => {
    for (const path of [
      'index.html',
      'forums/direktorgruppen/index.html',
      'forums/direktorgruppen/calendar.ics',
      'meetings/direktorgruppen/2026-10-29/index.html',
      'meetings/direktorgruppen/2026-10-29/meeting.ics',
      'meetings/direktorgruppen/2026-10-29/papers/04-felles-nettsted.html',
      'meetings/direktorgruppen/2026-03-12/papers/03-henvendelse-fra-kommune.pdf',
      'decisions/index.html',
      'cases/index.html',
      'cases/ES-2025-007/index.html',
      'actions/index.html',
      'agencies/index.html',
      'agencies/udir/index.html',
      'stats/index.html',
      'search/index.html',
      'assets/search-index.js',
      'publishing/index.html',
      'accessibility/index.html',
      'feed.xml',
      '.etat-site',
    ]) {
      expect(files).toContain(path);
    }
  });

  it('links only to files that exist, relatively, each ending in a file name (so file:// works)', async () => {
    const broken: string[] = [];
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const html = await readFile(join(out, page), 'utf8');
      for (const [, href] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        if (href!.startsWith('#')) continue;
        expect(href!.startsWith('/'), `${page} → ${href}`).toBe(false);
        const target = resolve(dirname(join(out, page)), href!.split('#')[0]!);
        const found = await stat(target).catch(() => undefined);
        if (!found?.isFile()) broken.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives no two elements of a page the same id', async () => {
    const repeated: string[] = [];
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      const ids = [...(await readFile(join(out, page), 'utf8')).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
      for (const [i, id] of ids.entries()) if (ids.indexOf(id) !== i) repeated.push(`${page}#${id}`);
    }
    expect(repeated).toEqual([]);
  });

  it('gives every page its language, a skip link to main, the menu and the accessibility statement', async () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) {
      const html = await readFile(join(out, page), 'utf8');
      expect(html, page).toMatch(/^<!doctype html><html lang="nb">/);
      expect(html, page).toContain('<a class="ds-skip-link" href="#main">Hopp til hovedinnhold</a>');
      expect(html, page).toContain('<main id="main"');
      expect(html, page).toContain('Tilgjengelighetserklæring</a>');
      expect(html, page).toContain('class="etat-internal"');
    }
  });

  it('shows a meeting with its minutes beside each item, the restricted item marked in the internal build', async () => {
    const html = await readFile(join(out, 'meetings/direktorgruppen/2026-10-29/index.html'), 'utf8');
    expect(html).toContain('Sak 4: Felles nettsted for innkallinger, referater og styringsdokumenter');
    expect(html).toContain('Direktørgruppen vedtok å lansere et felles nettsted');
    expect(html).toContain('Unntatt offentlighet (offl. § 14)');
    expect(html).toContain('Felles innspill til statsbudsjettet 2028');
  });

  it('writes an Atom feed an XML parser reads, one entry a decision', async () => {
    const { stdout } = await runInProcess(['decisions', '--format', 'json'], { cwd: EXAMPLE });
    const decisions = (JSON.parse(stdout) as { decisions: unknown[] }).decisions.length;
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(await readFile(join(out, 'feed.xml'), 'utf8'), 'text/xml');
    expect(errors).toEqual([]);
    expect(doc.documentElement!.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(doc.getElementsByTagName('entry').length).toBe(decisions);
  });

  it('writes calendars ical.js reads: a forum feed with its meetings, and one event a meeting', async () => {
    const feed = new ICAL.Component(ICAL.parse(await readFile(join(out, 'forums/direktorgruppen/calendar.ics'), 'utf8')));
    const events = feed.getAllSubcomponents('vevent');
    expect(events.length).toBe((await readdir(join(EXAMPLE, 'meetings/direktorgruppen'))).length);
    const one = new ICAL.Component(ICAL.parse(await readFile(join(out, 'meetings/direktorgruppen/2026-10-29/meeting.ics'), 'utf8')));
    expect(one.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toBe('direktorgruppen.2026-10-29@etatssamarbeidet.etat');
  });

  it("gives each meeting the SEQUENCE and DTSTAMP etat calendar gives, from the one log it shares with the papers' history", async () => {
    // A sent agenda moved twice after it went out, each change committed: SEQUENCE 2. The site reads the agendas' versions
    // from the log it reads for the papers (HEAD is the default branch's tip); etat calendar reads its own.
    const { repo } = await committedCopy(EXAMPLE);
    const agenda = join(repo, 'meetings/direktorgruppen/2026-10-29/agenda.md');
    const text = await readFile(agenda, 'utf8');
    await writeFile(agenda, text.replace(/^location: .*$/m, 'location: Bufdir, Bjørvika'));
    await commitAll(repo, 'Flyttet til Bufdir', '2026-11-05T10:00:00+01:00');
    await writeFile(agenda, text.replace(/^location: .*$/m, 'location: Oslo rådhus'));
    await commitAll(repo, 'Flyttet til rådhuset', '2026-11-06T10:00:00+01:00');
    const site = join(repo, '..', 'site');
    await buildSite(repo, site);
    const calendar = await etat(repo, 'calendar');
    expect(calendar.code).toBe(0);
    const byUid = (text: string) =>
      new Map(
        new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), { sequence: v.getFirstPropertyValue('sequence'), stamp: String(v.getFirstPropertyValue('dtstamp')) }]),
      );
    const expected = byUid(calendar.stdout);
    expect(expected.get('direktorgruppen.2026-10-29@etatssamarbeidet.etat')).toEqual({ sequence: 2, stamp: '2026-11-06T09:00:00Z' });
    const forum = byUid(await readFile(join(site, 'forums/direktorgruppen/calendar.ics'), 'utf8'));
    const meeting = byUid(await readFile(join(site, 'meetings/direktorgruppen/2026-10-29/meeting.ics'), 'utf8'));
    expect(meeting.get('direktorgruppen.2026-10-29@etatssamarbeidet.etat')).toEqual({ sequence: 2, stamp: '2026-11-06T09:00:00Z' });
    for (const [uid, event] of forum) expect(event, uid).toEqual(expected.get(uid));
    expect(forum.size).toBeGreaterThan(1);
  });

  it('replaces a site it built, and never a folder of other files', async () => {
    const repo = await makeRepo({ 'etat.yml': CONFIG });
    const other = await makeRepo({ 'notes.txt': 'mine' });
    const refused = await runInProcess(['site', 'build', '--out', other], { cwd: repo });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('holds files etat did not build');
    expect(await readFile(join(other, 'notes.txt'), 'utf8')).toBe('mine');
    const inside = await runInProcess(['site', 'build', '--out', 'meetings/site'], { cwd: repo });
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('is never written to');
    const first = await runInProcess(['site', 'build'], { cwd: repo });
    expect(first.code).toBe(0);
    expect(await runInProcess(['site', 'build'], { cwd: repo })).toMatchObject({ code: 0 });
    expect((await listFiles(join(repo, '_site'))).length).toBeGreaterThan(10);
  });

  it('writes on its own thread, and a write that fails there fails the build without a hang, the old site kept', async () => {
    const out = join(await makeTempDir(), '_site');
    const first = await SiteWriter.start(out, 'internal');
    await first.put('index.html', 'old');
    await first.put('assets/site.css', new TextEncoder().encode('css'));
    expect(await first.finish()).toMatchObject({ files: 2, bytes: 6 });
    // A public build is never written over an internal one: beside it, and swapped in only when whole.
    const second = await SiteWriter.start(out, 'public');
    await second.put('index.html', 'new');
    // A file where a folder must go, in the new site: the thread's mkdir fails.
    const failed = await (async () => {
      for (let i = 0; i < 300; i++) await second.put(`index.html/page-${i}.html`, 'x');
      return second.finish();
    })().then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error,
    );
    expect(failed?.code).toMatch(/^(ENOTDIR|EEXIST)$/);
    await second.abandon();
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(await readdir(dirname(out))).toEqual(['_site']);
  });

  it('writes over its last build of the same kind: changed files rewritten, files and folders it no longer makes removed', async () => {
    const out = join(await makeTempDir(), '_site');
    const first = await SiteWriter.start(out, 'internal');
    for (const path of ['index.html', 'a/index.html', 'b/c/index.html', 'd/e/f.html', 'g.html']) await first.put(path, `first ${path}`);
    await first.finish();
    const second = await SiteWriter.start(out, 'internal');
    // `g.html` becomes a folder, `d` a file; `b/` and `a/` go; `index.html` changes.
    for (const path of ['index.html', 'g.html/index.html', 'd', 'h/index.html']) await second.put(path, `second ${path}`);
    expect(await second.finish()).toMatchObject({ files: 4 });
    expect((await listFiles(out)).sort()).toEqual(['.etat-site', 'd', 'g.html/index.html', 'h/index.html', 'index.html']);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('second index.html');
    expect(await readFile(join(out, 'd'), 'utf8')).toBe('second d');
    expect(await readdir(dirname(out))).toEqual(['_site']);
  });

  it('leaves a file whose bytes are already there as it was (its time too), and rewrites one that differs, even by a byte of the same length', async () => {
    const out = join(await makeTempDir(), '_site');
    const pages = { 'same.html': 'Møte – uendret', 'same-length.html': 'Møte A', 'longer.html': 'kort', 'bytes.bin': new Uint8Array([1, 2, 3]) };
    const first = await SiteWriter.start(out, 'internal');
    for (const [path, content] of Object.entries(pages)) await first.put(path, content);
    await first.finish();
    const past = new Date('2020-01-01T00:00:00Z');
    for (const path of Object.keys(pages)) await utimes(join(out, path), past, past);
    const second = await SiteWriter.start(out, 'internal');
    const next = { 'same.html': 'Møte – uendret', 'same-length.html': 'Møte B', 'longer.html': 'lengre tekst', 'bytes.bin': new Uint8Array([1, 2, 3]) };
    for (const [path, content] of Object.entries(next)) await second.put(path, content);
    expect(await second.finish()).toMatchObject({ files: 4, bytes: Buffer.byteLength('Møte – uendret') + 7 + 12 + 3 });
    const kept = async (path: string) => (await stat(join(out, path))).mtimeMs === past.getTime();
    expect([await kept('same.html'), await kept('bytes.bin'), await kept('same-length.html'), await kept('longer.html')]).toEqual([true, true, false, false]);
    expect(await readFile(join(out, 'same-length.html'), 'utf8')).toBe('Møte B');
    expect(await readFile(join(out, 'longer.html'), 'utf8')).toBe('lengre tekst');
  });

  it('never writes over a site that holds a link: it is written beside it and swapped in, and nothing goes where the link leads', async () => {
    const dir = await makeTempDir();
    const out = join(dir, '_site');
    const elsewhere = join(dir, 'elsewhere');
    const first = await SiteWriter.start(out, 'internal');
    await first.put('index.html', 'first');
    await first.finish();
    await mkdir(elsewhere);
    await symlink(elsewhere, join(out, 'meetings'));
    const second = await SiteWriter.start(out, 'internal');
    await second.put('meetings/x/index.html', 'second');
    await second.finish();
    expect(await readdir(elsewhere)).toEqual([]);
    expect((await lstat(join(out, 'meetings'))).isDirectory()).toBe(true);
    expect(await readFile(join(out, 'meetings/x/index.html'), 'utf8')).toBe('second');
  });
});

describe('the public build', () => {
  const SECRET_TITLE = 'Personalsak om navngitt leder';
  const SECRET_DECISION = 'Lederen flyttes til ny stilling';
  const SECRET_PAPER = 'Hemmelig vurdering av lederen';
  const files = (extra = '') => ({
    'etat.yml': CONFIG,
    'meetings/direktorgruppen/2026-03-12/agenda.md': `---
type: agenda
forum: direktorgruppen
date: 2026-03-12
purpose: Orientere om arbeidsplanen
status: sent
items:
  - id: "1"
    title: Arbeidsplan 2026
    kind: inform
    owner: bufdir
    papers:
      - papers/01-plan.md
      - { path: papers/01-vedlegg.md, restricted: "offl. § 13 jf. fvl. § 13" }
  - id: "2"
    title: ${SECRET_TITLE}
    public_title: Personalsak
    kind: decide
    owner: hdir
    restricted: "offl. § 25"
    proposal: ${SECRET_DECISION}
    papers: [papers/02-vurdering.md]
---
Velkommen.${extra}
`,
    'meetings/direktorgruppen/2026-03-12/minutes.md': `---
type: minutes
forum: direktorgruppen
date: 2026-03-12
status: approved
present: [bufdir, hdir, udir]
items:
  - id: "1"
    outcome: noted
  - id: "2"
    outcome: decided
    decision: ${SECRET_DECISION}.
    consensus: true
    actions:
      - { what: ${SECRET_DECISION} innen mars, owner: hdir, due: 2026-04-01 }
---
Referat.
`,
    'meetings/direktorgruppen/2026-03-12/papers/01-plan.md': '# Arbeidsplan\n\nPlanen for 2026.\n',
    'meetings/direktorgruppen/2026-03-12/papers/01-vedlegg.md': `# Vedlegg\n\n${SECRET_PAPER} i vedlegget.\n`,
    'meetings/direktorgruppen/2026-03-12/papers/02-vurdering.md': `# Vurdering\n\n${SECRET_PAPER}.\n`,
  });

  it('refuses to build when an identity number would be published, naming the file, line and rule', async () => {
    const number = identityNumber();
    const repo = await makeRepo(files(`\n\nKontakt: ${number}`));
    const out = join(await makeTempDir(), 'site');
    const ran = await runInProcess(['site', 'build', '--public', '--out', out], { cwd: repo });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(`meetings/direktorgruppen/2026-03-12/agenda.md:26:10  error  This looks like a national identity number (\`150387*****\`)`);
    expect(ran.stderr).toContain('privacy/national-id');
    await expect(stat(out)).rejects.toThrow();
  });

  it('leaves the restricted title, text and papers out of every file it writes, the search index too, even in the folder of an internal build', async () => {
    const repo = await makeRepo(files());
    const out = join(await makeTempDir(), 'site');
    // The internal build first, in the same folder: every page of it must go, none be left among the public ones.
    expect((await runInProcess(['site', 'build', '--out', out], { cwd: repo })).code).toBe(0);
    expect(await readFile(join(out, 'meetings/direktorgruppen/2026-03-12/papers/02-vurdering.html'), 'utf8')).toContain(SECRET_PAPER);
    const ran = await runInProcess(['site', 'build', '--public', '--out', out], { cwd: repo });
    expect(ran.code).toBe(0);
    const written = await listFiles(out);
    expect(written).toContain('meetings/direktorgruppen/2026-03-12/papers/01-plan.html');
    expect(written).not.toContain('meetings/direktorgruppen/2026-03-12/papers/01-vedlegg.html');
    expect(written).not.toContain('meetings/direktorgruppen/2026-03-12/papers/02-vurdering.html');
    let seen = 0;
    for (const path of written) {
      const text = await readFile(join(out, path), 'utf8');
      for (const secret of [SECRET_TITLE, SECRET_DECISION, SECRET_PAPER, '01-vedlegg', '02-vurdering']) expect(text.includes(secret), `${secret} in ${path}`).toBe(false);
      if (text.includes('Planen for 2026')) seen++;
    }
    // The published paper is there (its page and the search index): the grep looked at real output.
    expect(seen).toBe(2);
    const meeting = await readFile(join(out, 'meetings/direktorgruppen/2026-03-12/index.html'), 'utf8');
    expect(meeting).toContain('Item 2: Personalsak');
    expect(meeting).toContain('Exempt from public access (offl. § 25)');
    expect(meeting).not.toContain('class="etat-internal"');
    const publishing = await readFile(join(out, 'publishing/index.html'), 'utf8');
    expect(publishing).toContain('offl. § 13 jf. fvl. § 13');
    expect(publishing).toContain('offl. § 25');
  });
});

describe('Markdown on the site', () => {
  it("numbers the minutes' heading ids on from the agenda's on a meeting page, on both paths (sak-2, then sak-2-1)", async () => {
    const meeting = 'meetings/sekretariatet/2026-05-20';
    const { dir, repo } = await committedCopy(EXAMPLE, async (repo) => {
      const minutes = join(repo, meeting, 'minutes.md');
      await writeFile(minutes, `${await readFile(minutes, 'utf8')}\n## Sak 2: Orienteringssaker\n\nTatt til orientering.\n`);
      const other = join(repo, 'meetings/sekretariatet/2026-01-21/minutes.md');
      await writeFile(other, `${await readFile(other, 'utf8')}\n## Sak 1: Orienteringssaker\n\nTatt til <em>orientering</em>.\n`);
    });
    try {
      await buildSite(repo, join(dir, '_site'));
      const ids = async (page: string) => [...(await readFile(join(dir, '_site', page, 'index.html'), 'utf8')).matchAll(/\sid="(sak-[^"]*)"/g)].map((m) => m[1]!);
      expect((await ids(meeting)).filter((id) => id.startsWith('sak-2-'))).toEqual(['sak-2-orienteringssaker', 'sak-2-orienteringssaker-1']);
      expect((await ids('meetings/sekretariatet/2026-01-21')).filter((id) => id.startsWith('sak-1-'))).toEqual(['sak-1-orienteringssaker', 'sak-1-orienteringssaker-1']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  const render = (text: string) => renderMarkdown(text, { shiftHeadings: 1 }).html.html;

  it('renders a text with no HTML and no image (markdown-it) as the careful path (remark, rehype-sanitize) would: ids, levels, tables, .md links, no javascript: href', () => {
    const text = '---\ntype: paper\n---\n# Tittel\n\n## Hva er problemet?\n\n## Hva er problemet?\n\n| A | B |\n|---|---|\n| 1 & 2 | «x» |\n\n[lenke](javascript:alert(1)) [annen](vedlegg.md#del) [nett](https://example.org/a.md)\n';
    const quick = render(text);
    // The same text with a `<` in it goes the careful way (rehype-sanitize): both must say the same.
    const careful = render(`${text}\n<b>x</b>\n`);
    for (const html of [quick, careful]) {
      expect(html).toContain('<h2 id="tittel">Tittel</h2>');
      expect(html).toContain('<h3 id="hva-er-problemet">Hva er problemet?</h3>');
      expect(html).toContain('<h3 id="hva-er-problemet-1">Hva er problemet?</h3>');
      expect(html).toMatch(/<td>1 &#x26; 2<\/td>|<td>1 &amp; 2<\/td>/);
      expect(html).toContain('<a href="vedlegg.html#del">annen</a>');
      expect(html).toContain('<a href="https://example.org/a.md">nett</a>');
      // The careful path drops the link's href; markdown-it leaves the whole link as text. Neither links it.
      expect(html).not.toMatch(/href="javascript/i);
      expect(html).not.toContain('type: paper');
    }
  });

  it('keeps text and drops scripts, handlers, javascript: links, frames and remote images', () => {
    const html = render('# Tittel\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[lenke](javascript:alert(1)) [annen](vedlegg.md#del) ![bilde](https://example.org/x.png)\n\n<iframe src="https://example.org"></iframe>\n\n<b onclick="x()">fet</b>\n');
    expect(html).toContain('<h2 id="tittel">Tittel</h2>');
    expect(html).toContain('<b>fet</b>');
    expect(html).toContain('<a href="vedlegg.html#del">annen</a>');
    for (const banned of ['<script', 'onerror', 'onclick', 'javascript:', '<iframe', '<img', 'example.org']) expect(html).not.toContain(banned);
  });
});
