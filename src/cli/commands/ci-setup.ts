import { lstat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { repositoryLanguage } from '../../config/language.js';
import { findRoot } from '../../config/load.js';
import { UsageError } from '../../errors.js';
import { ciTexts } from '../../i18n/ci.js';
import type { Lang } from '../../i18n/lang.js';
import { packageJson } from '../../meta.js';
import { workTreeTop } from '../../git/worktree.js';
import { toPosix } from '../../model/paths.js';
import { ciFiles, GITLAB_CI, GITLAB_INCLUDED, isCiPlatform, isPackageSpec, planCi, readCiTemplates, type CiFile, type CiPlatform } from '../../scaffold/ci.js';
import { writeNew } from '../../fs/write.js';
import type { CommandContext } from '../io.js';
import { displayPath } from '../display.js';

/**
 * `etat ci setup github|gitlab`: the pipeline that runs `etat check` on every
 * pull or merge request, in the governance repository (where etat.yml is).
 * With `--print`, the files go to standard output and nothing is written.
 */
export default async function ciSetup(context: CommandContext, [platform]: unknown[], opts: Record<string, unknown>): Promise<number> {
  // commander has checked the choice already.
  if (!isCiPlatform(platform)) throw new UsageError('usage', { message: String(platform) });
  const lang = context.lang ?? (await repositoryLanguage([context.cwd])) ?? context.fallbackLang;
  const spec = packageOption(opts.package);
  if (opts.print === true) {
    printCi(context, await filesFor(platform, spec), lang);
    return 0;
  }
  return setupCi(context, { root: await findRoot(context.cwd), platform, lang, package: spec });
}

/** `--package`: what the pipeline installs etat from; this version from the registry by default. */
export function packageOption(value: unknown): string {
  if (value === undefined) return `etat@${packageJson().version}`;
  const spec = String(value);
  if (!isPackageSpec(spec)) throw new UsageError('badPackage', { value: spec });
  return spec;
}

async function filesFor(platform: CiPlatform, spec: string): Promise<CiFile[]> {
  return ciFiles(platform, await readCiTemplates(platform), { ETAT_VERSION: packageJson().version, ETAT_PACKAGE: spec });
}

/**
 * Write a platform's pipeline into the repository at `root` and say what was
 * done; also run by `etat init --ci`. An existing file is never overwritten
 * (there is no `--force`): then nothing is written, and the exit code is 2.
 */
export async function setupCi(context: CommandContext, options: { root: string; platform: CiPlatform; lang: Lang; package?: string }): Promise<number> {
  const { root, platform, lang } = options;
  const texts = ciTexts[lang];
  const shown = displayPath(context, root);
  // Pipelines are read from the top of the git repository only: written in a subfolder, they would never run.
  const top = workTreeTop(root);
  if (top !== undefined && resolve(top) !== resolve(root)) {
    context.stderr.write(texts.subfolder({ sub: toPosix(relative(top, root)), command: `etat ci setup ${platform} --print` }) + '\n');
    return 2;
  }
  const files = await filesFor(platform, options.package ?? packageOption(undefined));
  const existing = new Set<string>();
  for (const file of [...files.map((f) => f.path), GITLAB_CI, GITLAB_INCLUDED]) {
    if (await lstat(resolve(root, file)).then(() => true, () => false)) existing.add(file);
  }
  const plan = planCi(files, (path) => existing.has(path));
  const own = shown(GITLAB_CI);
  const refuse = (paths: string[]) => {
    const lines = paths.map((path) => texts.exists({ path: shown(path) }));
    lines.push(texts.refused({ command: `etat ci setup ${platform} --print` }));
    if (plan.include) lines.push(texts.gitlabIncludeHint({ own }), '', includeBlock(plan.include));
    context.stderr.write(lines.join('\n') + '\n');
    return 2;
  };
  if (plan.blocked.length > 0) return refuse(plan.include ? [GITLAB_CI, ...plan.blocked] : plan.blocked);

  const out: string[] = [];
  if (plan.include) out.push(texts.gitlabMoved({ own, path: shown(plan.include) }));
  for (const file of plan.files) {
    try {
      await writeNew(root, file.path, file.text);
    } catch (error) {
      // Made in the moment between looking and writing: still never overwritten.
      if (error instanceof UsageError && error.messageId === 'exists') {
        context.stdout.write(out.join('\n') + (out.length > 0 ? '\n' : ''));
        return refuse([file.path]);
      }
      throw error;
    }
    out.push(texts.wrote[file.role]({ path: shown(file.path) }));
  }
  const docs = `${packageJson().homepage.replace(/#.*$/, '')}/blob/main/docs/ci.md`;
  if (plan.include) out.push('', texts.gitlabInclude({ own }), '', includeBlock(plan.include));
  out.push('', platform === 'github' ? texts.githubNext({ docs }) : texts.gitlabNext({ docs }));
  context.stdout.write(out.join('\n') + '\n');
  return 0;
}

/** What a `.gitlab-ci.yml` needs to include the job. */
function includeBlock(path: string): string {
  return `include:\n  - local: ${path}`;
}

/** The files on standard output, each after a comment naming where it belongs. */
function printCi(context: CommandContext, files: CiFile[], lang: Lang): void {
  const texts = ciTexts[lang];
  const parts = files.map((file) => {
    const header = file.role === 'gitlab' ? texts.belongsInGitlab({ own: GITLAB_CI, path: GITLAB_INCLUDED }) : texts.belongsIn({ path: file.path });
    return `${header}\n${file.text}`;
  });
  context.stdout.write(parts.join('\n'));
}
