import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';

interface PackageJson {
  name: string;
  version: string;
  homepage: string;
}

let pkg: PackageJson | undefined;

/** etat's own package.json, read once (at the package root). */
export function packageJson(): PackageJson {
  pkg ??= JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as PackageJson;
  return pkg;
}

/** Where a rule's page is published: `docs/rules/<rule-id>.md` in the repository. */
export function ruleUrl(ruleId: string): string {
  const repository = packageJson().homepage.replace(/#.*$/, '');
  return `${repository}/blob/main/docs/rules/${ruleId}.md`;
}
