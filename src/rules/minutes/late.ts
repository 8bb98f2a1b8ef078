import { addDays, dateIn, daysBetween } from '../../model/dates.js';
import { defineRule } from '../define.js';
import { usableHistory } from '../git/history.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  late: { date: string; available: string; after: number; days: number; due: string; late: number; branch: string };
  lateBranch: { date: string; available: string; after: number; days: number; due: string; late: number; branch: string };
}

const dayCount = {
  en: (n: number) => `${String(n)} ${n === 1 ? 'day' : 'days'}`,
  nb: (n: number) => `${String(n)} ${n === 1 ? 'dag' : 'dager'}`,
  nn: (n: number) => `${String(n)} ${n === 1 ? 'dag' : 'dagar'}`,
};

const words: RuleWords<Messages> = {
  en: {
    description: 'Minutes reach the default branch within the minutes deadline',
    messages: {
      late: m(
        (d) =>
          `The minutes reached ${code(d.branch)} on ${d.available}, ${dayCount.en(d.after)} after the meeting on ${d.date}: they were due within ${dayCount.en(d.days)}, by ${d.due}, and came ${dayCount.en(d.late)} late.`,
        () => 'Late minutes stay late: commit those of the next meetings within `minutes_days`, as a draft if they are not final; those who were not in the room are waiting for them.',
      ),
      lateBranch: m(
        (d) =>
          `The minutes were committed on ${d.available}, on this branch only, ${dayCount.en(d.after)} after the meeting on ${d.date}: they were due within ${dayCount.en(d.days)}, by ${d.due}, and came ${dayCount.en(d.late)} late. They count from the day ${code(d.branch)} takes them, which can only be later.`,
        (d) => `Merge them into ${code(d.branch)} now, and commit the minutes of later meetings within \`minutes_days\`, as a draft if they are not final.`,
      ),
    },
  },
  nb: {
    description: 'Referatet når standardgrenen innen referatfristen',
    messages: {
      late: m(
        (d) =>
          `Referatet kom inn i ${code(d.branch)} ${d.available}, ${dayCount.nb(d.after)} etter møtet ${d.date}: fristen var ${dayCount.nb(d.days)}, til og med ${d.due}, og det kom ${dayCount.nb(d.late)} for sent.`,
        () => 'Et sent referat forblir sent: commit referatene fra de neste møtene innen `minutes_days`, som utkast om de ikke er ferdige; de som ikke var i rommet, venter på dem.',
      ),
      lateBranch: m(
        (d) =>
          `Referatet ble committet ${d.available}, bare på denne grenen, ${dayCount.nb(d.after)} etter møtet ${d.date}: fristen var ${dayCount.nb(d.days)}, til og med ${d.due}, og det kom ${dayCount.nb(d.late)} for sent. Det regnes fra dagen ${code(d.branch)} tar det inn, og den kan bare bli senere.`,
        (d) => `Flett det inn i ${code(d.branch)} nå, og commit referatene fra senere møter innen \`minutes_days\`, som utkast om de ikke er ferdige.`,
      ),
    },
  },
  nn: {
    description: 'Referatet når standardgreina innan referatfristen',
    messages: {
      late: m(
        (d) =>
          `Referatet kom inn i ${code(d.branch)} ${d.available}, ${dayCount.nn(d.after)} etter møtet ${d.date}: fristen var ${dayCount.nn(d.days)}, til og med ${d.due}, og det kom ${dayCount.nn(d.late)} for seint.`,
        () => 'Eit seint referat blir verande seint: commit referata frå dei neste møta innan `minutes_days`, som utkast om dei ikkje er ferdige; dei som ikkje var i rommet, ventar på dei.',
      ),
      lateBranch: m(
        (d) =>
          `Referatet vart committa ${d.available}, berre på denne greina, ${dayCount.nn(d.after)} etter møtet ${d.date}: fristen var ${dayCount.nn(d.days)}, til og med ${d.due}, og det kom ${dayCount.nn(d.late)} for seint. Det vert rekna frå dagen ${code(d.branch)} tek det inn, og han kan berre bli seinare.`,
        (d) => `Flett det inn i ${code(d.branch)} no, og commit referata frå seinare møte innan \`minutes_days\`, som utkast om dei ikkje er ferdige.`,
      ),
    },
  },
};

export default defineRule({
  id: 'minutes/late',
  defaultSeverity: 'warn',
  words,
  needsHistory: true,
  docs: {
    rationale:
      "The evaluation found that those not in the room could not see what had been decided, and that minutes did not carry the processes on; in the collaboration's own record, 19 of 45 meetings had minutes more than a month late, and nothing said so. Minutes must exist `minutes_days` (etat.yml, per forum) after the meeting. As with `agenda/paper-late`, the history proves when they did, not a date in the file: the minutes count as there from the first commit that brought `minutes.md` to the default branch's first-parent line (`git.default_branch`, default `main`; a merge commit, when they came from a branch), or, when they are only on the branch being checked, from that branch's commit. Dates are counted in the repository's `timezone` (etat.yml, default `Europe/Oslo`), from the committer date, which the repository sets, not the author date, which anyone can.\n\nOnly what the history proves is reported. Minutes not yet committed are not: until they are, `etat status` shows when they are due. The first commit counts, whatever it held: a draft committed in time is minutes in time, for a draft is what the forum approves at its next meeting. Minutes imported from an earlier archive arrive in git on the day of the import, and this rule says so of each; turn it off (`rules: { minutes/late: off }`) while the imported years are the only ones.",
    fix: 'Commit the minutes within `minutes_days` of the meeting, as a draft if they are not final, and merge them into the default branch: `etat minutes new <forum>/<date>` writes the draft, and `etat status` shows when minutes are due. Minutes already late stay late; the finding is the record that they were.',
  },
  check(ctx, report) {
    const history = usableHistory(ctx);
    if (!history) return;
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      const days = ctx.config.fora.get(meeting.forum)?.deadlines.minutesDays;
      if (!minutes || minutes.file.problem || !meeting.date || days === undefined || meeting.agenda?.status === 'cancelled') continue;
      // Uncommitted minutes prove nothing yet: `etat status` shows them as due.
      const commit = history.availableAt(minutes.file.path);
      if (!commit) continue;
      const available = dateIn(commit.time, ctx.config.timezone);
      const due = addDays(meeting.date, days);
      if (available <= due) continue;
      const data = { date: meeting.date, available, after: daysBetween(meeting.date, available), days, due, late: daysBetween(due, available), branch: history.defaultBranch };
      report({ file: minutes.file, path: ['date'], messageId: commit.onDefaultBranch ? 'late' : 'lateBranch', data });
    }
  },
});
