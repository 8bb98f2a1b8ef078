import { resolve } from 'node:path';
import { Argument, Command, CommanderError, Help, Option } from 'commander';
import { COMMANDS } from './command-index.js';
import type { AnyCommand, Example } from './define.js';
import { GROUPS } from './groups.js';
import { EtatError, ConfigError } from '../errors.js';
import { cliTexts, type CliTexts } from '../i18n/cli.js';
import { DEFAULT_LANG, LANGUAGES, isLang, langFromEnv, type Lang } from '../i18n/lang.js';
import { packageJson } from '../meta.js';
import type { CommandContext, Output, RunOptions } from './io.js';

/**
 * The whole CLI as a function: parse `argv`, run the command, return the exit
 * code (0 clean, 1 errors found, 2 could not check). Nothing here calls
 * `process.exit`; the bin sets `process.exitCode`. A command's module is imported
 * only when it runs (or help lists it), so `etat --version` loads none of them.
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
  // The command whose options are being read, or that ran: its own error words are looked up first.
  let running: AnyCommand | undefined;
  const program = buildProgram(texts, fallbackLang, await commandsFor(argv), {
    output: { stdout, stderr },
    using: (command) => (running = command),
    action: async (command, args, opts) => {
      running = command;
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
      const result = await command.run(context, { args, options: opts });
      exitCode = command.print ? await command.print(context, result) : (result as number);
    },
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, { stderr, texts, lang: fallbackLang, env, startDir, command: running });
  }
}

/** The commands to declare for this argv: none for `--version`, the one named for a normal run, all for help and for a word commander must suggest from. */
async function commandsFor(argv: readonly string[]): Promise<{ name: string; command: AnyCommand }[]> {
  const asksHelp = argv.some((arg) => arg === '-h' || arg === '--help');
  const words = commandWords(argv);
  const named = COMMANDS.find((entry) => entry.name === words.slice(0, entry.name.split(' ').length).join(' '));
  if (!asksHelp && named) return [{ name: named.name, command: await named.load() }];
  if (!asksHelp && words.length === 0 && argv.some((arg) => arg === '-v' || arg === '--version')) return [];
  return Promise.all(COMMANDS.map(async (entry) => ({ name: entry.name, command: await entry.load() })));
}

/** The words of argv before any option of a command: `agenda new` of `--lang nn agenda new --forum x`. */
function commandWords(argv: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const arg = argv[i]!;
    if (arg === '--cwd' || arg === '--lang') i++;
    else if (arg.startsWith('-')) {
      if (words.length > 0) break;
    } else words.push(arg);
  }
  return words;
}

interface ProgramHooks {
  output: { stdout: Output; stderr: Output };
  /** Called when a command's options start being parsed: a parse that fails says so in that command's words. */
  using: (command: AnyCommand) => void;
  action: (command: AnyCommand, args: unknown[], opts: Record<string, unknown>) => Promise<void>;
}

function buildProgram(texts: CliTexts, lang: Lang, commands: { name: string; command: AnyCommand }[], hooks: ProgramHooks): Command {
  const { help } = texts;
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

  const examples = (lines: Example[]) =>
    `\n${help.examples}\n${lines.map((l) => (typeof l === 'string' ? `  $ ${l}` : `  $ ${l[0]}   # ${l[1]}`)).join('\n')}\n`;
  program.addHelpText('after', examples(['etat check', 'etat agenda new --forum direktorgruppen --date 2026-12-03', 'etat status']));

  const groups = new Map<string, Command>();
  /** The group a command's first word names, declared once: its help line is its noun and the commands in it (all, from the index). */
  const group = (word: string) => {
    const found = groups.get(word);
    if (found) return found;
    const declared = GROUPS[word]!;
    const members = COMMANDS.filter((entry) => entry.name.startsWith(`${word} `)).map((entry) => entry.name.slice(word.length + 1));
    const made = program.command(word).helpCommand(false);
    // A group that is a command too (`etat decisions`, `etat decisions diff`) takes its description and examples from the command.
    if (!commands.some((entry) => entry.name === word)) made.description(`${declared.noun[lang]}: ${members.join(', ')}`).addHelpText('after', examples(declared.examples));
    groups.set(word, made);
    return made;
  };
  for (const { name, command } of commands) {
    const words = name.split(' ');
    const parent = words.length > 1 ? group(words[0]!) : program;
    // commander runs a command's own action when no subcommand of it is named.
    const cmd = words.length === 1 && GROUPS[name] ? group(name) : parent.command(words.at(-1)!);
    declare(cmd, command, lang, help, examples, () => hooks.using(command)).action((...received: unknown[]) => {
      // commander passes the positional arguments, then the options, then the command.
      const positional = received.slice(0, -2);
      const opts = received.at(-2) as Record<string, unknown>;
      return hooks.action(command, positional, opts);
    });
  }

  // Every command speaks the user's language, writes where run() says, and never exits the process.
  const configure = (cmd: Command) => {
    cmd.helpOption('-h, --help', help.help).exitOverride().configureOutput(program.configureOutput()).configureHelp(program.configureHelp());
    cmd.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}

/** A command's spec as commander's declarations, in the user's language. */
function declare(cmd: Command, command: AnyCommand, lang: Lang, shared: CliTexts['help'], examples: (lines: Example[]) => string, using: () => void): Command {
  const words = { ...shared, ...(command.words[lang] as object) } as unknown as Record<string, string>;
  const say = (key: string) => words[key] ?? key;
  cmd.description(say(command.description)).addHelpText('after', examples(command.examples.map((e) => (typeof e === 'string' ? e : [e[0], say(e[1])]))));
  for (const spec of command.arguments ?? []) {
    const argument = new Argument(spec.name, say(spec.help));
    if (spec.choices) argument.choices(spec.choices);
    cmd.addArgument(argument);
  }
  // What the options of one command share in one run: e.g. --format and --output, read in the order given.
  const state: Record<string, unknown> = {};
  for (const spec of Object.values(command.options ?? {})) {
    const option = new Option(spec.flags, say(spec.help));
    if (spec.choices) option.choices(spec.choices);
    if (spec.default !== undefined) option.default(spec.default);
    if (spec.conflicts) option.conflicts([...spec.conflicts]);
    const parse = spec.parse;
    if (parse)
      option.argParser((value: string, previous: unknown) => {
        using();
        return parse(value, previous, state);
      });
    cmd.addOption(option);
  }
  return cmd;
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
  context: { stderr: Output; texts: CliTexts; lang: Lang; env: Record<string, string | undefined>; startDir: string; command: AnyCommand | undefined },
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
    const lang = isLang(error.data.lang) ? error.data.lang : context.lang;
    const texts = isLang(error.data.lang) ? cliTexts[error.data.lang] : context.texts;
    const render = (context.command?.errors?.[lang][error.messageId] ?? texts.error[error.messageId as keyof CliTexts['error']]) as ((d: Record<string, unknown>) => string) | undefined;
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
