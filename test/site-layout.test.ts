import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findRoot, loadConfig } from '../src/config/load.js';
import { loadFrom } from '../src/model/load.js';
import { worktreeSource } from '../src/model/worktree-source.js';
import { paths } from '../src/site/html.js';
import { framedPage, renderPage } from '../src/site/layout.js';
import { h } from '../src/site/markup.js';
import { siteBaseOf } from '../src/site/site.js';
import { makeTempDir } from './helpers/repo.js';

const EXAMPLE = fileURLToPath(new URL('../examples/etatssamarbeidet/', import.meta.url));

describe('the frame of every page (layout.ts)', () => {
  it('gives, from the frames it keeps, what the frame made whole gives: every depth, menu page, build and title', async () => {
    // A copy of the example: the test reads nothing outside its own folder.
    const copy = join(await makeTempDir(), 'example');
    await cp(EXAMPLE, copy, { recursive: true });
    const root = await findRoot(copy);
    const repo = await loadFrom(worktreeSource(root), await loadConfig(root, {}));
    const pagePaths = [paths.home, paths.decisions, paths.search, paths.accessibility, paths.case('S-2026-01'), paths.meeting('direktorgruppen', '2026-10-29'), paths.paper('direktorgruppen', '2026-10-29', '02-a.html'), paths.forum('sekretariatet')];
    let compared = 0;
    for (const serving of [false, true]) {
      for (const isPublic of [false, true]) {
        const site = siteBaseOf(repo, { isPublic, today: '2026-11-24', basePath: '/', serving });
        // Twice over: the second round is made from the frames the first kept.
        for (const round of [1, 2]) {
          for (const path of pagePaths) {
            for (const title of ['Vedtak', 'A < B & "C" </title>', '\0title\0', '', `Runde ${round}`]) {
              const page = { path, title, main: [h('p', title), '&'], scripts: path === paths.search ? ['assets/search.js'] : undefined };
              expect(renderPage(site, page), `${path} «${title}»`).toBe(framedPage(site, page));
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBe(4 * 2 * pagePaths.length * 5);
  });
});
