import { lstat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { ciTexts } from '../../i18n/ci.js';
import { packageJson } from '../../meta.js';
import { CI_PLATFORMS, ciFiles, GITLAB_CI, GITLAB_INCLUDED, isPackageSpec, planCi, readCiTemplates, type CiFile, type CiPlatform } from '../../scaffold/ci.js';
import type { CommandContext } from '../io.js';
import { displayPath } from '../display.js';
import { defineCommand, type Input, type ArgumentSpec, type OptionSpec } from '../define.js';
import { code, type Lang } from '../../i18n/lang.js';

const words = {
  en: {
    ciSetup: 'write a pipeline that runs etat check on every pull request (github) or merge request (gitlab); never overwrites one',
    ciPlatform: 'github or gitlab',
    ciPackage: 'what the pipeline installs etat from, as npm takes it: a tarball in the repository (./vendor/etat.tgz), a URL, a git URL (default: etat@<this version> from the npm registry)',
    ciPrint: 'print the files to the terminal instead of writing them',
    ciPages: 'also build the public website (etat site build --public) on every pull or merge request, and publish it to GitHub or GitLab Pages from the default branch',
  },
  nb: {
    ciSetup: 'skriv et løp som kjører etat check på hver pull request (github) eller merge request (gitlab); overskriver aldri et som finnes',
    ciPlatform: 'github eller gitlab',
    ciPackage: 'hva pipelinen installerer etat fra, slik npm tar det: en tarball i repositoriet (./vendor/etat.tgz), en URL, en git-URL (standard: etat@<denne versjonen> fra npm-registeret)',
    ciPrint: 'skriv filene til terminalen i stedet for å lagre dem',
    ciPages: 'bygg også det offentlige nettstedet (etat site build --public) på hver pull request eller merge request, og publiser det på GitHub Pages eller GitLab Pages fra standardgrenen',
  },
  nn: {
    ciSetup: 'skriv eit løp som køyrer etat check på kvar pull request (github) eller merge request (gitlab); skriv aldri over eit som finst',
    ciPlatform: 'github eller gitlab',
    ciPackage: 'kva pipelinen installerer etat frå, slik npm tek det: ein tarball i repositoriet (./vendor/etat.tgz), ein URL, ein git-URL (standard: etat@<denne versjonen> frå npm-registeret)',
    ciPrint: 'skriv filene til terminalen i staden for å lagre dei',
    ciPages: 'byggje òg den offentlege nettstaden (etat site build --public) på kvar pull request eller merge request, og publisere han på GitHub Pages eller GitLab Pages frå standardgreina',
  },
};
const errorsEn = {
  badPackage: (d: { value: string }) =>
    `${code(d.value)} is not a package spec etat writes into a pipeline: use a name and version (\`etat@0.1.0\`), a tarball in the repository (\`./vendor/etat-0.1.0.tgz\`), or a URL, without spaces or quotes.`,
};
const errors: Record<Lang, typeof errorsEn> = {
  en: errorsEn,
  nb: {
    badPackage: (d) =>
      `${code(d.value)} er ikke en pakkeangivelse etat skriver inn i en pipeline: bruk navn og versjon (\`etat@0.1.0\`), en tarball i repositoriet (\`./vendor/etat-0.1.0.tgz\`) eller en URL, uten mellomrom eller anførselstegn.`,
  },
  nn: {
    badPackage: (d) =>
      `${code(d.value)} er ikkje ei pakkeangiving etat skriv inn i ein pipeline: bruk namn og versjon (\`etat@0.1.0\`), ein tarball i repositoriet (\`./vendor/etat-0.1.0.tgz\`) eller ein URL, utan mellomrom eller hermeteikn.`,
  },
};
const args = [{ name: '<platform>', help: 'ciPlatform', choices: CI_PLATFORMS }] as const satisfies readonly ArgumentSpec<(typeof words)['en']>[];
const options = {
  package: { flags: '--package <spec>', help: 'ciPackage' },
  print: { flags: '--print', help: 'ciPrint' },
  pages: { flags: '--pages', help: 'ciPages' },
} as const satisfies Record<string, OptionSpec<(typeof words)['en']>>;

/**
 * `etat ci setup github|gitlab`: the pipeline that runs `etat check` on every
 * pull or merge request, in the governance repository (where etat.yml is).
 * With `--print`, the files go to standard output and nothing is written.
 */
export default defineCommand({
  name: 'ci setup',
  words,
  errors,
  description: 'ciSetup',
  examples: [
    'etat ci setup github',
    'etat ci setup gitlab',
    'etat ci setup gitlab --print >> .gitlab-ci.yml',
    'etat ci setup github --pages',
    'etat ci setup github --package ./vendor/etat-0.1.0.tgz',
    'etat ci setup github --package git+https://git.example.org/etat.git#v0.1.0',
  ],
  arguments: args,
  options,
  run: ciSetup,
});

async function ciSetup(context: CommandContext, { args: [platform], options: opts }: Input<typeof args, typeof options>): Promise<number> {
  const { repositoryLanguage } = await import('../../config/language.js');
  const { findRoot } = await import('../../config/load.js');
  const lang = context.lang ?? (await repositoryLanguage([context.cwd])) ?? context.fallbackLang;
  const spec = packageOption(opts.package);
  const pages = opts.pages === true;
  if (opts.print === true) {
    printCi(context, await filesFor(platform, spec, pages), lang);
    return 0;
  }
  return setupCi(context, { root: await findRoot(context.cwd), platform, lang, package: spec, pages });
}

/** `--package`: what the pipeline installs etat from; this version from the registry by default. */
export function packageOption(value: unknown): string {
  if (value === undefined) return `etat@${packageJson().version}`;
  const spec = String(value);
  if (!isPackageSpec(spec)) throw new UsageError('badPackage', { value: spec });
  return spec;
}

async function filesFor(platform: CiPlatform, spec: string, pages: boolean): Promise<CiFile[]> {
  return ciFiles(platform, await readCiTemplates(platform, pages), { ETAT_VERSION: packageJson().version, ETAT_PACKAGE: spec }, pages);
}

/**
 * Write a platform's pipeline into the repository at `root` and say what was
 * done; also run by `etat init --ci`. An existing file is never overwritten
 * (there is no `--force`): then nothing is written, and the exit code is 2.
 */
export async function setupCi(context: CommandContext, options: { root: string; platform: CiPlatform; lang: Lang; package?: string; pages?: boolean }): Promise<number> {
  const { workTreeTop } = await import('../../git/worktree.js');
  const { toPosix } = await import('../../model/paths.js');
  const { writeNew } = await import('../../fs/write.js');
  const { root, platform, lang } = options;
  const pages = options.pages === true;
  const command = `etat ci setup ${platform}${pages ? ' --pages' : ''} --print`;
  const texts = ciTexts[lang];
  const shown = displayPath(context, root);
  // Pipelines are read from the top of the git repository only: written in a subfolder, they would never run.
  const top = workTreeTop(root);
  if (top !== undefined && resolve(top) !== resolve(root)) {
    context.stderr.write(texts.subfolder({ sub: toPosix(relative(top, root)), command }) + '\n');
    return 2;
  }
  const files = await filesFor(platform, options.package ?? packageOption(undefined), pages);
  const existing = new Set<string>();
  for (const file of [...files.map((f) => f.path), GITLAB_CI, GITLAB_INCLUDED]) {
    if (await lstat(resolve(root, file)).then(() => true, () => false)) existing.add(file);
  }
  const plan = planCi(files, (path) => existing.has(path));
  const own = shown(GITLAB_CI);
  const refuse = (paths: string[]) => {
    const lines = paths.map((path) => texts.exists({ path: shown(path) }));
    lines.push(texts.refused({ command }));
    if (plan.include) lines.push(texts.gitlabIncludeHint({ own }), '', includeBlock(plan.include));
    context.stderr.write(lines.join('\n') + '\n');
    return 2;
  };
  if (plan.blocked.length > 0) return refuse(plan.include ? [GITLAB_CI, ...plan.blocked] : plan.blocked);

  const out: string[] = [];
  for (const path of plan.kept ?? []) out.push(texts.exists({ path: shown(path) }));
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
  if (plan.kept === undefined) out.push('', platform === 'github' ? texts.githubNext({ docs }) : texts.gitlabNext({ docs }));
  // The link to the docs once, after the last paragraph.
  if (pages) out.push('', platform === 'github' ? texts.githubPagesNext({ docs: plan.kept ? docs : undefined }) : texts.gitlabPagesNext());
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
