import { findRoot, loadConfig } from '../../config/load.js';
import { compareDecisions } from '../../decisions/diff.js';
import { decisionsFormats } from '../../decisions/formats.js';
import { UsageError } from '../../errors.js';
import type { CommandContext } from '../io.js';

/**
 * `etat decisions diff [A] [B]`: the decisions added, changed and removed
 * between two revisions — by default from where HEAD left the default branch
 * to the working tree. Reads only; exits 0 once it has run, 2 on a revision
 * git does not know.
 */
export default async function decisionsDiff(context: CommandContext, [from, to]: unknown[], opts: Record<string, unknown>): Promise<number> {
  const format = String(opts.format ?? 'pretty');
  if (!decisionsFormats.is(format)) throw new UsageError('unknownFormat', { format, allowed: decisionsFormats.list.join(', ') });
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
  context.stdout.write((await decisionsFormats.load(format))(diff, { lang, color: decisionsFormats.color(format, context.stdout, context.env) }));
  return 0;
}
