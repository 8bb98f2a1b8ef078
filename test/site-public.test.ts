import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execa } from 'execa';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNationalId } from '../src/model/publishing.js';
import { BROWSER_TIMEOUT, useBrowser, watchContext } from './helpers/browser.js';
import { clockEnv } from './helpers/git.js';
import { makeRepo } from './helpers/repo.js';
import { buildSite, committedCopy, EXAMPLE_TODAY } from './helpers/site.js';

/**
 * `etat site build --public`, run as a user runs it (the built CLI), on a
 * repository with a restricted item, restricted papers and identity numbers:
 * it refuses while a number would be published, saying where; without one,
 * nothing restricted is anywhere in what it writes — by the bytes of every
 * file and by what a visitor can find with the site's own search.
 */

const ETAT = fileURLToPath(new URL('../bin/etat.js', import.meta.url));
const browser = useBrowser();

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
/** A check digit by mod 11, or undefined when none exists (remainder 1). */
function checkDigit(digits: number[], weights: number[]): number | undefined {
  const rest = 11 - (weights.reduce((sum, weight, n) => sum + weight * digits[n]!, 0) % 11);
  return rest === 11 ? 0 : rest === 10 ? undefined : rest;
}
/**
 * A fødselsnummer made by its definition (Skatteetaten): the birth date
 * DDMMYY, three digits of a person number, two mod-11 check digits. `dNumber`
 * adds 40 to the day, as a D-number does. Made here, not asked of etat.
 */
function identityNumber(date: string, dNumber = false): string {
  const day = Number(date.slice(0, 2)) + (dNumber ? 40 : 0);
  for (let person = 500; person < 1000; person++) {
    const digits = [...`${String(day).padStart(2, '0')}${date.slice(2)}${person}`].map(Number);
    const k1 = checkDigit(digits, W1);
    if (k1 === undefined) continue;
    const k2 = checkDigit([...digits, k1], W2);
    if (k2 === undefined) continue;
    return [...digits, k1, k2].join('');
  }
  throw new Error(`no person number gives ${date} valid check digits`);
}

const FNR = identityNumber('240578');
const DNR = identityNumber('011290', true);

const SECRET = {
  title: 'Omorganisering av Konfidensavdelingen',
  proposal: 'Konfidensavdelingen legges ned fra 1. juni',
  paper: 'Vurderingen av Konfidensavdelingens ledere',
  attachment: 'Vedlegg om Konfidensavdelingens budsjett',
  pdfName: '05-konfidensrapport.pdf',
};

const CONFIG = `language: nb
agencies:
  bufdir: { name: Bufdir }
  hdir: { name: Helsedirektoratet, short: Hdir }
  udir: { name: Utdanningsdirektoratet, short: Udir }
fora:
  direktorgruppen:
    name: Direktørgruppen
    members: [bufdir, hdir, udir]
    quorum: 2
`;
const M = 'meetings/direktorgruppen/2026-03-12';

/** The repository; `extra` puts text into the files where a test wants an identity number. */
function files(extra: { paper?: string; decision?: string; minutes?: string; restrictedPaper?: string } = {}): Record<string, string> {
  return {
    'etat.yml': CONFIG,
    [`${M}/agenda.md`]: `---
type: agenda
forum: direktorgruppen
date: 2026-03-12
purpose: Orientere om arbeidsplanen og behandle en personalsak
status: sent
items:
  - id: "1"
    title: Arbeidsplan 2026
    kind: decide
    owner: bufdir
    proposal: Arbeidsplanen vedtas.
    papers:
      - papers/01-plan.md
      - { path: papers/02-vedlegg.md, restricted: "offl. § 13 jf. fvl. § 13" }
  - id: "2"
    title: ${SECRET.title}
    public_title: Personalsak
    kind: decide
    owner: hdir
    restricted: "offl. § 25"
    proposal: ${SECRET.proposal}
    papers: [papers/03-vurdering.md, papers/${SECRET.pdfName}]
---
Velkommen til møtet.
`,
    [`${M}/minutes.md`]: `---
type: minutes
forum: direktorgruppen
date: 2026-03-12
status: approved
present: [bufdir, hdir, udir]
items:
  - id: "1"
    outcome: decided
    decision: Arbeidsplanen ble vedtatt.${extra.decision ?? ''}
    consensus: true
  - id: "2"
    outcome: decided
    decision: ${SECRET.proposal}.
    consensus: true
    actions:
      - { what: Varsle de ansatte i Konfidensavdelingen, owner: hdir, due: 2026-04-01 }
---
Referat fra møtet.${extra.minutes ?? ''}
`,
    [`${M}/papers/01-plan.md`]: `# Arbeidsplan\n\nPlanen for 2026 har fire satsinger.${extra.paper ?? ''}\n`,
    [`${M}/papers/02-vedlegg.md`]: `# Vedlegg\n\n${SECRET.attachment}.${extra.restrictedPaper ?? ''}\n`,
    [`${M}/papers/03-vurdering.md`]: `# Vurdering\n\n${SECRET.paper}.\n`,
    [`${M}/papers/${SECRET.pdfName}`]: `%PDF-1.4\n% ${SECRET.paper}\n%%EOF\n`,
  };
}

