import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
 * another's half-written binary: each unpacks into a private folder, and the
 * first to rename it into place wins.
 */
async function packagedChromium(): Promise<{ executable: string; fonts: string }> {
  const { version } = JSON.parse(await readFile(new URL('../../node_modules/@sparticuz/chromium/package.json', import.meta.url), 'utf8')) as { version: string };
  const target = join(tmpdir(), `etat-chromium-${version}`);
  const ready = join(target, 'ready');
  if (!existsSync(ready)) {
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
    try {
      await rename(staging, target);
    } catch {
      // Another test file was first (or an unfinished folder is in the way).
      await rm(staging, { recursive: true, force: true });
      if (!existsSync(ready)) throw new Error(`${target} exists but holds no finished Chromium: remove it and run the tests again`);
    }
  }
  return { executable: join(target, 'chromium'), fonts: join(target, 'fonts', 'etat-fonts.conf') };
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
