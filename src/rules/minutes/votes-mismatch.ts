import { defineRule } from '../define.js';
import { membersPresent } from './quorum.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { item } from '../phrases.js';

/** The count as written, and what it is measured against. */
interface Count {
  id: string;
  for: number;
  against: number;
  abstain: number;
}

/** Each message of the rule, and the data it reads. */
interface Messages {
  tooMany: Count & { total: number; voters: number; present: number; recused: number };
  decidedAgainst: Count;
  rejectedFor: Count;
}

const words: RuleWords<Messages> = {
  en: {
    description: 'A recorded vote fits the members present and the outcome',
    messages: {
      tooMany: m(
        (d) =>
          `The votes on item ${item(d)} add up to ${String(d.total)} (${String(d.for)} for, ${String(d.against)} against, ${String(d.abstain)} abstaining), more than the ${String(d.voters)} member agencies that could vote: ${String(d.present)} present, less ${String(d.recused)} recused.`,
        () => 'Check the count against `present` and `recused`: each member agency present and not recused has one vote.',
      ),
      decidedAgainst: m(
        (d) => `Item ${item(d)} is recorded as decided, but the votes were ${String(d.for)} for and ${String(d.against)} against: the proposal did not have a majority.`,
        () => 'If the proposal fell, record `outcome: rejected`; if it was adopted, correct the count.',
      ),
      rejectedFor: m(
        (d) => `Item ${item(d)} is recorded as rejected, but the votes were ${String(d.for)} for and ${String(d.against)} against: the proposal had a majority.`,
        () => 'If the proposal was adopted, record `outcome: decided` with the `decision`; if it fell, correct the count.',
      ),
    },
  },
  nb: {
    description: 'En ført avstemning stemmer med medlemmene til stede og utfallet',
    messages: {
      tooMany: m(
        (d) =>
          `Stemmene i sak ${item(d)} blir ${String(d.total)} til sammen (${String(d.for)} for, ${String(d.against)} mot, ${String(d.abstain)} avsto), flere enn de ${String(d.voters)} medlemsetatene som kunne stemme: ${String(d.present)} til stede, minus inhabile (${String(d.recused)}).`,
        () => 'Sjekk tellingen mot `present` og `recused`: hver medlemsetat som er til stede og ikke inhabil, har én stemme.',
      ),
      decidedAgainst: m(
        (d) => `Sak ${item(d)} er ført som vedtatt, men stemmene var ${String(d.for)} for og ${String(d.against)} mot: forslaget hadde ikke flertall.`,
        () => 'Falt forslaget, før `outcome: rejected`; ble det vedtatt, rett tellingen.',
      ),
      rejectedFor: m(
        (d) => `Sak ${item(d)} er ført med at forslaget falt, men stemmene var ${String(d.for)} for og ${String(d.against)} mot: forslaget hadde flertall.`,
        () => 'Ble forslaget vedtatt, før `outcome: decided` med `decision`; falt det, rett tellingen.',
      ),
    },
  },
  nn: {
    description: 'Ei førd røysting stemmer med medlemmene til stades og utfallet',
    messages: {
      tooMany: m(
        (d) =>
          `Røystene i sak ${item(d)} vert ${String(d.total)} til saman (${String(d.for)} for, ${String(d.against)} mot, ${String(d.abstain)} avstod), fleire enn dei ${String(d.voters)} medlemsetatane som kunne røyste: ${String(d.present)} til stades, minus inhabile (${String(d.recused)}).`,
        () => 'Sjekk teljinga mot `present` og `recused`: kvar medlemsetat som er til stades og ikkje inhabil, har éi røyst.',
      ),
      decidedAgainst: m(
        (d) => `Sak ${item(d)} er førd som vedteken, men røystene var ${String(d.for)} for og ${String(d.against)} mot: framlegget hadde ikkje fleirtal.`,
        () => 'Fall framlegget, før `outcome: rejected`; vart det vedteke, rett teljinga.',
      ),
      rejectedFor: m(
        (d) => `Sak ${item(d)} er førd med at framlegget fall, men røystene var ${String(d.for)} for og ${String(d.against)} mot: framlegget hadde fleirtal.`,
        () => 'Vart framlegget vedteke, før `outcome: decided` med `decision`; fall det, rett teljinga.',
      ),
    },
  },
};

export default defineRule({
  id: 'minutes/votes-mismatch',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Where a forum votes, the count is the record of how the agencies stood — the evaluation found that disagreement did not reach the minutes, and a count is the plainest way it can. A count that cannot be true hides the real one: each member agency present has one vote, and an agency recused on the item (inhabil, Public Administration Act § 6) has none, so `for`, `against` and `abstain` together cannot exceed the member agencies present less those recused (guests do not vote). A count that contradicts the outcome — an adopted proposal with more votes against than for, or a rejected one with more for than against — means one of the two is wrong. A tie contradicts neither: a chair\'s casting vote can carry a proposal, and without one a tied proposal falls.',
    fix: 'Count again against `present` and the item\'s `recused`. If the count is right, the outcome is not: record `outcome: rejected` for a proposal that fell, or `outcome: decided` with the `decision` for one that was adopted.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      if (!minutes) continue;
      const forum = minutes.forum === undefined ? undefined : ctx.config.fora.get(minutes.forum);
      // Members only (guests do not vote); in a forum etat.yml does not define, everyone present.
      const present = forum ? membersPresent(minutes, forum) : new Set(minutes.present.filter((agency) => agency !== undefined));
      // Minutes that do not say who was there give nothing to count against.
      const attendance = minutes.file.has(['present']);
      for (const entry of minutes.items) {
        const votes = entry.votes;
        if (!votes) continue;
        const at = { file: entry.file, path: [...entry.path, 'votes'] };
        const count = { id: entry.id ?? '?', for: votes.for, against: votes.against, abstain: votes.abstain };
        const recused = new Set(entry.recused.map((r) => r.by).filter((by): by is string => by !== undefined && present.has(by))).size;
        const voters = present.size - recused;
        const total = votes.for + votes.against + votes.abstain;
        if (attendance && total > voters) report({ ...at, messageId: 'tooMany', data: { ...count, total, voters, present: present.size, recused } });
        if (entry.outcome === 'decided' && votes.against > votes.for) report({ ...at, messageId: 'decidedAgainst', data: count });
        if (entry.outcome === 'rejected' && votes.for > votes.against) report({ ...at, messageId: 'rejectedFor', data: count });
      }
    }
  },
});
