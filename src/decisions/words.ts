import { diffArrays } from 'diff';

/**
 * A word-level diff of two short texts (decisions): jsdiff's `diffArrays`
 * (Myers) over etat's own tokens — words, single punctuation marks and runs of
 * white space — read in the manner of `git diff --word-diff`. jsdiff's own
 * `diffWords` tokenizes and places white space differently (`the {+new +}model`
 * instead of `the {+new+} model`), so the tokens and the white space rule stay
 * here. Past `MAX_EDIT_LENGTH` edits the middle is shown as one replacement.
 */

export interface WordPart {
  type: 'same' | 'removed' | 'added';
  text: string;
}

/** Words (letters, marks, digits, `_`), one punctuation mark, or a run of white space. */
const TOKEN = /\s+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

/** Texts this far apart (in tokens removed and added) are not aligned word by word: Myers' cost grows with it. */
const MAX_EDIT_LENGTH = 2_000;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

type Op = { type: WordPart['type']; token: string };

/**
 * The parts of `to` and `from` in order: text both share, text only in `from`
 * (removed) and text only in `to` (added). Where a change replaces text, the
 * removed part comes first. Joining the `same` and `removed` parts gives
 * `from`; the `same` and `added` parts give `to`.
 */
export function diffWords(from: string, to: string): WordPart[] {
  const a = tokenize(from);
  const b = tokenize(to);
  // The shared start and end are set aside first, so that texts too far apart still show them as they are.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [
    ...a.slice(0, start).map((token): Op => ({ type: 'same', token })),
    ...middle(a.slice(start, endA), b.slice(start, endB)),
    ...a.slice(endA).map((token): Op => ({ type: 'same', token })),
  ];
  return coalesce(absorbSpaces(ops));
}

/** The edit script of the differing middle, or all of it replaced when it is too far apart to align. */
function middle(a: string[], b: string[]): Op[] {
  const changes = a.length > 0 && b.length > 0 ? diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH }) : undefined;
  if (!changes) return [...a.map((token): Op => ({ type: 'removed', token })), ...b.map((token): Op => ({ type: 'added', token }))];
  return changes.flatMap((change) => change.value.map((token): Op => ({ type: change.added ? 'added' : change.removed ? 'removed' : 'same', token })));
}

/**
 * White space that the two texts share only between two changes is read as
 * part of the change: `a b c` → `a x y c` is `[-b-]{+x y+}`, not
 * `[-b-]{+x+} {+y +}`. Only where the changes on either side remove and add
 * words, so that no stretch is left that removes (or adds) nothing but space.
 */
function absorbSpaces(ops: Op[]): Op[] {
  const isSpace = (op: Op) => op.type === 'same' && /^\s+$/.test(op.token);
  const words = (run: Op[], type: Op['type']) => run.some((op) => op.type === type && /\S/.test(op.token));
  const out: Op[] = [];
  let k = 0;
  while (k < ops.length) {
    const op = ops[k]!;
    if (!isSpace(op)) {
      out.push(op);
      k++;
      continue;
    }
    // The changes right before and right after this space.
    const before: Op[] = [];
    for (let i = out.length - 1; i >= 0 && out[i]!.type !== 'same'; i--) before.push(out[i]!);
    const after: Op[] = [];
    for (let i = k + 1; i < ops.length && ops[i]!.type !== 'same'; i++) after.push(ops[i]!);
    const around = [...before, ...after];
    if (before.length > 0 && after.length > 0 && words(around, 'removed') && words(around, 'added')) {
      out.push({ type: 'removed', token: op.token }, { type: 'added', token: op.token });
    } else {
      out.push(op);
    }
    k++;
  }
  return out;
}

/** Runs of one kind joined; in each changed stretch, everything removed before everything added. */
function coalesce(ops: Op[]): WordPart[] {
  const parts: WordPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) parts.push({ type: 'removed', text: removed });
    if (added) parts.push({ type: 'added', text: added });
    removed = added = '';
  };
  for (const op of ops) {
    if (op.type === 'removed') removed += op.token;
    else if (op.type === 'added') added += op.token;
    else {
      flush();
      const last = parts.at(-1);
      if (last?.type === 'same') last.text += op.token;
      else parts.push({ type: 'same', text: op.token });
    }
  }
  flush();
  return parts;
}

/**
 * A changed part with its outer white space moved outside the marks, so that
 * `**new**` and `~~old~~` render in Markdown and `{+new+}` reads well.
 */
export function splitSpace(text: string): { lead: string; core: string; trail: string } {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return { lead: match[1]!, core: match[2]!, trail: match[3]! };
}

/** A decision's text as it reads: runs of white space (line breaks of a YAML block too) as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
