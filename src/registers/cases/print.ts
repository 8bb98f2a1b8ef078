import { Chalk } from 'chalk';
import { escapeMarkdown } from '../../decisions/report.js';
import { escapeControls } from '../../i18n/excerpt.js';
import type { Lang } from '../../i18n/lang.js';
import type { Table } from '../table.js';
import type { CaseReport, CasesReport, MovementEntry, StopEntry } from './data.js';
import { caseWords, type CaseWords } from './words.js';

const lastMovementCell = (m: MovementEntry | null, w: CaseWords): string | undefined =>
  m ? `${m.meeting} #${m.item ?? '?'}${m.outcome ? ` (${w.outcome[m.outcome]})` : ''}` : undefined;

/** `etat cases` as a table: one row a case. */
export function casesTable(report: CasesReport, lang: Lang): Table {
  const w = caseWords[lang];
  return {
    header: w.header,
    wide: 1,
    whole: [0],
    rows: report.cases.map((c) => [
      c.id,
      c.title ?? undefined,
      c.owner ?? undefined,
      c.file === null ? w.noFile : c.status ? w.status[c.status] : undefined,
      c.meetings,
      lastMovementCell(c.lastMovement, w),
      c.referrals,
    ]),
  };
}

/** What became of the case at a stop, in words: the outcome, where it went, or why nothing is known yet. */
function outcomeLine(stop: StopEntry, w: CaseWords): string {
  if (stop.cancelled) return w.cancelled;
  if (stop.minutes === 'none') return w.noMinutes;
  if (!stop.recorded) return w.notRecorded;
  if (stop.outcome === null) return w.notRecorded;
  const said =
    stop.outcome === 'referred' ? (stop.referredTo === null ? w.referredNowhere : w.referredTo({ forum: stop.referredTo })) : w.outcome[stop.outcome];
  return stop.minutes === 'draft' ? `${said} (${w.draftMinutes})` : said;
}

interface Style {
  text: (text: string) => string;
  bold: (text: string) => string;
  dim: (text: string) => string;
}

/** The case's facts and its path as lines: a heading, the facts, then each stop with what belongs under it. */
function timeline(report: CaseReport, w: CaseWords, s: Style): { heading: string; facts: string[]; stops: { title: string; lines: string[] }[] } {
  const c = report.case;
  const heading = `${s.text(c.id)}${c.title ? ` – ${s.text(c.title)}` : ''}`;
  const facts = [
    `${w.owner}: ${c.owner ? s.text(c.owner) : '–'}`,
    `${w.statusLabel}: ${c.file === null ? w.noFile : c.status ? w.status[c.status] : '–'}`,
    ...(c.file ? [`${w.file}: ${s.text(c.file)}`] : []),
    ...(c.origin ? [`${w.origin}: ${s.text(c.origin)}`] : []),
    w.referrals({ count: report.referrals, max: report.maxReferrals }),
  ];
  const stops = report.path.map((stop) => {
    const title = [
      stop.date ?? stop.meeting,
      s.text(stop.forumName),
      w.item({ item: s.text(stop.item ?? '?') }) + (stop.title ? `: ${s.text(stop.title)}` : ''),
      ...(stop.kind ? [`(${w.kind[stop.kind]})`] : []),
    ].join('  ');
    const lines = [
      ...(stop.papers.length > 0 ? [s.dim(`${w.papers}: ${stop.papers.map(s.text).join(', ')}`)] : []),
      ...(stop.proposal ? [s.dim(`${w.proposal}: ${s.text(oneLine(stop.proposal))}`)] : []),
      `→ ${outcomeLine(stop, w)}`,
      ...(stop.decision ? [`${w.decision}: ${s.text(oneLine(stop.decision))}`] : []),
    ];
    return { title, lines };
  });
  return { heading, facts, stops };
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/** `etat case show` for a terminal: the case, then its path as a timeline, one meeting at a time. */
export function casePretty(report: CaseReport, options: { lang: Lang; color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const w = caseWords[options.lang];
  const { heading, facts, stops } = timeline(report, w, { text: escapeControls, bold: chalk.bold, dim: chalk.dim });
  const lines = [chalk.bold(heading), ...facts, ''];
  if (stops.length === 0) lines.push(w.noStops);
  for (const stop of stops) lines.push(chalk.bold(stop.title), ...stop.lines.map((line) => `    ${line}`));
  return lines.join('\n') + '\n';
}

/** `etat case show --format markdown`: a heading, the facts, and the path as a list. */
export function caseMarkdown(report: CaseReport, options: { lang: Lang }): string {
  const w = caseWords[options.lang];
  const { heading, facts, stops } = timeline(report, w, { text: escapeMarkdown, bold: (t) => `**${t}**`, dim: (t) => `_${t}_` });
  const lines = [`## ${heading}`, '', ...facts.map((f) => `- ${f}`), ''];
  if (stops.length === 0) lines.push(w.noStops);
  for (const stop of stops) {
    const item = [`**${stop.title}**`, ...stop.lines];
    // Lines of one list item, each ended by a hard line break (two spaces) but the last.
    lines.push(...item.map((line, i) => `${i === 0 ? '1. ' : '   '}${line}${i < item.length - 1 ? '  ' : ''}`));
  }
  return lines.join('\n') + '\n';
}
