import { Chalk } from 'chalk';
import { escapeControls } from '../i18n/excerpt.js';
import { inertReferences } from '../report/inert.js';
import { decisionsTexts, type DecisionsTexts } from '../i18n/decisions.js';
import type { Lang } from '../i18n/lang.js';
import type { Votes } from '../model/types.js';
import { sameVotes, type AddedOrRemoved, type Changed, type DecisionsDiff, type SideInfo } from './diff.js';
import { oneLine, splitSpace, type WordPart } from './words.js';

export interface DecisionsReportOptions {
  lang: Lang;
  /** Colour the output (pretty only; only on a terminal, never with NO_COLOR). */
  color: boolean;
}

export type DecisionsReporter = (diff: DecisionsDiff, options: DecisionsReportOptions) => string;

/** The version of the JSON shape (docs/decisions-diff-format.md): raised only when a field is removed or changes meaning. */
export const DECISIONS_DIFF_FORMAT_VERSION = 1;

export const json: DecisionsReporter = (diff) =>
  JSON.stringify(
    {
      format: 'etat-decisions-diff',
      version: DECISIONS_DIFF_FORMAT_VERSION,
      from: diff.from,
      to: diff.to,
      added: diff.added,
      changed: diff.changed,
      removed: diff.removed,
    },
    null,
    2,
  ) + '\n';

/** How the prose of a format marks code, changed words and emphasis. */
interface Style {
  code: (text: string) => string;
  text: (text: string) => string;
  removed: (text: string) => string;
  added: (text: string) => string;
  /** Between a removed stretch and the added one right after it. */
  between?: string;
}

/** A side in words: the working tree, `abc1234 (where HEAD left main)`, `v1.0 (abc1234)`. */
function sideLabel(side: SideInfo, texts: DecisionsTexts, style: Style): string {
  if (side.kind === 'worktree') return texts.diff.worktree;
  const commit = style.code(side.commit.slice(0, 7));
  if (side.mergeBase !== undefined) return texts.diff.mergeBase({ commit, branch: style.code(side.mergeBase) });
  // A commit id given as such is shown once.
  if (/^[0-9a-f]{4,}$/i.test(side.ref) && side.commit.startsWith(side.ref.toLowerCase())) return commit;
  return texts.diff.commit({ ref: style.code(side.ref), commit });
}

/**
 * The words of a change, each changed stretch marked with its outer white
 * space left outside the marks; `between` goes between a removed stretch and
 * the added one that replaces it.
 */
function markWords(words: readonly WordPart[], style: Style): string {
  return words
    .map((part, i) => {
      if (part.type === 'same') return style.text(part.text);
      const { lead, core, trail } = splitSpace(part.text);
      if (core === '') return part.type === 'added' ? part.text : ''; // white space alone is not worth a mark
      const between = part.type === 'removed' && words[i + 1]?.type === 'added' && trail === '' ? (style.between ?? '') : '';
      return lead + (part.type === 'removed' ? style.removed(core) : style.added(core)) + trail + between;
    })
    .join('');
}

interface Entry {
  title: string;
  /** The outcome and the count, where there is more to say than "decided": `rejected; votes: 1 for, 3 against, 0 abstaining`. */
  facts?: string;
  text: string;
  notes: string[];
}

/**
 * What a reader needs to know besides the text: that a proposal fell, and the
 * count where there was a vote — for a changed decision, each as it was and is
 * when it changed. Nothing for a decision adopted without a recorded vote.
 */
function factsOf(d: AddedOrRemoved | Changed, texts: DecisionsTexts): string | undefined {
  const count = (votes: Votes | undefined) => (votes ? texts.diff.count(votes) : texts.diff.noVotes);
  const facts: string[] = [];
  if ('fromOutcome' in d && d.fromOutcome !== d.outcome) facts.push(`${texts.outcomes[d.fromOutcome]} → ${texts.outcomes[d.outcome]}`);
  else if (d.outcome === 'rejected') facts.push(texts.outcomes.rejected);
  if ('fromOutcome' in d && !sameVotes(d.fromVotes, d.votes)) facts.push(texts.diff.votes({ votes: `${count(d.fromVotes)} → ${count(d.votes)}` }));
  else if (d.votes) facts.push(texts.diff.votes({ votes: count(d.votes) }));
  return facts.length > 0 ? facts.join('; ') : undefined;
}

