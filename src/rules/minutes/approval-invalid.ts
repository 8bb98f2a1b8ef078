import { approvalProblem } from '../../model/approval.js';
import { defineRule } from '../define.js';
import { code } from '../../i18n/lang.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** Every message names the approving meeting (`at`) and the meeting approved. */
interface Approval {
  at: string;
  meeting: string;
}

/** Each message of the rule, and the data it reads. */
interface Messages {
  otherForum: Approval;
  notLater: Approval;
  unknown: Approval;
  cancelled: Approval;
  notHeld: Approval;
  notOnAgenda: Approval;
}

const words: RuleWords<Messages> = {
  en: {
    description: 'Approved minutes name a later, held meeting of the forum that approved them',
    messages: {
      otherForum: m((d) => `${code(d.at)} cannot have approved these minutes: it is a meeting of another forum, and only the forum that met approves its minutes.`, () => 'Name the meeting of this forum that approved them.'),
      notLater: m((d) => `${code(d.at)} cannot have approved these minutes: it is not a later meeting, and minutes are approved by the forum's next meeting, not by the meeting they record or an earlier one.`, () => 'Name the later meeting that approved them; until one has, the minutes stay a draft.'),
      unknown: m((d) => `${code(d.at)} cannot have approved these minutes: there is no such meeting in the repository.`, () => 'Name a meeting that has a folder under `meetings/`, or add the agenda of the meeting that approved them.'),
      cancelled: m((d) => `${code(d.at)} cannot have approved these minutes: that meeting was cancelled.`, () => 'Name the meeting that did approve them; until one has, the minutes stay a draft.'),
      notHeld: m((d) => `${code(d.at)} cannot have approved these minutes: that meeting has not been held yet.`, () => 'The minutes stay a draft until that meeting has approved them; `etat minutes approve` records the approval then.'),
      notOnAgenda: m((d) => `${code(d.at)} cannot have approved these minutes: its agenda has no item that approves them, so the approval was never put to the forum.`, (d) => `Add an item with \`approves: ${excerpt(d.meeting)}\` to that agenda (approval of the minutes).`),
    },
  },
  nb: {
    description: 'Godkjente referater viser til et senere, avholdt møte i forumet som godkjente dem',
    messages: {
      otherForum: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: det er et møte i et annet forum, og bare forumet som møttes, godkjenner referatet sitt.`, () => 'Vis til møtet i dette forumet som godkjente det.'),
      notLater: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: det er ikke et senere møte, og et referat godkjennes av forumets neste møte, ikke av møtet det er referat fra eller et tidligere møte.`, () => 'Vis til det senere møtet som godkjente det; til et møte har gjort det, er referatet et utkast.'),
      unknown: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: det finnes ikke noe slikt møte i repositoriet.`, () => 'Vis til et møte som har en mappe under `meetings/`, eller legg til sakslisten for møtet som godkjente det.'),
      cancelled: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: det møtet ble avlyst.`, () => 'Vis til møtet som faktisk godkjente det; til et møte har gjort det, er referatet et utkast.'),
      notHeld: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: det møtet er ikke holdt ennå.`, () => 'Referatet er et utkast til møtet har godkjent det; `etat minutes approve` fører godkjenningen da.'),
      notOnAgenda: m((d) => `${code(d.at)} kan ikke ha godkjent dette referatet: sakslisten har ingen sak som godkjenner det, så godkjenningen ble aldri lagt fram for forumet.`, (d) => `Legg til en sak med \`approves: ${excerpt(d.meeting)}\` i den sakslisten (godkjenning av referat).`),
    },
  },
  nn: {
    description: 'Godkjende referat viser til eit seinare, halde møte i forumet som godkjende dei',
    messages: {
      otherForum: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: det er eit møte i eit anna forum, og berre forumet som møttest, godkjenner referatet sitt.`, () => 'Vis til møtet i dette forumet som godkjende det.'),
      notLater: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: det er ikkje eit seinare møte, og eit referat vert godkjent av neste møte i forumet, ikkje av møtet det er referat frå eller eit tidlegare møte.`, () => 'Vis til det seinare møtet som godkjende det; til eit møte har gjort det, er referatet eit utkast.'),
      unknown: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: det finst ikkje noko slikt møte i repositoriet.`, () => 'Vis til eit møte som har ei mappe under `meetings/`, eller legg til sakslista for møtet som godkjende det.'),
      cancelled: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: det møtet vart avlyst.`, () => 'Vis til møtet som faktisk godkjende det; til eit møte har gjort det, er referatet eit utkast.'),
      notHeld: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: det møtet er ikkje halde enno.`, () => 'Referatet er eit utkast til møtet har godkjent det; `etat minutes approve` fører godkjenninga då.'),
      notOnAgenda: m((d) => `${code(d.at)} kan ikkje ha godkjent dette referatet: sakslista har inga sak som godkjenner det, så godkjenninga vart aldri lagd fram for forumet.`, (d) => `Legg til ei sak med \`approves: ${excerpt(d.meeting)}\` i den sakslista (godkjenning av referat).`),
    },
  },
};

export default defineRule({
  id: 'minutes/approval-invalid',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Approved minutes are the locked record of what a forum decided (Noark 5 locks them once approved, and only then are they published). Approval is itself an act of the forum: a later meeting of the same forum, held by the day of the check, approves the minutes under an agenda item with `approves: <forum>/<date>` — the item "Godkjenning av referat" that most Norwegian bodies open with (an item with `approves: agenda` approves the meeting\'s own invitation and agenda, and no minutes). Minutes that say `approved` with an `approved_at` that names another forum, the meeting itself, an earlier meeting, a meeting not yet held or cancelled, or a meeting whose agenda did not put the approval to it, claim an approval that cannot have happened.',
    fix: 'Put an item with `approves: <forum>/<date>` on the agenda of the forum\'s next meeting, and once that meeting has approved the minutes, run `etat minutes approve <forum>/<date>`: it finds that meeting and writes `status: approved` and `approved_at` for you. Until then, leave the minutes `status: draft`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      const minutes = meeting.minutes;
      if (!minutes || minutes.file.problem || minutes.status !== 'approved' || minutes.approvedAt === undefined) continue;
      const problem = approvalProblem(ctx.repo, meeting, minutes.approvedAt, ctx.today);
      // An `approved_at` that is no meeting id at all is the schema's to report.
      if (problem && problem !== 'format') report({ file: minutes.file, path: ['approved_at'], messageId: problem, data: { at: minutes.approvedAt, meeting: meeting.id } });
    }
  },
});
