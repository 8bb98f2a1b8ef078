import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Lang } from '../../i18n/lang.js';
import { packageUrl } from '../../package-root.js';
import { scaffoldTexts, type ScaffoldTexts } from '../../i18n/scaffold.js';
import { CI_PLATFORMS } from '../../scaffold/ci.js';
import { configExample, EXAMPLE_AGENCIES } from '../../scaffold/config-example.js';
import { describeSchemaWrites, schemaModeline, writeEditorSchemas } from '../../scaffold/editor-schemas.js';
import type { TemplateName } from '../../scaffold/templates.js';
import type { CommandContext } from '../io.js';
import { displayPath } from '../display.js';
import { defineCommand, type Input, type ArgumentSpec, type OptionSpec } from '../define.js';
import { sharedOptions } from '../options.js';

const words = {
  en: {
    init: 'create a governance repository here or in [dir]: etat.yml, the schemas for editors in .etat/schemas/, templates/ when asked, and git init',
    initDir: 'the folder to create it in (default: the current folder)',
    initExample: 'start from an example: etatssamarbeidet (13 agencies, 3 fora)',
    initTemplates: 'also write the built-in templates to templates/, to adapt them',
    initCi: 'also write a CI pipeline: github or gitlab (as etat ci setup)',
  },
  nb: {
    init: 'opprett et styringsrepositorium her eller i [mappe]: etat.yml, skjemaene for redigeringsverktøy i .etat/schemas/, templates/ når du ber om det, og git init',
    initDir: 'mappen det skal opprettes i (standard: gjeldende mappe)',
    initExample: 'start fra et eksempel: etatssamarbeidet (13 etater, 3 fora)',
    initTemplates: 'skriv også de innebygde malene til templates/, så de kan tilpasses',
    initCi: 'skriv også et CI-løp: github eller gitlab (som etat ci setup)',
  },
  nn: {
    init: 'opprett eit styringsrepositorium her eller i [mappe]: etat.yml, skjemaa for redigeringsverktøy i .etat/schemas/, templates/ når du ber om det, og git init',
    initDir: 'mappa det skal opprettast i (standard: gjeldande mappe)',
    initExample: 'start frå eit døme: etatssamarbeidet (13 etatar, 3 fora)',
    initTemplates: 'skriv òg dei innebygde malane til templates/, så dei kan tilpassast',
    initCi: 'skriv òg eit CI-løp: github eller gitlab (som etat ci setup)',
  },
};
const args = [{ name: '[dir]', help: 'initDir' }] as const satisfies readonly ArgumentSpec<(typeof words)['en']>[];
const options = {
  example: { flags: '--example <name>', help: 'initExample', choices: ['etatssamarbeidet'] },
  templates: { flags: '--templates', help: 'initTemplates' },
  ci: { flags: '--ci <platform>', help: 'initCi', choices: CI_PLATFORMS },
  force: sharedOptions.force,
} as const satisfies Record<string, OptionSpec<(typeof words)['en']>>;

const exampleConfigUrl = () => packageUrl('examples', 'etatssamarbeidet', 'etat.yml');

/**
 * `etat init [dir]`: etat.yml (from the example with `--example`), the JSON
 * Schemas for editors in `.etat/schemas/`, the built-in
 * templates with `--templates`, a CI pipeline with `--ci github|gitlab` (as
 * `etat ci setup`), and `git init` where there is no repository. Nothing that
 * exists is overwritten without `--force`, and a pipeline never is: then the
 * rest is done, and the exit code is 2.
 */
export default defineCommand({
  name: 'init',
  words,
  description: 'init',
  examples: ['etat init styring --example etatssamarbeidet', 'etat init --lang nn --templates', 'etat init --ci github'],
  arguments: args,
  options,
  run: init,
});

async function init(context: CommandContext, { args: [dirArg], options: opts }: Input<typeof args, typeof options>): Promise<number> {
  const { execa } = await import('execa');
  const { builtInTemplate } = await import('../../scaffold/templates.js');
  const { writeNew } = await import('../../fs/write.js');
  const { setupCi } = await import('./ci-setup.js');
  const { setupGitDiff } = await import('./git-setup.js');
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
  if (opts.ci !== undefined) {
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
  // yaml is CommonJS: its module is `default`, in Node as in the bundle (where `import()` of CommonJS gives nothing else).
  const { isMap, parseDocument } = (await import('yaml')).default;
  const doc = parseDocument(await readFile(exampleConfigUrl(), 'utf8'));
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
    // The example opens its agendas as most Norwegian bodies do: approval of the invitation and agenda, then of the last minutes.
    commented(configExample({ forum: { id: 'direktorgruppen', name: texts.exampleFora.direktorgruppen!, members, standingItems: ['agenda', 'minutes'] } })).replace(
      /^(# +)quorum:.*$/m,
      // How the forum decides changes how silence in the minutes is read: shown, but left commented even when the example is taken.
      (line, indent: string) => `${line}\n${indent}#${texts.decidesByComment}`,
    ),
    '',
  ].join('\n');
}