/** Each decision of the diff as a title, its text (changed words marked) and notes on corrections. */
function entries(diff: DecisionsDiff, texts: DecisionsTexts, style: Style): Record<'added' | 'changed' | 'removed', Entry[]> {
  const to = sideLabel(diff.to, texts, style);
  const where = (d: { forumName: string; meeting: string; item: string; title?: string }, withTitle = true) =>
    texts.diff.decision({
      forum: style.text(d.forumName),
      meeting: d.meeting.slice(d.meeting.indexOf('/') + 1),
      item: style.text(d.item),
      title: withTitle && d.title ? style.text(d.title) : undefined,
    });
  const notes = (d: AddedOrRemoved | Changed): string[] => {
    const out: string[] = [];
    if (d.corrects) {
      const target = d.corrects;
      out.push(
        target.found && target.text !== undefined
          ? texts.diff.corrects({
              target: where({ forumName: target.forumName ?? '', meeting: target.meeting ?? '', item: target.item ?? '', title: target.title }),
              text: style.text(oneLine(target.text)),
            })
          : texts.diff.correctsUnknown({ key: target.key, side: to }),
      );
    }
    for (const correction of d.correctedBy ?? []) {
      out.push(texts.diff.correctedBy({ correction: where(correction), text: style.text(oneLine(correction.text)) }));
    }
    return out;
  };
  const facts = (d: AddedOrRemoved | Changed) => {
    const said = factsOf(d, texts);
    return said === undefined ? {} : { facts: style.text(said) };
  };
  const plain = (d: AddedOrRemoved): Entry => ({ title: where(d), ...facts(d), text: style.text(oneLine(d.text)), notes: notes(d) });
  return {
    added: diff.added.map(plain),
    changed: diff.changed.map((d) => ({ title: where(d), ...facts(d), text: markWords(d.words, style), notes: notes(d) })),
    removed: diff.removed.map(plain),
  };
}

function summaryOf(diff: DecisionsDiff, texts: DecisionsTexts, style: Style): string {
  const from = sideLabel(diff.from, texts, style);
  const to = sideLabel(diff.to, texts, style);
  if (diff.added.length + diff.changed.length + diff.removed.length === 0) return texts.diff.none({ from, to });
  return texts.diff.summary({ added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length, from, to });
}

function unreadableNotes(diff: DecisionsDiff, texts: DecisionsTexts, style: Style): string[] {
  return (['from', 'to'] as const).flatMap((which) =>
    diff[which].unreadable.map((path) => texts.diff.unreadable({ path, side: sideLabel(diff[which], texts, style) })),
  );
}

const SECTIONS = ['added', 'changed', 'removed'] as const;

/**
 * For a terminal: the summary, then a section per kind of change, one
 * decision each with its text indented below; changed words as
 * `[-old-]{+new+}`, or red and green with colour.
 */
export const pretty: DecisionsReporter = (diff, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const texts = decisionsTexts[options.lang];
  const style: Style = {
    // Repository text reaches the terminal without control characters; changed words are marked, coloured on a terminal too.
    code: (text) => escapeControls(text),
    text: (text) => escapeControls(text),
    removed: (text) => chalk.red(`[-${escapeControls(text)}-]`),
    added: (text) => chalk.green(`{+${escapeControls(text)}+}`),
  };
  const lines = [chalk.bold(summaryOf(diff, texts, style))];
  const all = entries(diff, texts, style);
  const marks = { added: chalk.green('+'), changed: chalk.yellow('~'), removed: chalk.red('-') };
  for (const section of SECTIONS) {
    if (all[section].length === 0) continue;
    lines.push('', chalk.bold(texts.diff.section[section]));
    for (const entry of all[section]) {
      lines.push(`  ${marks[section]} ${entry.title}`, ...(entry.facts === undefined ? [] : [`    ${entry.facts}`]), `    ${entry.text}`);
      for (const note of entry.notes) lines.push(chalk.dim(`    ↳ ${note}`));
    }
  }
  const unreadable = unreadableNotes(diff, texts, style);
  if (unreadable.length > 0) lines.push('', ...unreadable.map((note) => chalk.yellow('⚠ ') + note));
  return lines.join('\n') + '\n';
};

/** Markdown, ready for a pull-request comment: changed words as `~~old~~ **new**`. */
export const markdown: DecisionsReporter = (diff, options) => {
  const texts = decisionsTexts[options.lang];
  const style: Style = {
    code: (text) => '`' + text.replace(/`/g, "'") + '`',
    text: escapeMarkdown,
    removed: (text) => `~~${escapeMarkdown(text)}~~`,
    added: (text) => `**${escapeMarkdown(text)}**`,
    between: ' ',
  };
  const lines = [`## ${texts.diff.heading}`, '', summaryOf(diff, texts, style)];
  const all = entries(diff, texts, style);
  for (const section of SECTIONS) {
    if (all[section].length === 0) continue;
    lines.push('', `### ${texts.diff.section[section]}`, '');
    for (const entry of all[section]) {
      // Lines of one list item, each ended by a hard line break (two spaces) but the last.
      const item = [`**${entry.title}**`, ...(entry.facts === undefined ? [] : [`_${entry.facts}_`]), entry.text, ...entry.notes.map((note) => `↳ _${note}_`)];
      lines.push(...item.map((line, i) => `${i === 0 ? '- ' : '  '}${line}${i < item.length - 1 ? '  ' : ''}`));
    }
  }
  const unreadable = unreadableNotes(diff, texts, style);
  if (unreadable.length > 0) lines.push('', ...unreadable.map((note) => `> ⚠️ ${note}`));
  return lines.join('\n') + '\n';
};

/** Text from front matter as Markdown that shows it as written: no emphasis, links, HTML or tables of its own. */
export function escapeMarkdown(text: string): string {
  return inertReferences(escapeControls(text).replace(/[\\`*_~[\]<>|]/g, (char) => '\\' + char).replace(/^([#+-]|\d+[.)])(\s)/, '\\$1$2'));
}
