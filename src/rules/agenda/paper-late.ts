import { addDays, dateIn } from '../../model/dates.js';
import { defineRule } from '../define.js';
import { usableHistory } from '../git/history.js';
import { code } from '../../i18n/lang.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  late: { target: string; id: string; branch: string; available: string; deadline: string; days: number };
  lateBranch: { target: string; id: string; available: string; deadline: string; days: number };
  uncommitted: { target: string; id: string; deadline: string };
  branchOnly: { target: string; id: string; available: string; branch: string; deadline: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Papers for decision reach the default branch by the papers deadline',
    messages: {
      late: m((d) => `The paper ${code(d.target)} of item ${code(d.id)} reached ${code(d.branch)} on ${excerpt(d.available)}, after the deadline ${String(d.deadline)} (${String(d.days)} days before the meeting): the participants did not have it in time.`, () => 'If it could not be sooner, say why in the item: `late: { reason: … }`; otherwise move the item to a later meeting.'),
      lateBranch: m((d) => `The paper ${code(d.target)} of item ${code(d.id)} was committed on ${excerpt(d.available)}, on this branch only, after the deadline ${String(d.deadline)} (${String(d.days)} days before the meeting).`, () => 'If it could not be sooner, say why in the item: `late: { reason: … }`; otherwise move the item to a later meeting.'),
      uncommitted: m((d) => `The paper ${code(d.target)} of item ${code(d.id)} is not committed, and the deadline ${String(d.deadline)} has passed: nothing proves the participants had it.`, () => 'Commit and merge it; if it is late, say why in `late: { reason: … }`.'),
      branchOnly: m(
        (d) => `The paper ${code(d.target)} of item ${code(d.id)} counts as available from ${excerpt(d.available)}, the date of its commit on this branch. Whoever makes a commit sets its date, so it proves the paper was in time only once ${code(d.branch)} takes it.`,
        (d) => `Merge it into ${code(d.branch)} by the deadline ${String(d.deadline)}: the date ${code(d.branch)} takes it is the one that counts.`,
      ),
    },
  },
  nb: {
    description: 'Saksfremlegg til beslutning når standardgrenen innen fristen',
    messages: {
      late: m((d) => `Saksfremlegget ${code(d.target)} til sak ${code(d.id)} kom inn i ${code(d.branch)} ${excerpt(d.available)}, etter fristen ${String(d.deadline)} (${String(d.days)} dager før møtet): deltakerne hadde det ikke i tide.`, () => 'Kunne det ikke komme før, skriv hvorfor i saken: `late: { reason: … }`; ellers flytt saken til et senere møte.'),
      lateBranch: m((d) => `Saksfremlegget ${code(d.target)} til sak ${code(d.id)} ble committet ${excerpt(d.available)}, bare på denne grenen, etter fristen ${String(d.deadline)} (${String(d.days)} dager før møtet).`, () => 'Kunne det ikke komme før, skriv hvorfor i saken: `late: { reason: … }`; ellers flytt saken til et senere møte.'),
      uncommitted: m((d) => `Saksfremlegget ${code(d.target)} til sak ${code(d.id)} er ikke committet, og fristen ${String(d.deadline)} er passert: ingenting beviser at deltakerne hadde det.`, () => 'Commit og flett det inn; er det sent, skriv hvorfor i `late: { reason: … }`.'),
      branchOnly: m(
        (d) => `Saksfremlegget ${code(d.target)} til sak ${code(d.id)} regnes som tilgjengelig fra ${excerpt(d.available)}, datoen for committen på denne grenen. Den som lager en commit, bestemmer datoen, så den beviser at saksfremlegget kom i tide først når ${code(d.branch)} tar det inn.`,
        (d) => `Flett det inn i ${code(d.branch)} innen fristen ${String(d.deadline)}: datoen ${code(d.branch)} tar det inn, er den som teller.`,
      ),
    },
  },
  nn: {
    description: 'Saksframlegg til vedtak når standardgreina innan fristen',
    messages: {
      late: m((d) => `Saksframlegget ${code(d.target)} til sak ${code(d.id)} kom inn i ${code(d.branch)} ${excerpt(d.available)}, etter fristen ${String(d.deadline)} (${String(d.days)} dagar før møtet): deltakarane hadde det ikkje i tide.`, () => 'Kunne det ikkje kome før, skriv kvifor i saka: `late: { reason: … }`; elles flytt saka til eit seinare møte.'),
      lateBranch: m((d) => `Saksframlegget ${code(d.target)} til sak ${code(d.id)} vart committa ${excerpt(d.available)}, berre på denne greina, etter fristen ${String(d.deadline)} (${String(d.days)} dagar før møtet).`, () => 'Kunne det ikkje kome før, skriv kvifor i saka: `late: { reason: … }`; elles flytt saka til eit seinare møte.'),
      uncommitted: m((d) => `Saksframlegget ${code(d.target)} til sak ${code(d.id)} er ikkje committa, og fristen ${String(d.deadline)} er passert: ingenting provar at deltakarane hadde det.`, () => 'Commit og flett det inn; er det seint, skriv kvifor i `late: { reason: … }`.'),
      branchOnly: m(
        (d) => `Saksframlegget ${code(d.target)} til sak ${code(d.id)} vert rekna som tilgjengeleg frå ${excerpt(d.available)}, datoen for committen på denne greina. Den som lagar ein commit, bestemmer datoen, så han provar at saksframlegget kom i tide først når ${code(d.branch)} tek det inn.`,
        (d) => `Flett det inn i ${code(d.branch)} innan fristen ${String(d.deadline)}: datoen ${code(d.branch)} tek det inn, er den som tel.`,
      ),
    },
  },
};

