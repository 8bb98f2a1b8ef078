import { joinList } from '../../i18n/lang.js';
import { defineRule } from '../define.js';
import { suggest } from '../util.js';

export default defineRule({
  id: 'config/unknown-forum',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'Each forum has its members, quorum and deadlines in `etat.yml`; a meeting of a forum that is not defined there cannot be checked against any of them, and a case referred to an unknown forum is lost on the way — the evaluation found cases hard to follow between the groups.',
    fix: 'Use one of the forum ids under `fora` in `etat.yml` (the message suggests the closest), or add the forum there.',
  },
  check(ctx, report) {
    const known = [...ctx.config.fora.keys()];
    const data = (forum: string) => ({ forum, known: joinList(ctx.lang, known.map((f) => `\`${f}\``), 'or'), suggestion: suggest(forum, known) });
    for (const meeting of ctx.meetings) {
      for (const doc of [meeting.agenda, meeting.minutes]) {
        if (doc?.forum !== undefined && !ctx.config.fora.has(doc.forum)) {
          report({ file: doc.file, path: ['forum'], data: data(doc.forum) });
        }
      }
      for (const item of meeting.minutes?.items ?? []) {
        if (item.referredTo !== undefined && !ctx.config.fora.has(item.referredTo)) {
          report({ file: item.file, path: [...item.path, 'referred_to'], messageId: 'referredTo', data: data(item.referredTo) });
        }
      }
    }
  },
});
