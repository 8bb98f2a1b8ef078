import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isLang, type Lang } from '../i18n/lang.js';
import { asDict } from '../model/data.js';
import { parseYamlFile } from '../model/source.js';

/**
 * The `language` of the nearest etat.yml above the first of `starts` that has
 * one, read without validating the file: for commands that must work (or say
 * what they did) even when etat.yml is broken, such as git's diff driver,
 * which runs once per file of a diff and so loads nothing it does not need.
 */
export async function repositoryLanguage(starts: readonly string[]): Promise<Lang | undefined> {
  for (const start of starts) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const bytes = await readFile(join(dir, 'etat.yml')).catch(() => undefined);
      if (bytes) {
        const language = asDict(parseYamlFile('etat.yml', bytes).data)?.language;
        if (isLang(language)) return language;
        break; // the nearest etat.yml names no language: look from the next start
      }
      if (dirname(dir) === dir) break;
    }
  }
  return undefined;
}
