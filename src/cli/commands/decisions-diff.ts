import { findRoot, loadConfig } from '../../config/load.js';
import { compareDecisions } from '../../decisions/diff.js';
import { DECISIONS_FORMATS, isDecisionsFormat, json, markdown, pretty, type DecisionsFormat, type DecisionsReporter } from '../../decisions/report.js';
import { UsageError } from '../../errors.js';
import { useColor, type CommandContext } from '../io.js';

const reporters: Record<DecisionsFormat, DecisionsReporter> = { pretty, markdown, json };

/**
 * `etat decisions diff [A] [B]`: the decisions added, changed and removed
 * between two revisions — by default from where HEAD left the default branch
 * to the working tree. Reads only; exits 0 once it has run, 2 on a revision
 * git does not know.
 */
export default async function decisionsDiff(context: CommandContext, [from, to]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const format = String(opts.format ?? 'pretty');
  if (!isDecisionsFormat(format)) throw new UsageError('unknownFormat', { format, allowed: DECISIONS_FORMATS.join(', ') });
  const root = await findRoot(context.cwd);
  const config = await loadConfig(root, { lang: context.lang, fallbackLang: context.fallbackLang });
  const lang = context.lang ?? config.language;
  const diff = await compareDecisions({
    root,
    config,
    from: typeof from === 'string' ? from : undefined,
    to: typeof to === 'string' ? to : undefined,
  }).catch((error: unknown) => {
    // Once etat.yml is read, a bad revision is told in the repository's language.
    throw error instanceof UsageError && error.data.lang === undefined ? new UsageError(error.messageId, { ...error.data, lang }) : error;
  });
  context.stdout.write(reporters[format](diff, { lang, color: useColor(context.stdout, context.env) }));
  return 0;
}
