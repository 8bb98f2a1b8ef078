/**
 * A word-level diff of two short texts (decisions), by the longest common
 * subsequence of their tokens — words, single punctuation marks and runs of
 * white space — in the manner of `git diff --word-diff` and jsdiff's
 * `diffWords`. The texts are a few sentences, so the quadratic table is small;
 * past `MAX_CELLS` the middle is shown as one replacement instead.
 */

export interface WordPart {
  type: 'same' | 'removed' | 'added';
  text: string;
}

/** Words (letters, marks, digits, `_`), one punctuation mark, or a run of white space. */
const TOKEN = /\s+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

/** Above this many table cells (e.g. 2,000 × 2,000 tokens) the texts are not aligned word by word. */
const MAX_CELLS = 4_000_000;

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

/** The edit script of the differing middle, from an LCS table. */
function middle(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    return [...a.map((token): Op => ({ type: 'removed', token })), ...b.map((token): Op => ({ type: 'added', token }))];
  }
  // lcs[i * (m + 1) + j]: the length of the LCS of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ type: 'same', token: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      ops.push({ type: 'removed', token: a[i++]! });
    } else {
      ops.push({ type: 'added', token: b[j++]! });
    }
  }
  while (i < n) ops.push({ type: 'removed', token: a[i++]! });
  while (j < m) ops.push({ type: 'added', token: b[j++]! });
  return ops;
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
