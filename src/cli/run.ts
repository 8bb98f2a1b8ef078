import { resolve } from 'node:path';
import { Argument, Command, CommanderError, Help, Option } from 'commander';
import { EtatError, ConfigError } from '../errors.js';
import { cliTexts, type CliTexts } from '../i18n/cli.js';
import { DEFAULT_LANG, LANGUAGES, isLang, langFromEnv, type Lang } from '../i18n/lang.js';
import { packageJson } from '../meta.js';
import { CI_PLATFORMS } from '../scaffold/ci.js';
import type { CommandContext, Output, RunOptions } from './io.js';

/**
 * The whole CLI as a function: parse `argv`, run the command, return the exit
 * code (0 clean, 1 errors found, 2 could not check). Nothing here calls
 * `process.exit`; the bin sets `process.exitCode`. Command modules are imported
 * only when their command runs, so `etat --version` loads none of them.
 */
export async function run(options: RunOptions): Promise<number> {
  const env = options.env ?? {};
  const stdout: Output = options.stdout ?? { write: () => undefined };
  const stderr: Output = options.stderr ?? { write: () => undefined };
  const startDir = resolve(options.cwd ?? '.');
  // The one place the CLI reads the clock; every command gets this moment.
  const now = options.now ?? new Date();
  const argv = [...options.argv];
  // The language of help and errors is needed before commander has parsed anything.
  const langArg = earlyOption(argv, '--lang');
  const fallbackLang: Lang = (isLang(langArg) ? langArg : undefined) ?? langFromEnv(env) ?? DEFAULT_LANG;
  const texts = cliTexts[fallbackLang];

  let exitCode = 0;
  const program = buildProgram(texts, {
    output: { stdout, stderr },
    action: async (name, args, opts) => {
      const global = program.opts<{ cwd?: string; lang?: string }>();
      const context: CommandContext = {
        cwd: resolve(startDir, global.cwd ?? '.'),
        startDir,
        lang: global.lang as Lang | undefined,
        fallbackLang,
        env,
        stdout,
        stderr,
        stdin: options.stdin,
        now,
      };
      exitCode = await runCommand(name, context, args, opts);
    },
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, { stderr, texts, lang: fallbackLang, env, startDir });
  }
}

/**
 * Each command's module, loaded only when the command runs. A module's default
 * export takes the context, the positional arguments and the options, and
 * returns the exit code.
 */
type CommandModule = { default: (context: CommandContext, args: unknown[], opts: Record<string, unknown>) => Promise<number> };
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  check: () => import('./commands/check.js'),
  rules: () => import('./commands/rules.js'),
  schema: () => import('./commands/schema.js'),
  init: () => import('./commands/init.js'),
  'agenda new': () => import('./commands/agenda-new.js'),
  'agenda send': () => import('./commands/agenda-send.js'),
  'paper new': () => import('./commands/paper-new.js'),
  'minutes new': () => import('./commands/minutes-new.js'),
  'minutes approve': () => import('./commands/minutes-approve.js'),
  status: () => import('./commands/status.js'),
  demo: () => import('./commands/demo.js'),
  'decisions diff': () => import('./commands/decisions-diff.js'),
  'git setup': () => import('./commands/git-setup.js'),
  'git textconv': () => import('./commands/git-textconv.js'),
  'ci setup': () => import('./commands/ci-setup.js'),
  'hook install': () => import('./commands/hook-install.js'),
  'hook uninstall': () => import('./commands/hook-uninstall.js'),
};

async function runCommand(name: string, context: CommandContext, args: unknown[], opts: Record<string, unknown>): Promise<number> {
  const load = COMMANDS[name];
  if (!load) throw new Error(`no module for command ${name}`);
  return (await load()).default(context, args, opts);
}

interface ProgramHooks {
  output: { stdout: Output; stderr: Output };
  action: (name: string, args: unknown[], opts: Record<string, unknown>) => Promise<void>;
}

/** The CI platforms `etat ci setup` writes pipelines for. */

/**
 * What `etat check` is asked to report, in the order asked: each `--format`
 * with the `--output` given next to it (before or after), if any.
 */
export interface ReportRequest {
  format?: string;
  output?: string;
}

