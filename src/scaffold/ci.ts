import { readFile } from 'node:fs/promises';
import { packageUrl } from '../package-root.js';

/**
 * The pipelines `etat ci setup` writes. Their text is in `templates/ci/`, as
 * files people can read, with their comments; the only thing filled in is
 * etat's version, from a fixed list of placeholders (`%ETAT_VERSION%`), so a
 * template holds no code. `%` is used because `{{ }}` belongs to GitHub's
 * expressions. Everything here but `readCiTemplates` is pure.
 */

export const CI_PLATFORMS = ['github', 'gitlab'] as const;
export type CiPlatform = (typeof CI_PLATFORMS)[number];

export function isCiPlatform(value: unknown): value is CiPlatform {
  return typeof value === 'string' && (CI_PLATFORMS as readonly string[]).includes(value);
}

/** What a pipeline file does, for the message that says it was written. */
export type CiRole = 'check' | 'comment' | 'gitlab' | 'pages';

/** A pipeline file: where it goes in the repository, and its text. */
export interface CiFile {
  path: string;
  text: string;
  role: CiRole;
}

export const GITHUB_WORKFLOW = '.github/workflows/etat.yml';
export const GITHUB_COMMENT_WORKFLOW = '.github/workflows/etat-comment.yml';
export const GITHUB_PAGES_WORKFLOW = '.github/workflows/etat-pages.yml';
export const GITLAB_CI = '.gitlab-ci.yml';
/** Where the GitLab job goes when the repository has a `.gitlab-ci.yml` of its own, which then includes it. */
export const GITLAB_INCLUDED = '.gitlab/etat.gitlab-ci.yml';

/** Each platform's files: the template under `templates/ci/` and where its text goes by default. */
const FILES: Record<CiPlatform, { template: string; path: string; role: CiRole }[]> = {
  github: [
    { template: 'github-etat.yml', path: GITHUB_WORKFLOW, role: 'check' },
    { template: 'github-etat-comment.yml', path: GITHUB_COMMENT_WORKFLOW, role: 'comment' },
  ],
  gitlab: [{ template: 'gitlab-etat.yml', path: GITLAB_CI, role: 'gitlab' }],
};

/**
 * What `--pages` adds: on GitHub a workflow of its own (it runs on push as
 * well, and only its publishing job may write to Pages); on GitLab jobs
 * appended to the one file, which is all GitLab reads.
 */
const PAGES: Record<CiPlatform, { template: string; path?: string; role?: CiRole }> = {
  github: { template: 'github-etat-pages.yml', path: GITHUB_PAGES_WORKFLOW, role: 'pages' },
  gitlab: { template: 'gitlab-pages.yml' },
};

/** The templates a platform's files are made of. */
function templatesOf(platform: CiPlatform, pages: boolean): string[] {
  return [...FILES[platform].map(({ template }) => template), ...(pages ? [PAGES[platform].template] : [])];
}

/** The values a template may name, and nothing else. */
export interface CiValues {
  /** The version of etat that wrote the pipeline. */
  ETAT_VERSION: string;
  /**
   * What the pipeline installs etat from, as npm takes it: `etat@0.1.0` (the
   * default), a tarball in the repository (`./vendor/etat-0.1.0.tgz`), a URL
   * of one, or a git URL (`git+https://…#v0.1.0`).
   */
  ETAT_PACKAGE: string;
}

const PLACEHOLDER = /%([A-Z_]+)%/g;
/** What each value may hold: it goes into YAML and a shell script, so only characters that mean nothing to either. */
const SAFE_VALUES: Record<keyof CiValues, RegExp> = {
  ETAT_VERSION: /^[0-9A-Za-z.+-]+$/,
  // A package spec: no space, quote, `$`, backtick or `;`, and never an option (`-…`).
  ETAT_PACKAGE: /^(?!-)[0-9A-Za-z@/._:+#~=-]+$/,
};

/** Whether `--package` names something npm can install from, that is safe to write into a pipeline. */
export function isPackageSpec(value: string): boolean {
  return SAFE_VALUES.ETAT_PACKAGE.test(value) && !value.split('/').includes('..');
}

export function ciTemplateUrl(template: string): URL {
  return packageUrl('templates', 'ci', template);
}

/** The texts of a platform's templates (with `pages`, those of the Pages jobs too), by template name. */
export async function readCiTemplates(platform: CiPlatform, pages = false): Promise<Record<string, string>> {
  const entries = await Promise.all(templatesOf(platform, pages).map(async (template) => [template, await readFile(ciTemplateUrl(template), 'utf8')] as const));
  return Object.fromEntries(entries);
}

/**
 * Fill in a template's placeholders. A name not in `CiValues`, or a value that
 * is not a plain version (letters, digits, `.`, `+`, `-`), is a bug in etat,
 * not something a user did: it throws.
 */
export function fillCiTemplate(text: string, values: CiValues): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`unknown placeholder %${name}% in a CI template`);
    const value = values[name as keyof CiValues];
    if (!SAFE_VALUES[name as keyof CiValues].test(value)) throw new Error(`the value of %${name}% is not safe to write: ${JSON.stringify(value)}`);
    return value;
  });
}

/** A platform's files at their default places, filled in; with `pages`, with the jobs that publish the public site. */
export function ciFiles(platform: CiPlatform, templates: Record<string, string>, values: CiValues, pages = false): CiFile[] {
  const fill = (template: string) => {
    const text = templates[template];
    if (text === undefined) throw new Error(`no CI template ${template}`);
    return fillCiTemplate(text, values);
  };
  const files = FILES[platform].map(({ template, path, role }) => ({ path, text: fill(template), role }));
  if (!pages) return files;
  const { template, path, role } = PAGES[platform];
  if (path && role) return [...files, { path, text: fill(template), role }];
  // GitLab: the jobs go into the platform's one file.
  return files.map((file, index) => (index === files.length - 1 ? { ...file, text: file.text + fill(template) } : file));
}

/** What to write, given which paths exist already. */
export interface CiPlan {
  /** The files to write, each where it goes. */
  files: CiFile[];
  /** Paths that exist already and stand in the way: when there is one, nothing is written. */
  blocked: string[];
  /** GitLab, when `.gitlab-ci.yml` exists: the file it must include, which holds the job. */
  include?: string;
  /** Workflows of an earlier `etat ci setup` that exist already, left as they are while the Pages workflow is added. */
  kept?: string[];
}

/**
 * Where each file goes, never over an existing one. GitHub workflows are files
 * of their own, written unless one of that name exists (all of them, or only
the Pages workflow when the others exist already). A repository's own
 * `.gitlab-ci.yml` is left alone: the job goes into `.gitlab/etat.gitlab-ci.yml`
 * for it to include.
 */
export function planCi(files: CiFile[], exists: (path: string) => boolean): CiPlan {
  // `--pages` in a repository that has the check workflows already: only the Pages workflow is new.
  const pages = files.find((file) => file.role === 'pages');
  const others = files.filter((file) => file !== pages);
  if (pages && !exists(pages.path) && others.length > 0 && others.every((file) => exists(file.path))) {
    return { files: [pages], blocked: [], kept: others.map((file) => file.path) };
  }
  const gitlab = files.find((file) => file.role === 'gitlab');
  if (gitlab && exists(GITLAB_CI)) {
    const moved = files.map((file) => (file === gitlab ? { ...file, path: GITLAB_INCLUDED } : file));
    return { files: moved, blocked: moved.filter((file) => exists(file.path)).map((file) => file.path), include: GITLAB_INCLUDED };
  }
  return { files, blocked: files.filter((file) => exists(file.path)).map((file) => file.path) };
}
