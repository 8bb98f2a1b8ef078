import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from './helpers/repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VERSION = ((await import('../package.json', { with: { type: 'json' } })) as { default: { version: string } }).default.version;

/**
 * The README's way to put etat on PATH until it is on a registry: a tarball
 * made by `npm pack`, installed with npm. Done for real, from npm's cache
 * (`npm ci` filled it), into a folder of its own.
 */
describe('installing etat from a tarball, as the README says', () => {
  it('npm pack, then npm install the tarball: the installed etat runs and checks the example', async () => {
    const work = await makeTempDir();
    // The build is there already (npm test builds before the tests run), so pack without running it again.
    await execa('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT });
    const tarball = join(work, `etat-${VERSION}.tgz`);
    const prefix = join(work, 'installed');
    await execa('npm', ['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--no-save', tarball], { cwd: work, env: { npm_config_update_notifier: 'false' } });
    const etat = join(prefix, 'node_modules', '.bin', 'etat');
    expect((await execa(etat, ['--version'])).stdout).toBe(VERSION);
    const checked = await execa(etat, ['check', '--cwd', join(ROOT, 'examples', 'etatssamarbeidet'), '--today', '2026-11-24', '--lang', 'en'], { reject: false });
    expect(checked.exitCode).toBe(1);
    expect(checked.stdout).toMatch(/✖ \d+ errors, \d+ warnings/);
  }, 240_000);
});