/** Parsers for --format and --output that pair them as they come; both options end up holding the same list. */
function reportRequests() {
  const requests: ReportRequest[] = [];
  const fill = (slot: keyof ReportRequest) => (value: string) => {
    const last = requests.at(-1);
    if (last && last[slot] === undefined) last[slot] = value;
    else requests.push({ [slot]: value });
    return requests;
  };
  return { format: fill('format'), output: fill('output') };
}

function buildProgram(texts: CliTexts, hooks: ProgramHooks): Command {
  const { help } = texts;
  const reports = reportRequests();
  const program = new Command('etat')
    .description(help.program)
    .version(packageJson().version, '-v, --version', help.version)
    .helpOption('-h, --help', help.help)
    .addOption(new Option('--cwd <dir>', help.cwd))
    .addOption(new Option('--lang <lang>', help.lang).choices(LANGUAGES))
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => hooks.output.stdout.write(text),
      writeErr: (text) => hooks.output.stderr.write(text),
      // Errors are put into the user's language by handleError.
      outputError: () => undefined,
    })
    .configureHelp({
      styleTitle: (title) => help.titles[title] ?? title,
      // Commander adds "(choices: …, default: …)" in English: those two words, in the user's language.
      optionDescription(option) {
        return localiseExtra(Help.prototype.optionDescription.call(this, option), help);
      },
      argumentDescription(argument) {
        return localiseExtra(Help.prototype.argumentDescription.call(this, argument), help);
      },
    });
  program.helpCommand(false);

  /** An example is a command line, or a command line and a note in the user's language, shown as a shell comment after it. */
  type Example = string | [line: string, note: string];
  const examples = (lines: Example[]) =>
    `\n${help.examples}\n${lines.map((l) => (typeof l === 'string' ? `  $ ${l}` : `  $ ${l[0]}   # ${l[1]}`)).join('\n')}\n`;
  /** Declare a command whose action runs the module of `name` with its positional arguments. */
  const command = (parent: Command, name: string, description: string, exampleLines: Example[]) =>
    parent
      .command(name.split(' ').at(-1)!)
      .description(description)
      .addHelpText('after', examples(exampleLines))
      .action((...received: unknown[]) => {
        // commander passes the positional arguments, then the options, then the command.
        const positional = received.slice(0, -2);
        const opts = received.at(-2) as Record<string, unknown>;
        return hooks.action(name, positional, opts);
      });
  const group = (name: string, description: string, exampleLines: Example[]) =>
    program.command(name).description(description).helpCommand(false).addHelpText('after', examples(exampleLines));

  program.addHelpText('after', examples(['etat check', 'etat agenda new --forum direktorgruppen --date 2026-12-03', 'etat status']));

  command(program, 'check', help.check, [
    'etat check',
    'etat check meetings/direktorgruppen',
    'etat check --format json > etat-report.json',
    ['etat check --format github', help.notes.githubAnnotations],
    'etat check --changed --format github --format sarif --output etat.sarif',
    'etat check --format gitlab --output gl-code-quality.json --format junit --output etat-junit.xml',
    'etat check --max-warnings 0',
    'etat check --cwd examples/etatssamarbeidet --today 2026-11-24',
  ])
    .argument('[paths...]', help.checkPaths)
    // --format and --output are read in the order given, so that each --output belongs to its --format.
    .addOption(new Option('-f, --format <format>', help.checkFormat).argParser(reports.format))
    .addOption(new Option('-o, --output <file>', help.checkOutput).argParser(reports.output))
    .addOption(new Option('--max-warnings <n>', help.checkMaxWarnings))
    .addOption(new Option('-q, --quiet', help.checkQuiet))
    .addOption(new Option('--today <date>', help.checkToday))
    .addOption(new Option('--base <ref>', help.checkBase))
    .addOption(new Option('--changed', help.checkChanged))
    .addOption(new Option('--staged', help.checkStaged).conflicts(['changed']));

  command(program, 'rules', help.rules, ['etat rules', 'etat rules minutes/dissent-not-recorded']).argument('[id]', help.rulesId);
  command(program, 'schema', help.schema, ['etat schema agenda', 'etat schema --write'])
    .argument('[type]', help.schemaType)
    .addOption(new Option('--write', help.schemaWrite));

  command(program, 'init', help.init, ['etat init styring --example etatssamarbeidet', 'etat init --lang nn --templates', 'etat init --ci github'])
    .argument('[dir]', help.initDir)
    .addOption(new Option('--example <name>', help.initExample).choices(['etatssamarbeidet']))
    .addOption(new Option('--templates', help.initTemplates))
    .addOption(new Option('--ci <platform>', help.initCi).choices(CI_PLATFORMS))
    .addOption(new Option('--force', help.force));

  const agenda = group('agenda', help.agenda, ['etat agenda new --forum direktorgruppen --date 2026-12-03', 'etat agenda send direktorgruppen/2026-12-03']);
  command(agenda, 'agenda new', help.agendaNew, [
    'etat agenda new --forum direktorgruppen --date 2026-12-03 --purpose "Beslutte modell for prosjektstyring"',
    ['etat agenda new', help.notes.asksOnTerminal],
    'etat agenda new --forum direktorgruppen --date 2026-12-03 --same-day',
  ])
    .addOption(new Option('--forum <forum>', help.forum))
    .addOption(new Option('--date <date>', help.date))
    .addOption(new Option('--purpose <text>', help.purpose))
    .addOption(new Option('--chair <agency>', help.chair))
    .addOption(new Option('--start <time>', help.start))
    .addOption(new Option('--end <time>', help.end))
    .addOption(new Option('--location <place>', help.location))
    .addOption(new Option('--today <date>', help.today))
    .addOption(new Option('--same-day', help.sameDay).conflicts(['force']))
    .addOption(new Option('--force', help.force));
  command(agenda, 'agenda send', help.agendaSend, ['etat agenda send direktorgruppen/2026-12-03', 'etat agenda send direktorgruppen/2026-12-03 --format text | pbcopy'])
    .argument('<meeting>', help.meeting)
    .addOption(new Option('-f, --format <format>', help.sendFormat).choices(['markdown', 'text']).default('markdown'))
    .addOption(new Option('--today <date>', help.today))
    .addOption(new Option('--force', help.sendForce));

  const paper = group('paper', help.paper, ['etat paper new direktorgruppen/2026-12-03 2']);
  command(paper, 'paper new', help.paperNew, ['etat paper new direktorgruppen/2026-12-03 2', 'etat paper new direktorgruppen/2026-12-03 2 --title "Modell for prosjektstyring"'])
    .argument('<meeting>', help.meeting)
    .argument('<item-id>', help.itemId)
    .addOption(new Option('--title <title>', help.title))
    .addOption(new Option('--force', help.force));

  const minutes = group('minutes', help.minutes, ['etat minutes new direktorgruppen/2026-12-03', 'etat minutes approve direktorgruppen/2026-12-03 --at direktorgruppen/2027-01-14']);
  command(minutes, 'minutes new', help.minutesNew, ['etat minutes new direktorgruppen/2026-12-03'])
    .argument('<meeting>', help.meeting)
    .addOption(new Option('--force', help.force));
  command(minutes, 'minutes approve', help.minutesApprove, ['etat minutes approve direktorgruppen/2026-12-03', 'etat minutes approve direktorgruppen/2026-12-03 --at direktorgruppen/2027-01-14'])
    .argument('<meeting>', help.meeting)
    .addOption(new Option('--at <meeting>', help.at))
    .addOption(new Option('--today <date>', help.today));

  command(program, 'status', help.status, ['etat status', 'etat status --forum direktorgruppen --today 2026-11-24', 'etat status --soon 30', 'etat status --format json'])
    .addOption(new Option('--forum <forum>', help.statusForum))
    .addOption(new Option('--soon <days>', help.statusSoon))
    .addOption(new Option('--today <date>', help.checkToday))
    .addOption(new Option('-f, --format <format>', help.statusFormat).choices(['pretty', 'json']).default('pretty'));

  const decisions = group('decisions', help.decisions, ['etat decisions diff', 'etat decisions diff main --format markdown > decisions.md']);
  command(decisions, 'decisions diff', help.decisionsDiff, [
    'etat decisions diff',
    'etat decisions diff v2026.1 HEAD',
    'etat decisions diff origin/main --format markdown | gh pr comment --body-file -',
    'etat decisions diff HEAD~3 --format json',
  ])
    .argument('[from]', help.decisionsFrom)
    .argument('[to]', help.decisionsTo)
    .addOption(new Option('-f, --format <format>', help.decisionsFormat).choices(['pretty', 'markdown', 'json']).default('pretty'));

  const git = group('git', help.git, ['etat git setup', 'git log -p meetings/direktorgruppen']);
  command(git, 'git setup', help.gitSetup, ['etat git setup', ['git diff meetings/', help.notes.decisionPerLine]]);
  command(git, 'git textconv', help.gitTextconv, ['etat git textconv meetings/direktorgruppen/2026-12-03/minutes.md']).argument('<file>', help.textconvFile);

  const ci = group('ci', help.ci, ['etat ci setup github', 'etat ci setup gitlab']);
  command(ci, 'ci setup', help.ciSetup, [
    'etat ci setup github',
    'etat ci setup gitlab',
    'etat ci setup gitlab --print >> .gitlab-ci.yml',
    'etat ci setup github --package ./vendor/etat-0.1.0.tgz',
    'etat ci setup github --package git+https://git.example.org/etat.git#v0.1.0',
  ])
    .addArgument(new Argument('<platform>', help.ciPlatform).choices(CI_PLATFORMS))
    .addOption(new Option('--package <spec>', help.ciPackage))
    .addOption(new Option('--print', help.ciPrint));

  const hook = group('hook', help.hook, ['etat hook install', 'etat hook uninstall']);
  command(hook, 'hook install', help.hookInstall, ['etat hook install', ['git commit', help.notes.hookChecks]]);
  command(hook, 'hook uninstall', help.hookUninstall, ['etat hook uninstall']);

  command(program, 'demo', help.demo, ['etat demo', 'etat demo /tmp/etat-demo && cd /tmp/etat-demo && etat check --today 2026-11-24']).argument('[dir]', help.demoDir);

  // Every command speaks the user's language, writes where run() says, and never exits the process.
  const configure = (cmd: Command) => {
    cmd.helpOption('-h, --help', help.help).exitOverride().configureOutput(program.configureOutput()).configureHelp(program.configureHelp());
    cmd.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}

