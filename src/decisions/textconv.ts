import { isMap, isPair, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { decisionsTexts } from '../i18n/decisions.js';
import type { Lang } from '../i18n/lang.js';
import { asDict, asId, asString } from '../model/data.js';
import { parseMarkdownFile, type SourceFile } from '../model/source.js';
import { OUTCOMES, type Outcome } from '../model/types.js';
import { oneLine } from './words.js';

/** The line between etat's summary and the rest of the file: not `---`, which would read as front matter. */
export const TEXTCONV_RULE = '─'.repeat(40);

/**
 * The text `git diff` compares for a minutes or agenda file (the textconv of
 * the `etat` diff driver), in the repository's language:
 *
 *     etat: vedtakene i dette referatet, ett per sak; under streken står resten av filen
 *     Sak 1 – vedtatt: Direktørgruppen slutter seg til modellen.
 *     ────────────────────────────────────────
 *     ---
 *     type: minutes
 *     …
 *
 * a heading that says this is etat's view, each decision (in an agenda, each
 * proposed decision) as one line with its outcome, a rule, then the file with
 * those keys taken out and nothing else changed. A changed decision is then
 * one changed line, however its YAML is folded; the heading and the rule are
 * the same on both sides of a diff. Anything that is not a readable minutes or
 * agenda file is returned as it is: a diff must never fail on a file that
 * `etat check` would reject.
 */
export function textconv(path: string, bytes: Uint8Array, lang: Lang): Uint8Array | string {
  try {
    const file = parseMarkdownFile(path, bytes);
    if (file.problem || !file.doc) return bytes;
    const data = asDict(file.data);
    const type = data?.type === 'minutes' || data?.type === 'agenda' ? data.type : /agenda\.md$/.test(path) ? 'agenda' : /minutes\.md$/.test(path) ? 'minutes' : undefined;
    if (!type) return bytes;
    const key = type === 'minutes' ? 'decision' : 'proposal';
    const texts = decisionsTexts[lang].textconv;
    const lines: string[] = [];
    const cuts: [number, number][] = [];
    const items = file.doc.get('items', true);
    if (!isSeq(items)) return bytes;
    items.items.forEach((node, index) => {
      if (!isMap(node)) return;
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      const item = asDict((data?.items as unknown[] | undefined)?.[index]);
      const text = asString(item?.[key]);
      if (!pair || text === undefined) return;
      const cut = cutOf(file, node, pair);
      if (!cut) return;
      const id = asId(item?.id) ?? `#${index + 1}`;
      const outcome = asString(item?.outcome);
      const label =
        type === 'minutes'
          ? texts.decision({ item: id, outcome: outcome !== undefined ? outcomeWord(lang, outcome) : undefined, corrects: asString(item?.corrects) })
          : texts.proposal({ item: id });
      lines.push(`${label}: ${oneLine(text)}`);
      cuts.push(cut);
    });
    if (lines.length === 0) return bytes;
    let rest = file.text;
    for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) rest = rest.slice(0, start) + rest.slice(end);
    return `${texts.heading[type]}\n${lines.join('\n')}\n${TEXTCONV_RULE}\n${rest}`;
  } catch {
    return bytes;
  }
}

/** An outcome in the language; one etat does not know is the user's own word, shown as written. */
function outcomeWord(lang: Lang, outcome: string): string {
  return (OUTCOMES as readonly string[]).includes(outcome) ? decisionsTexts[lang].outcomes[outcome as Outcome] : outcome;
}

/**
 * The span of the file's text that holds `key: value`, so that cutting it out
 * leaves the rest of the YAML as it was written: the whole line(s) in a block
 * mapping, up to the next key after `- `, and the entry with its comma in a
 * flow mapping.
 */
function cutOf(file: SourceFile, map: YAMLMap, pair: Pair): [number, number] | undefined {
  const key = pair.key as { range?: [number, number, number] } | null;
  const value = pair.value as { range?: [number, number, number] } | null;
  if (!key?.range || !value?.range) return undefined;
  const text = file.text;
  const offset = file.yamlStart;
  const keyStart = offset + key.range[0];
  const index = map.items.indexOf(pair);
  const next = map.items[index + 1];
  const nextKey = isPair(next) ? (next.key as { range?: [number, number, number] } | null)?.range : undefined;
  if (map.flow) {
    if (nextKey) return [keyStart, offset + nextKey[0]];
    const previous = map.items[index - 1];
    const previousEnd = isPair(previous) ? (previous.value as { range?: [number, number, number] } | null)?.range?.[1] : undefined;
    return [previousEnd !== undefined ? offset + previousEnd : keyStart, offset + value.range[1]];
  }
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const ownLine = /^[ \t]*$/.test(text.slice(lineStart, keyStart));
  let end = offset + value.range[2];
  if (ownLine) {
    // The whole lines: the key's, through the end of the value's (with its comment and line break).
    if (end > 0 && text[end - 1] !== '\n') {
      const newline = text.indexOf('\n', end);
      end = newline === -1 ? text.length : newline + 1;
    }
    return [lineStart, end];
  }
  // After `- `: cut up to the next key, which then follows the dash.
  if (nextKey) return [keyStart, offset + nextKey[0]];
  while (end > keyStart && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return [keyStart, end];
}