export default defineRule({
  id: 'agenda/paper-late',
  defaultSeverity: 'error',
  words,
  needsHistory: true,
  docs: {
    rationale:
      "The evaluation found decisions taken without, or with too late, case preparation (saksforberedelse). A date typed into front matter proves nothing; the repository's history does. A paper of a `decide` item counts as available when it reached the default branch (`git.default_branch`, default `main`): the commit on that branch's first-parent line that brought it — a merge commit, when it came from a branch — at that commit's **committer** date, not the author date, which anyone can set. Dates are counted in the repository's `timezone` (etat.yml, default `Europe/Oslo`), from the committer date: a paper committed at 23:30 UTC on the deadline day is already a day late in Oslo. Today's date, for a paper not committed, is `--today` or the date in that zone. A paper only on the branch being checked (a pull request not yet merged) counts from its own commit; an uncommitted paper is not available at all. It must be available `papers_days` (etat.yml) before the meeting, or the item must say why it is late in `late.reason`.\n\nRewriting history moves the dates with it: `git rebase` gives the rebased commits new committer dates (later ones), and a force-push that replaces commits on the default branch replaces the dates that prove availability. Protect the default branch against force-pushes, and merge rather than rebase papers that were on time.\n\nOn a branch — a pull request not yet merged — the date that counts is the committer date of the branch's own commit, and that date is set by whoever makes the commit: a back-dated commit looks on time. So a paper counted available from a commit only on the branch gets a *notice* (which never fails a check) saying that the date becomes proof only when the default branch takes the paper, at the date of the merge; reviewers see it as an annotation, and `etat check --changed` lists it.",
    fix: 'Commit (and merge) papers before the deadline `etat agenda new` and `etat status` show. If a paper could not be ready in time, say so in the item: `late: { reason: "…" }` — the forum then knows, and decides whether it can decide. Otherwise move the item to a later meeting.',
  },
  check(ctx, report) {
    const history = usableHistory(ctx);
    if (!history) return;
    for (const meeting of ctx.meetings) {
      const agenda = meeting.agenda;
      const days = ctx.config.fora.get(meeting.forum)?.deadlines.papersDays;
      if (!agenda || agenda.status === 'cancelled' || !meeting.date || days === undefined) continue;
      const deadline = addDays(meeting.date, -days);
      for (const item of agenda.items) {
        if (item.kind !== 'decide' || item.approves !== undefined || item.lateReason !== undefined) continue;
        for (const paper of item.papers) {
          if (paper.status !== 'present' || !paper.resolved) continue;
          const commit = history.availableAt(paper.resolved);
          const data = { id: item.id ?? '?', target: paper.target, deadline, days, branch: history.defaultBranch };
          if (!commit) {
            if (ctx.today > deadline) report({ file: paper.file, path: paper.path, messageId: 'uncommitted', data });
            continue;
          }
          const available = dateIn(commit.time, ctx.config.timezone);
          if (available > deadline) {
            report({ file: paper.file, path: paper.path, messageId: commit.onDefaultBranch ? 'late' : 'lateBranch', data: { ...data, available } });
          } else if (!commit.onDefaultBranch) {
            // On time by a date the branch's author set: worth a reviewer's knowing, nobody's fixing.
            report({ file: paper.file, path: paper.path, messageId: 'branchOnly', severity: 'notice', data: { ...data, available } });
          }
        }
      }
    }
  },
});