/** The words commander puts in brackets after a description, in the user's language. */
function localiseExtra(description: string, help: CliTexts['help']): string {
  return description.replace(/\((choices|default): (.*)\)$/, (_, first: string, rest: string) =>
    `(${first === 'choices' ? help.choices : help.default}: ${rest.replace(/, default: /, `, ${help.default}: `)})`,
  );
}

/** The value of `--name value` or `--name=value`, read before commander parses. */
function earlyOption(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(name + '=')) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** Commander's error, in the user's language: its quoted words and suggestion, put in our sentence. */
function commanderMessage(error: CommanderError, texts: CliTexts): string {
  const sentence = texts.error.commander[error.code];
  if (!sentence) return error.message.replace(/^error: /, '');
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  return sentence({
    token: quoted[0] ?? '',
    second: quoted[1] ?? '',
    suggestion: /Did you mean (?:one of )?([^?]+)\?/.exec(error.message)?.[1],
    allowed: /Allowed choices are (.*)\./.exec(error.message)?.[1] ?? '',
  });
}

async function handleError(
  error: unknown,
  context: { stderr: Output; texts: CliTexts; lang: Lang; env: Record<string, string | undefined>; startDir: string },
): Promise<number> {
  const { stderr } = context;
  if (error instanceof CommanderError) {
    // --help and --version end through here with code 0; commander has already printed.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    stderr.write(commanderMessage(error, context.texts) + '\n');
    return 2;
  }
  if (error instanceof EtatError) {
    // A broken etat.yml is described in the language its findings were put in.
    const texts = isLang(error.data.lang) ? cliTexts[error.data.lang] : context.texts;
    const render = texts.error[error.messageId as keyof CliTexts['error']] as ((d: Record<string, unknown>) => string) | undefined;
    stderr.write((render ? render(error.data) : error.messageId) + '\n');
    if (error instanceof ConfigError && error.findings.length > 0) {
      const [{ formatFindings }, { displayPath }, { useColor }] = await Promise.all([import('../report/pretty.js'), import('./display.js'), import('../report/formats.js')]);
      const root = typeof error.data.root === 'string' ? error.data.root : context.startDir;
      stderr.write(
        '\n' +
          formatFindings(error.findings, {
            lang: isLang(error.data.lang) ? error.data.lang : context.lang,
            color: useColor(stderr, context.env),
            displayPath: displayPath(context, root),
          }),
      );
    }
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(context.texts.error.internal({ message, version: packageJson().version, node: process.version }) + '\n');
  return 2;
}
