import { defineRule } from '../define.js';
import { agendaItemsById, kindOf } from '../util.js';

/** The outcomes that settle an item for decision without a decision. */
const SETTLED = new Set(['decided', 'deferred', 'referred', 'withdrawn']);

export default defineRule({
  id: 'minutes/decide-without-outcome',
  defaultSeverity: 'error',
  docs: {
    rationale:
      'An item announced for decision ends in a decision, or is deferred, referred to another forum, or withdrawn — and the minutes say which. The evaluation found cases sent back and forth and a case flow that was hard to follow: an item for decision that was only "discussed" leaves the case in limbo, and nobody knows whether it comes back.',
    fix: 'Record what happened: `outcome: decided` with the `decision`, or `deferred` (it will be carried to the next agenda), `referred` with `referred_to`, or `withdrawn`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const onAgenda = agendaItemsById(meeting);
      for (const item of meeting.minutes?.items ?? []) {
        if (kindOf(item, onAgenda) !== 'decide') continue;
        // A `decision` text alone settles nothing: `etat minutes new` prefills it from the proposal.
        if (item.outcome !== undefined && SETTLED.has(item.outcome)) continue;
        const path = item.outcome === undefined ? item.path : [...item.path, 'outcome'];
        report({ file: item.file, path, messageId: item.outcome === undefined ? 'none' : 'outcome', data: { id: item.id ?? '?', outcome: item.outcome ?? '' } });
      }
    }
  },
});
