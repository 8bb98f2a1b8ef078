import { defineCommand } from '../define.js';
import type { CommandContext } from '../io.js';
import { sharedOptions } from '../options.js';
import { printSiteResult, shownPath, siteErrors, siteWords } from './site-build.js';

/** `etat site serve`: build, serve on this machine, rebuild on change; runs until stopped (Ctrl-C). */
export default defineCommand({
  name: 'site serve',
  words: siteWords,
  errors: siteErrors,
  description: 'siteServe',
  examples: ['etat site serve', 'etat site serve --port 8080', 'etat site serve --public'],
  options: {
    port: { flags: '-p, --port <port>', help: 'sitePort', default: '4000' },
    host: { flags: '--host <address>', help: 'siteHost', default: '127.0.0.1' },
    out: { flags: '-o, --out <folder>', help: 'siteOut' },
    public: { flags: '--public', help: 'sitePublic' },
    today: sharedOptions.checkToday,
  },
  async run(context, { options }): Promise<number> {
    const [{ serveSite }, { UsageError }] = await Promise.all([import('../../site/serve.js'), import('../../errors.js')]);
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('usage', { message: `--port ${options.port}` });
    return serveSite({
      cwd: context.cwd,
      out: options.out,
      isPublic: options.public === true,
      today: options.today,
      lang: context.lang,
      fallbackLang: context.fallbackLang,
      now: context.now,
      port,
      host: options.host,
      log: (line) => context.stdout.write(`${line}\n`),
      report: (result) => {
        if (result.kind === 'out') context.stderr.write(`${siteErrors[result.lang][result.problem.kind]({ out: shownPath(context.startDir, result.problem.out) })}\n`);
        else printSiteResult(context, result, result.lang);
      },
    });
  },
  print(_context: CommandContext, code: number) {
    return code;
  },
});
