import { Chalk } from 'chalk';
import { escapeControls } from '../i18n/excerpt.js';
import { commitCommand } from '../git/commit-command.js';
import { scaffoldTexts } from '../i18n/scaffold.js';
import { statusTexts, type StatusTexts } from '../i18n/status.js';
import type { Lang } from '../i18n/lang.js';
import { daysBetween, isCalendarDate } from '../model/dates.js';
import { packageJson } from '../meta.js';
import { hasWork, type ActionDue, type ForumStatus, type MeetingWithoutMinutes, type MinutesAwaitingApproval, type Status, type UpcomingMeeting } from './status.js';

export interface StatusReportOptions {
  lang: Lang;
  /** Colour the output (only on a terminal, never with NO_COLOR). */
  color: boolean;
  /** How to show an agency id, e.g. its short name from etat.yml; the id itself by default. */
  agencyLabel?: (id: string) => string;
  /** A repository path as the user should type it (relative to where they stand); as it is by default. */
  displayPath?: (path: string) => string;
}

export type StatusReporter = (status: Status, options: StatusReportOptions) => string;

/** The version of the JSON shape (docs/status-format.md): raised only when a field is removed or changes meaning. */
export const STATUS_FORMAT_VERSION = 1;

export const json: StatusReporter = (status) =>
  JSON.stringify(
    { format: 'etat-status', version: STATUS_FORMAT_VERSION, etat: packageJson().version, today: status.today, soonDays: status.soonDays, fora: status.fora },
    null,
    2,
  ) + '\n';

/** How a piece of text is coloured: by what it means, not by where it is. */
type Tone = 'plain' | 'dim' | 'bad' | 'warn' | 'good';

interface Cell {
  text: string;
  tone?: Tone;
}

/** A line of a section: cells in aligned columns, and lines under it, indented to its last column. */
interface Row {
  cells: Cell[];
  details?: Cell[];
}

interface Context {
  texts: StatusTexts;
  /** The command that commits a meeting's sent agenda. */
  commitAgenda: (meeting: string) => string;
  today: string;
  agency: (id: string) => string;
  /** A meeting's date in words: "in 3 days", "today", "3 days ago". */
  event: (date: string) => string;
  /** A deadline and how far it is, in words: "in 3 days", "today", "3 days overdue". */
  deadline: (date: string) => { date: string; when: string };
}

/**
 * Per forum, a heading with its name and a short section for each kind of
 * work, one aligned line per meeting or action; dates as YYYY-MM-DD with how
 * far they are from today in words.
 */
export const pretty: StatusReporter = (status, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  // Titles, purposes and names come from the repository: no control character reaches the terminal.
  const paint = (cell: Cell): string => {
    const text = escapeControls(cell.text);
    switch (cell.tone) {
      case 'dim':
        return chalk.dim(text);
      case 'bad':
        return chalk.red(text);
      case 'warn':
        return chalk.yellow(text);
      case 'good':
        return chalk.green(text);
      default:
        return text;
    }
  };
  const texts = statusTexts[options.lang];
  const { today } = status;
  const shown = options.displayPath ?? ((path) => path);
  const context: Context = {
    texts,
    commitAgenda: (meeting) => commitCommand([shown(`meetings/${meeting}/agenda.md`)], scaffoldTexts[options.lang].commitMessage({ meeting })),
    today,
    agency: options.agencyLabel ?? ((id) => id),
    event: (date) => {
      const days = daysBetween(today, date);
      return days >= 0 ? texts.when.ahead({ days }) : texts.when.ago({ days: -days });
    },
    deadline: (date) => {
      const days = daysBetween(today, date);
      return { date, when: days >= 0 ? texts.when.ahead({ days }) : texts.when.overdue({ days: -days }) };
    },
  };

  const lines = [chalk.dim(texts.title({ today })), ''];
  for (const forum of status.fora) {
    lines.push(chalk.bold(escapeControls(forum.name)));
    for (const [title, rows] of sections(forum, status.soonDays, context)) {
      if (rows.length === 0) continue;
      lines.push(`  ${title}`, ...table(rows, paint));
    }
    if (!hasWork(forum)) lines.push(`  ${chalk.dim(texts.nothingToDo)}`);
    lines.push('');
  }
  if (!status.fora.some(hasWork)) {
    // With --forum, only that forum was looked at: "in any forum" would claim too much.
    const only = status.forum === undefined ? undefined : status.fora.find((forum) => forum.forum === status.forum);
    lines.push(chalk.green('✔ ') + (only ? texts.allClearIn({ forum: only.name }) : texts.allClear));
  }
  else lines.pop(); // no blank line at the very end
  return lines.join('\n') + '\n';
};

function sections(forum: ForumStatus, soonDays: number, context: Context): [string, Row[]][] {
  const { section } = context.texts;
  // Each group of action items under a title that is true of all of them.
  const dated = (action: ActionDue) => action.due !== undefined && isCalendarDate(action.due);
  const actions = (keep: (action: ActionDue) => boolean) => forum.actions.filter(keep).map((a) => actionRow(a, context));
  return [
    [section.upcoming, forum.upcoming.map((m) => upcomingRow(m, context))],
    [section.withoutMinutes, forum.withoutMinutes.map((m) => withoutMinutesRow(m, context))],
    [section.awaitingApproval, forum.awaitingApproval.map((m) => awaitingApprovalRow(m, context))],
    [section.overdueActions, actions((a) => a.overdue)],
    [section.actions({ days: soonDays }), actions((a) => !a.overdue && dated(a))],
    [section.undatedActions, actions((a) => !dated(a))],
  ];
}

