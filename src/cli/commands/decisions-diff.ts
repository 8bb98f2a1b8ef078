import { decisionsFormats, type DecisionsFormat } from '../../decisions/formats.js';
import type { DecisionsDiff } from '../../decisions/diff.js';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/lang.js';
import { defineCommand } from '../define.js';
import type { CommandContext } from '../io.js';

const words = {
  en: {
    decisionsDiff: 'show the decisions added, changed and removed between two revisions: by default from where HEAD left the default branch to the working tree',
    decisionsFrom: 'the revision to compare from (default: the merge-base of HEAD and `git.default_branch`, or HEAD)',
    decisionsTo: 'the revision to compare with (default: the working tree)',
    decisionsFormat: 'output format: pretty, markdown (for a pull-request comment) or json',
  },
  nb: {
    decisionsDiff: 'vis vedtakene som er lagt til, endret og fjernet mellom to revisjoner: som standard fra der HEAD skilte lag med standardgrenen, til arbeidskopien',
    decisionsFrom: 'revisjonen det sammenlignes fra (standard: felles utgangspunkt for HEAD og `git.default_branch`, ellers HEAD)',
    decisionsTo: 'revisjonen det sammenlignes med (standard: arbeidskopien)',
    decisionsFormat: 'format: pretty, markdown (til en kommentar på en pull request) eller json',
  },
  nn: {
    decisionsDiff: 'vis vedtaka som er lagde til, endra og fjerna mellom to revisjonar: som standard frå der HEAD skilde lag med standardgreina, til arbeidskopien',
    decisionsFrom: 'revisjonen det vert samanlikna frå (standard: felles utgangspunkt for HEAD og `git.default_branch`, elles HEAD)',
    decisionsTo: 'revisjonen det vert samanlikna med (standard: arbeidskopien)',
    decisionsFormat: 'format: pretty, markdown (til ein kommentar på ein pull request) eller json',
  },
};

/** What `etat decisions diff` found, for its reporter. */
interface DecisionsResult {
  diff: DecisionsDiff;
  format: DecisionsFormat;
  lang: Lang;
}

/**
 * `etat decisions diff [A] [B]`: the decisions added, changed and removed
 * between two revisions — by default from where HEAD left the default branch
 * to the working tree. Reads only; exits 0 once it has run, 2 on a revision
 * git does not know.
 */
export default defineCommand({
  name: 'decisions diff',
  words,
  description: 'decisionsDiff',
  examples: [
    'etat decisions diff',
    'etat decisions diff v2026.1 HEAD',
    'etat decisions diff origin/main --format markdown | gh pr comment --body-file -',
    'etat decisions diff HEAD~3 --format json',
  ],
  arguments: [
    { name: '[from]', help: 'decisionsFrom' },
    { name: '[to]', help: 'decisionsTo' },
  ],
  options: {
    format: { flags: '-f, --format <format>', help: 'decisionsFormat', choices: decisionsFormats.list, default: 'pretty' },
  },
  async run(context, { args: [from, to], options }): Promise<DecisionsResult> {
    const [{ findRoot, loadConfig }, { compareDecisions }] = await Promise.all([import('../../config/load.js'), import('../../decisions/diff.js')]);
    const root = await findRoot(context.cwd);
    const config = await loadConfig(root, { lang: context.lang, fallbackLang: context.fallbackLang });
    const lang = context.lang ?? config.language;
    const diff = await compareDecisions({ root, config, from, to }).catch((error: unknown) => {
      // Once etat.yml is read, a bad revision is told in the repository's language.
      throw error instanceof UsageError && error.data.lang === undefined ? new UsageError(error.messageId, { ...error.data, lang }) : error;
    });
    return { diff, format: options.format, lang };
  },
  async print(context: CommandContext, { diff, format, lang }: DecisionsResult) {
    const report = await decisionsFormats.load(format);
    context.stdout.write(report(diff, { lang, color: decisionsFormats.color(format, context.stdout, context.env) }));
    return 0;
  },
});
