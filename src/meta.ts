import { readFileSync } from 'node:fs';

interface PackageJson {
  name: string;
  version: string;
  homepage: string;
}

let pkg: PackageJson | undefined;

/** etat's own package.json, read once (it ships beside `dist/`). */
export function packageJson(): PackageJson {
  pkg ??= JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;
  return pkg;
}

/** Where a rule's page is published: `docs/rules/<rule-id>.md` in the repository. */
export function ruleUrl(ruleId: string): string {
  const repository = packageJson().homepage.replace(/#.*$/, '');
  return `${repository}/blob/main/docs/rules/${ruleId}.md`;
}