function upcomingRow(meeting: UpcomingMeeting, { texts, today, event, deadline, commitAgenda }: Context): Row {
  const details: Cell[] = [];
  // A notice deadline already reached is listed with what is missing, below.
  if (meeting.agendaStatus !== 'sent' && meeting.noticeDeadline !== undefined && meeting.noticeDeadline > today) {
    details.push({ text: texts.noticeDue(deadline(meeting.noticeDeadline)) });
  }
  // A papers deadline that has passed is only history: missing papers say what is left to do.
  if (meeting.needsPapers && meeting.papersDeadline !== undefined && meeting.papersDeadline >= today) {
    details.push({ text: texts.papersDue(deadline(meeting.papersDeadline)) });
  }
  for (const missing of meeting.missing) {
    const item = missing.item ?? '?';
    const text =
      missing.what === 'purpose'
        ? texts.missing.purpose
        : missing.what === 'papers'
          ? texts.missing.papers({ item })
          : missing.what === 'proposal'
            ? texts.missing.proposal({ item })
            : missing.what === 'commit'
              ? texts.missing.commit
              : texts.missing.notice(deadline(meeting.noticeDeadline ?? meeting.date));
    details.push({ text: `✖ ${text}`, tone: 'bad' });
    // The command on a line of its own, to copy.
    if (missing.what === 'commit') details.push({ text: `  ${commitAgenda(meeting.meeting)}` });
  }
  if (meeting.missing.length === 0 && meeting.agendaStatus === 'sent') details.push({ text: `✔ ${texts.ready}`, tone: 'good' });
  return {
    cells: [{ text: meetingLabel(meeting.meeting) }, { text: event(meeting.date) }, { text: texts.agendaStatus({ status: meeting.agendaStatus }) }],
    details,
  };
}

function withoutMinutesRow(meeting: MeetingWithoutMinutes, { texts, today, event, deadline }: Context): Row {
  const due: Cell =
    meeting.minutesDue === undefined
      ? { text: texts.noMinutesYet }
      : { text: texts.minutesDue(deadline(meeting.minutesDue)), tone: meeting.overdue ? 'bad' : meeting.minutesDue === today ? 'warn' : 'plain' };
  return { cells: [{ text: meetingLabel(meeting.meeting) }, { text: event(meeting.date) }, due] };
}

function awaitingApprovalRow(minutes: MinutesAwaitingApproval, { texts, event }: Context): Row {
  let approval: Cell;
  if (minutes.approveAt === undefined || minutes.approveAtDate === undefined) {
    approval = { text: texts.noLaterMeeting, tone: 'dim' };
  } else {
    const at = { date: meetingLabel(minutes.approveAt), when: event(minutes.approveAtDate) };
    approval = minutes.overdue
      ? { text: texts.approvalOverdue(at), tone: 'bad' }
      : minutes.onAgenda
        ? { text: texts.approveAt(at) }
        : { text: texts.approvalNotOnAgenda(at), tone: 'warn' };
  }
  return { cells: [{ text: meetingLabel(minutes.meeting) }, { text: texts.minutesStatus({ status: minutes.status }) }, approval] };
}

function actionRow(action: ActionDue, { texts, today, agency, deadline }: Context): Row {
  // A due date that is not a date is shown as written, with no words for how far it is.
  const dueDate = action.due !== undefined && isCalendarDate(action.due) ? action.due : undefined;
  const tone: Tone = action.overdue ? 'bad' : dueDate === undefined || dueDate === today ? 'warn' : 'plain';
  return {
    cells: [
      { text: action.due ?? texts.noDueDate, tone },
      // Undated items have a section of their own, where this column would be empty.
      ...(dueDate === undefined ? [] : [{ text: deadline(dueDate).when, tone }]),
      { text: action.owner === undefined ? texts.noOwner : agency(action.owner) },
      { text: action.what ?? texts.noDescription },
      { text: texts.origin({ meeting: meetingLabel(action.meeting), item: action.item ?? '?' }), tone: 'dim' },
    ],
  };
}

/** The meeting's folder, without the forum its section is already under: `2026-12-03`, or `2026-12-03-2`. */
function meetingLabel(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** Rows with their columns padded to line up (the last is not padded), under a section title. */
function table(rows: Row[], paint: (cell: Cell) => string): string[] {
  const indent = '    ';
  const columns = rows.reduce((most, row) => Math.max(most, row.cells.length), 0);
  const widths = Array.from({ length: columns - 1 }, (_, i) => rows.reduce((widest, row) => Math.max(widest, row.cells[i]?.text.length ?? 0), 0));
  const detailIndent = indent + ' '.repeat(widths.reduce((sum, width) => sum + width + 2, 0));
  const lines: string[] = [];
  for (const row of rows) {
    const cells = row.cells.map((cell, i) => paint(cell) + (i < widths.length ? ' '.repeat((widths[i] ?? 0) - cell.text.length) : ''));
    lines.push((indent + cells.join('  ')).trimEnd());
    for (const detail of row.details ?? []) lines.push(detailIndent + paint(detail));
  }
  return lines;
}