/** `etat site build --public` in a committed copy of the repository, as a child process. */
async function buildPublic(extra: Parameters<typeof files>[0] = {}) {
  const { dir, repo } = await committedCopy(await makeRepo(files(extra)));
  const out = join(dir, 'public-site');
  const ran = await execa('node', [ETAT, 'site', 'build', '--public', '--out', out, '--today', EXAMPLE_TODAY], { cwd: repo, env: clockEnv(), reject: false });
  return { dir, repo, out, ran };
}

/** Every file under `dir`, relative, with its bytes. */
async function everyFile(dir: string): Promise<Map<string, Buffer>> {
  const all = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      all.set(path.slice(dir.length + 1), await readFile(path));
    }
  }
  return all;
}

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('etat site build --public and identity numbers', () => {
  it('makes numbers etat agrees are identity numbers', () => {
    expect(isNationalId(FNR)).toBe(true);
    expect(isNationalId(DNR)).toBe(true);
    expect(Number(DNR.slice(0, 2))).toBe(41);
  });

  it.each([
    ['a Markdown paper', { paper: ` Kontakt: ${FNR}.` }, `${M}/papers/01-plan.md:3:`, FNR],
    ['a decision in the minutes', { decision: ` Saksbehandler ${FNR}` }, `${M}/minutes.md:`, FNR],
    ['the text of the minutes (a D-number)', { minutes: `\n\nD-nummer ${DNR} ble nevnt.` }, `${M}/minutes.md:`, DNR],
  ])('refuses when %s would publish one: exit 1, the file and line named, the number masked, nothing written', async (_where, extra, place, number) => {
    const { dir, out, ran } = await buildPublic(extra);
    made.push(dir);
    expect(ran).toExitWith(1);
    expect(ran.stderr).toContain(place);
    expect(ran.stderr).toMatch(/privacy\/national-id/);
    expect(ran.stderr).toContain(`${number.slice(0, 6)}*****`);
    expect(ran.stderr).toContain('Det offentlige nettstedet ble ikke bygget: ett fødselsnummer ville blitt publisert.');
    // The message never prints the whole number it protects.
    expect(`${ran.stdout}${ran.stderr}`).not.toContain(number);
    await expect(stat(out)).rejects.toThrow();
  });

  it('builds when the only number is in a restricted paper, which it does not publish', async () => {
    const { dir, out, ran } = await buildPublic({ restrictedPaper: ` Fødselsnummer ${FNR}.` });
    made.push(dir);
    expect(ran).toExitWith(0);
    for (const [path, bytes] of await everyFile(out)) expect(bytes.includes(FNR), path).toBe(false);
  });
});

