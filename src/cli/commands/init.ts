import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { execa } from 'execa';
import { isMap, parseDocument } from 'yaml';
import type { Lang } from '../../i18n/lang.js';
import { scaffoldTexts, type ScaffoldTexts } from '../../i18n/scaffold.js';
import { isCiPlatform } from '../../scaffold/ci.js';
import { configExample, EXAMPLE_AGENCIES } from '../../scaffold/config-example.js';
import { describeSchemaWrites, schemaModeline, writeEditorSchemas } from '../../scaffold/editor-schemas.js';
import { builtInTemplate, type TemplateName } from '../../scaffold/templates.js';
import { writeNew } from '../../fs/write.js';
import type { CommandContext } from '../io.js';
import { setupCi } from './ci-setup.js';
import { setupGitDiff } from './git-setup.js';
import { displayPath } from '../display.js';

const EXAMPLE_CONFIG = new URL('../../../examples/etatssamarbeidet/etat.yml', import.meta.url);

/**
 * `etat init [dir]`: etat.yml (from the example with `--example`), the JSON
 * Schemas for editors in `.etat/schemas/`, the built-in
 * templates with `--templates`, a CI pipeline with `--ci github|gitlab` (as
 * `etat ci setup`), and `git init` where there is no repository. Nothing that
 * exists is overwritten without `--force`, and a pipeline never is: then the
 * rest is done, and the exit code is 2.
 */
export default async function init(context: CommandContext, [dirArg]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const lang: Lang = context.lang ?? context.fallbackLang;
  const texts = scaffoldTexts[lang];
  const dir = resolve(context.cwd, typeof dirArg === 'string' ? dirArg : '.');
  await mkdir(dir, { recursive: true });
  const force = opts.force === true;
  const shown = displayPath(context, dir);

  const example = opts.example === 'etatssamarbeidet';
  const config = example ? await exampleConfig(lang, texts) : emptyConfig(lang, texts);
  await writeNew(dir, 'etat.yml', config, { force });
  context.stdout.write(texts.wrote({ path: shown('etat.yml') }) + '\n');

  // The schemas editors validate the files with, where the first line of each points: in the repository, so no network is needed.
  for (const line of describeSchemaWrites(await writeEditorSchemas(dir, { force }), texts, { shown })) context.stdout.write(line + '\n');

  if (opts.templates === true) {
    for (const name of ['agenda', 'minutes', 'paper'] as TemplateName[]) {
      await writeNew(dir, `templates/${name}.md`, await readFile(builtInTemplate(lang, name), 'utf8'), { force });
      context.stdout.write(texts.wrote({ path: shown(`templates/${name}.md`) }) + '\n');
    }
  }

  let exitCode = 0;
  if (isCiPlatform(opts.ci)) {
    exitCode = await setupCi(context, { root: dir, platform: opts.ci, lang });
  }

  const inside = await execa('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, reject: false }).catch(() => undefined);
  if (!inside) context.stderr.write(texts.gitMissing + '\n');
  else {
    if (inside.exitCode !== 0) {
      await execa('git', ['init', '--quiet', '-b', 'main'], { cwd: dir });
      context.stdout.write(texts.gitInit + '\n');
    }
    // git diff shows each decision as one line: the same as `etat git setup` (not inside a .git folder).
    if (inside.exitCode !== 0 || String(inside.stdout).trim() === 'true') await setupGitDiff(context, dir, lang);
  }

  context.stdout.write(`\n${texts.initDone({ dir: shown('.') })}\n${example ? texts.nextSteps : texts.nextFill}\n`);
  context.stdout.write(`  ${texts.nextAgenda({ forum: example ? 'direktorgruppen' : '<forum>' })}\n`);
  return exitCode;
}

/** The example's etat.yml, in the chosen language: its `language` and forum names changed in place. */
async function exampleConfig(lang: Lang, texts: ScaffoldTexts): Promise<string> {
  const doc = parseDocument(await readFile(EXAMPLE_CONFIG, 'utf8'));
  doc.set('language', lang);
  // The example turns off the rules that read history (its history is etat's own); a new repository has its own.
  doc.delete('rules');
  const fora = doc.get('fora', true);
  if (isMap(fora)) {
    for (const pair of fora.items) {
      const id = String((pair.key as { value?: unknown }).value);
      const name = texts.exampleFora[id];
      if (name && isMap(pair.value)) pair.value.set('name', name);
    }
  }
  // The example's own header comment is in bokmål and about the example: this one says what the file is.
  doc.commentBefore = `${schemaModeline('etat', 'etat.yml')}\n${texts.configComment}`;
  return doc.toString({ lineWidth: 0 });
}

/**
 * A new etat.yml without agencies or fora: `agencies:` and `fora:` left empty,
 * each followed by an example, commented out, of the shape to write there.
 * The file is valid as written, and uncommenting an example keeps it valid —
 * unlike `agencies: {}`, under which added lines make broken YAML.
 */
function emptyConfig(lang: Lang, texts: ScaffoldTexts): string {
  // The lines under the key, each commented out: `#   bufdir: …`, so that taking `# ` away leaves them indented.
  const commented = (yaml: string) =>
    yaml
      .split('\n')
      .slice(1)
      .map((line) => `# ${line}`)
      .join('\n');
  const members = Object.keys(EXAMPLE_AGENCIES);
  const comment = (text: string) => text.split('\n').map((line) => `#${line}`).join('\n');
  return [
    `#${schemaModeline('etat', 'etat.yml')}`,
    comment(texts.configComment),
    '',
    `language: ${lang}`,
    '',
    comment(texts.emptyAgencies),
    'agencies:',
    commented(configExample({ agencies: EXAMPLE_AGENCIES })),
    '',
    comment(texts.emptyFora),
    'fora:',
    commented(configExample({ forum: { id: 'direktorgruppen', name: texts.exampleFora.direktorgruppen!, members } })),
    '',
  ].join('\n');
}
