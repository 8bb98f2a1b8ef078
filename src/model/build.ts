import type { SourceFile, YamlPath } from './source.js';
import { asBoolean, asDict, asEnum, asId, asList, asString } from './data.js';
import {
  ITEM_KINDS,
  OUTCOMES,
  type Action,
  type FollowUp,
  type Agenda,
  type AgendaItem,
  type AgencyEntry,
  type Approval,
  type Case,
  type Minutes,
  type MinutesItem,
  type PaperRef,
  type Votes,
} from './types.js';

/** Turn a file's front matter into model objects, keeping every object's YAML path. */

export interface PaperTarget {
  target: string;
  restricted: string | boolean | undefined;
  path: YamlPath;
}

/**
 * The papers an agenda item lists, as written: `path` or `{ path, restricted }`.
 * A single paper written without the list around it (`papers: papers/x.md`)
 * is a schema error that says to write a list; it still counts as the paper it
 * names, so that the item is not also reported as having none.
 */
export function paperTargets(item: unknown, itemPath: YamlPath): PaperTarget[] {
  const targets: PaperTarget[] = [];
  const papers = asDict(item)?.papers;
  const listed = Array.isArray(papers) ? papers : papers === undefined || papers === null ? [] : [papers];
  listed.forEach((entry, index) => {
    const path = Array.isArray(papers) ? [...itemPath, 'papers', index] : [...itemPath, 'papers'];
    if (typeof entry === 'string') {
      targets.push({ target: entry, restricted: undefined, path });
      return;
    }
    const dict = asDict(entry);
    const target = asString(dict?.path);
    if (dict && target !== undefined) {
      const restricted = dict.restricted;
      targets.push({
        target,
        restricted: typeof restricted === 'string' || typeof restricted === 'boolean' ? restricted : undefined,
        path: [...path, 'path'],
      });
    }
  });
  return targets;
}

export function buildAgenda(file: SourceFile, resolvePaper: (file: SourceFile, target: PaperTarget) => PaperRef): Agenda {
  const data = asDict(file.data) ?? {};
  const items = asList(data.items).map((raw, index): AgendaItem => {
    const item = asDict(raw) ?? {};
    const path = ['items', index];
    return {
      file,
      path,
      id: asId(item.id),
      title: asString(item.title),
      publicTitle: asString(item.public_title),
      kind: asEnum(item.kind, ITEM_KINDS),
      owner: asString(item.owner),
      case: asString(item.case),
      papers: paperTargets(raw, path).map((target) => resolvePaper(file, target)),
      proposal: asString(item.proposal),
      approves: approvalOf(asString(item.approves)),
      restricted: item.restricted,
      lateReason: asString(asDict(item.late)?.reason),
    };
  });
  return {
    file,
    forum: asString(data.forum),
    date: asString(data.date),
    purpose: data.purpose,
    status: asEnum(data.status, ['draft', 'sent', 'cancelled'] as const),
    chair: asString(data.chair),
    items,
  };
}

/** `agenda` approves the meeting's own invitation and agenda; anything else names the minutes of a meeting (the schema says when it does not). */
function approvalOf(approves: string | undefined): Approval | undefined {
  if (approves === undefined) return undefined;
  return approves === 'agenda' ? { kind: 'agenda' } : { kind: 'minutes', meeting: approves };
}

export function buildMinutes(file: SourceFile): Minutes {
  const data = asDict(file.data) ?? {};
  const items = asList(data.items).map((raw, index): MinutesItem => {
    const item = asDict(raw) ?? {};
    const path = ['items', index];
    const entries = (key: string): AgencyEntry[] =>
      asList(item[key]).map((entry, i) => ({ file, path: [...path, key, i], by: asString(asDict(entry)?.by), note: asString(asDict(entry)?.note) }));
    return {
      file,
      path,
      id: asId(item.id),
      added: item.added === true,
      title: asString(item.title),
      kind: asEnum(item.kind, ITEM_KINDS),
      outcome: asEnum(item.outcome, OUTCOMES),
      decision: asString(item.decision),
      consensus: asBoolean(item.consensus),
      dissent: entries('dissent'),
      votes: votesOf(item.votes),
      recused: entries('recused'),
      referredTo: asString(item.referred_to),
      actions: asList(item.actions).map((entry, i): Action => {
        const action = asDict(entry) ?? {};
        return {
          file,
          path: [...path, 'actions', i],
          what: asString(action.what),
          owner: asString(action.owner),
          due: asString(action.due),
          done: action.done === true,
        };
      }),
      followUp: asList(item.follow_up).map((entry, i): FollowUp => {
        const followUp = asDict(entry) ?? {};
        return {
          file,
          path: [...path, 'follow_up', i],
          action: asString(followUp.action),
          done: asBoolean(followUp.done),
          due: asString(followUp.due),
          note: asString(followUp.note),
        };
      }),
      corrects: asString(item.corrects),
    };
  });
  const agencies = (key: string) => asList(data[key]).map(asString);
  return {
    file,
    forum: asString(data.forum),
    date: asString(data.date),
    status: asEnum(data.status, ['draft', 'approved'] as const),
    approvedAt: asString(data.approved_at),
    present: agencies('present'),
    absent: agencies('absent'),
    items,
  };
}

/** A count of votes: a whole number, 0 or more. */
const asCount = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

/** `votes: { for, against, abstain }`, when `for` and `against` are counts (and `abstain`, when given). */
function votesOf(value: unknown): Votes | undefined {
  const votes = asDict(value);
  if (!votes) return undefined;
  const [inFavour, against] = [asCount(votes.for), asCount(votes.against)];
  const abstain = votes.abstain === undefined ? 0 : asCount(votes.abstain);
  return inFavour === undefined || against === undefined || abstain === undefined ? undefined : { for: inFavour, against, abstain };
}

export function buildCase(id: string, file: SourceFile): Case {
  const data = asDict(file.data) ?? {};
  return {
    id,
    file,
    title: asString(data.title),
    owner: asString(data.owner),
    status: asEnum(data.status, ['open', 'closed'] as const),
    origin: asString(data.origin),
  };
}