describe('the public site of a repository with restricted content', { timeout: BROWSER_TIMEOUT }, () => {
  let out: string;
  let written: Map<string, Buffer>;
  /** The internal build of the same repository: where the secrets must be, or the search for them proves nothing. */
  let internal: Map<string, Buffer>;
  beforeAll(async () => {
    const built = await buildPublic();
    made.push(built.dir);
    expect(built.ran).toExitWith(0);
    expect(built.ran.stdout).toContain('Dette er den offentlige versjonen');
    out = built.out;
    written = await everyFile(out);
    await buildSite(built.repo, join(built.dir, 'internal-site'));
    internal = await everyFile(join(built.dir, 'internal-site'));
  }, 60_000);

  it('holds the restricted title, text and papers in no file, by name or by content, the search index and feeds too', () => {
    expect([...written.keys()]).toEqual(expect.arrayContaining(['index.html', `${M}/index.html`, `${M}/papers/01-plan.html`, 'assets/search-index.js', 'feed.xml', `${M}/meeting.ics`, 'forums/direktorgruppen/calendar.ics']));
    for (const path of written.keys()) expect(path).not.toMatch(/02-vedlegg|03-vurdering|konfidens/i);
    // Every form of the secrets: as written, as HTML or JSON would escape them, and the word they share.
    const needles = [...Object.values(SECRET), 'Konfidensavdeling', '02-vedlegg', '03-vurdering'];
    // The internal build has every one of them: the needles are what the site would show.
    for (const needle of needles) expect([...internal.values()].some((bytes) => bytes.includes(needle)), needle).toBe(true);
    expect([...internal.keys()]).toEqual(expect.arrayContaining([`${M}/papers/03-vurdering.html`, `${M}/papers/${SECRET.pdfName}`]));
    let scanned = 0;
    for (const [path, bytes] of written) {
      for (const needle of needles) expect(bytes.includes(needle), `${needle} in ${path}`).toBe(false);
      scanned += bytes.length;
    }
    expect(scanned).toBeGreaterThan(100_000);
    // What is published is there: the grep read real output.
    expect(written.get(`${M}/papers/01-plan.html`)!.toString()).toContain('Planen for 2026 har fire satsinger.');
    expect(written.get('assets/search-index.js')!.toString()).toContain('Planen for 2026');
  });

  it('shows the withheld item by its public title and legal basis, and says so on the publishing page', () => {
    const meeting = written.get(`${M}/index.html`)!.toString();
    expect(meeting).toContain('Sak 2: Personalsak');
    expect(meeting).toContain('offl. § 25');
    expect(meeting).not.toContain('class="etat-internal"');
    const publishing = written.get('publishing/index.html')!.toString();
    expect(publishing).toContain('offl. § 25');
    expect(publishing).toContain('offl. § 13 jf. fvl. § 13');
  });

  describe('in the browser', () => {
    let context: BrowserContext;
    let page: Page;
    let base: string;
    beforeAll(async () => {
      base = pathToFileURL(out).href + '/';
      context = await browser().newContext();
      await watchContext(context, [base]);
      page = await context.newPage();
    });
    afterAll(() => context.close());

    const search = async (query: string) => {
      await page.goto(`${base}search/index.html?q=${encodeURIComponent(query)}`);
      await page.locator('#search-status:not(:empty)').waitFor();
      return { status: await page.locator('#search-status').innerText(), hits: await page.locator('#search-results li a').allInnerTexts() };
    };

    it('finds nothing restricted with the site’s search, and the public title where it may', async () => {
      for (const word of ['Konfidensavdelingen', 'Omorganisering', 'legges ned', 'Vurderingen', 'budsjett']) expect(await search(word), word).toEqual({ status: 'Ingen treff.', hits: [] });
      expect((await search('arbeidsplan')).hits).toContain('Vedtak: Arbeidsplan 2026');
      expect((await search('Personalsak')).hits.join('\n')).toContain('Personalsak');
    });

    it('shows no restricted text on the meeting page a visitor opens', async () => {
      await page.goto(`${base}${M}/index.html`);
      const text = await page.locator('body').innerText();
      expect(text).toContain('Personalsak');
      expect(text).toContain('Arbeidsplanen ble vedtatt.');
      expect(text).not.toMatch(/Konfidens/i);
      expect(await page.locator('a[href*="02-vedlegg"], a[href*="03-vurdering"], a[href$=".pdf"]').count()).toBe(0);
    });
  });
});
