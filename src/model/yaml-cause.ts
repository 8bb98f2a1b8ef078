import { CST, Parser, type YAMLError } from 'yaml';

/**
 * Why YAML text does not parse, in terms a secretary can act on. The `yaml`
 * library says where it gave up and with which code (`BAD_INDENT`, …); the
 * cause is often a line or two above, and the same code has several causes. So
 * the code is read together with the text around the error: an empty `{}`
 * followed by indented entries, a tab, a quote never closed, a key written
 * twice, a `: ` inside an unquoted value. The message id names the cause (the
 * `file/yaml-syntax` messages); `syntax` is what is left, with the code.
 */
export interface YamlCause {
  messageId: 'tab' | 'unclosedQuote' | 'flowThenBlock' | 'unclosedFlow' | 'duplicateKey' | 'colonInValue' | 'reservedStart' | 'syntax';
  data: Record<string, unknown>;
  /** Offsets in the YAML text: where the cause is, which may be above where the parser stopped. */
  start: number;
  end: number;
}

export function yamlCause(yaml: string, error: YAMLError): YamlCause {
  const at = Math.min(error.pos[0], yaml.length);
  const end = Math.max(at, Math.min(error.pos[1], yaml.length));
  const lines = linesOf(yaml);
  const index = lineAt(lines, at);
  const line = lines[index]!;

  const tab = /^[ ]*\t/.exec(line.text);
  if (error.code === 'TAB_AS_INDENT' || tab) {
    const column = line.text.search(/\t/);
    return { messageId: 'tab', data: {}, start: line.start + Math.max(column, 0), end: line.start + Math.max(column, 0) + 1 };
  }

  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (error.code === 'MISSING_CHAR' && quote) {
    const opening = openQuote(yaml, quote) ?? at;
    return { messageId: 'unclosedQuote', data: { quote }, start: opening, end: opening + 1 };
  }

  const flow = emptyFlowAbove(lines, index);
  if (flow) return { messageId: 'flowThenBlock', data: { key: flow.key, flow: flow.flow }, start: flow.start, end: flow.start + flow.flow.length };

  const close = /end with an? ([\]}])/.exec(error.message)?.[1];
  if (close) {
    const open = close === ']' ? '[' : '{';
    const opening = lastOpening(lines, index, open);
    return { messageId: 'unclosedFlow', data: { open, close }, start: opening ?? at, end: (opening ?? at) + 1 };
  }

  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(yaml.slice(at, lineEnd(yaml, at)))?.[1] ?? yaml.slice(at, end);
    return { messageId: 'duplicateKey', data: { key: unquote(key) }, start: at, end: at + key.length };
  }

  const pair = KEY_VALUE.exec(line.text);
  if (pair && /:(?:\s|$)/.test(pair[3]!) && (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'UNEXPECTED_TOKEN')) {
    const key = pair[2]!;
    const value = pair[3]!;
    const colon = line.start + line.text.indexOf(value, pair[1]!.length + key.length + 1) + value.search(/:(?:\s|$)/);
    return { messageId: 'colonInValue', data: { key, suggestion: `${key}: ${quoted(value)}` }, start: colon, end: colon + 1 };
  }

  // `@` and `` ` `` may not start a value; `*Viktig*` (Markdown emphasis) starts an alias, then text follows it.
  const reserved = error.code === 'BAD_SCALAR_START' ? at : pair && /^[*&]/.test(pair[3]!) ? line.start + line.text.indexOf(pair[3]!, pair[1]!.length + pair[2]!.length + 1) : undefined;
  if (reserved !== undefined) return reservedStart(yaml, reserved, pair?.[2]);

  return { messageId: 'syntax', data: { code: error.code }, start: at, end };
}

/**
 * An alias whose anchor is nowhere (`title: *Viktig*`, Markdown emphasis): it
 * parses, but reads as nothing. Said as the reserved `*` it is, with the value quoted.
 */
export function unresolvedAliasCause(yaml: string, at: number): YamlCause {
  const lines = linesOf(yaml);
  const pair = KEY_VALUE.exec(lines[lineAt(lines, at)]!.text);
  return reservedStart(yaml, at, pair?.[2]);
}

/** A value that starts with a character YAML reserves there, at `at`: put it in quotes. */
function reservedStart(yaml: string, at: number, key?: string): YamlCause {
  const value = yaml.slice(at, lineEnd(yaml, at)).replace(/\s+#.*$/, '').trimEnd();
  return { messageId: 'reservedStart', data: { char: yaml[at] ?? '', suggestion: key !== undefined ? `${key}: ${quoted(value)}` : quoted(value) }, start: at, end: at + 1 };
}

/** `key: value` on one line, also after `- `: the indentation with the dash, the key, the value without a comment. */
const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s#'"{[\]},:-][^:#]*?|"[^"]*"|'[^']*'):\s+(.*?)\s*(?:\s#.*)?$/;

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text_ of text.split('\n')) {
    lines.push({ text: text_.replace(/\r$/, ''), start });
    start += text_.length + 1;
  }
  return lines;
}

function lineAt(lines: Line[], offset: number): number {
  let index = 0;
  while (index + 1 < lines.length && lines[index + 1]!.start <= offset) index++;
  return index;
}

function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

const indentOf = (text: string) => /^ */.exec(text)![0].length;
const isContent = (text: string) => text.trim() !== '' && !text.trimStart().startsWith('#');

/**
 * An empty flow collection (`{}` or `[]`) that indented block content follows:
 * `agencies: {}` and then `  bufdir:` below it, or `agencies:` with `{}` on the
 * next line — as an etat.yml started with `{}` invites. The error is reported
 * where the block content starts; the cause is the `{}` above it.
 */
function emptyFlowAbove(lines: Line[], index: number): { key: string; flow: string; start: number } | undefined {
  const here = lines[index]!;
  let above = index - 1;
  while (above >= 0 && !isContent(lines[above]!.text)) above--;
  if (above < 0 || !isContent(here.text)) return undefined;
  const line = lines[above]!;
  const withKey = /^(\s*(?:-\s+)?)([^#:]+?):\s*(\{\s*\}|\[\s*\])\s*(?:#.*)?$/.exec(line.text);
  if (withKey) {
    if (indentOf(here.text) <= indentOf(line.text)) return undefined;
    return { key: withKey[2]!.trim(), flow: withKey[3]!.replace(/\s+/g, ''), start: line.start + line.text.indexOf(withKey[3]!) };
  }
  const alone = /^(\s*)(\{\s*\}|\[\s*\])\s*(?:#.*)?$/.exec(line.text);
  if (!alone) return undefined;
  // The key it belongs to: the nearest less indented line above, ending with `:`.
  for (let i = above - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    if (!isContent(text)) continue;
    const key = /^(\s*(?:-\s+)?)([^#:]+?):\s*(?:#.*)?$/.exec(text);
    if (!key || indentOf(text) >= indentOf(line.text)) return undefined;
    if (indentOf(here.text) <= indentOf(text)) return undefined;
    return { key: key[2]!.trim(), flow: alone[2]!.replace(/\s+/g, ''), start: line.start + alone[1]!.length };
  }
  return undefined;
}

/** The last `[` or `{` opened on or above the line of the error, where a flow collection starts that is never closed. */
function lastOpening(lines: Line[], index: number, open: string): number | undefined {
  for (let i = index; i >= 0; i--) {
    const column = lines[i]!.text.lastIndexOf(open);
    if (column !== -1 && i < index) return lines[i]!.start + column;
  }
  return undefined;
}

/** Where the quoted scalar that is never closed opens: the parser's own tokens say which one runs to the end. */
function openQuote(yaml: string, quote: string): number | undefined {
  const type = quote === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
  let found: number | undefined;
  const check = (token: CST.Token | undefined) => {
    if (found !== undefined || !token || token.type !== type) return;
    if (!closes(token.source, quote)) found = token.offset;
  };
  for (const token of new Parser().parse(yaml)) {
    if (token.type === 'document' && token.value) {
      check(token.value);
      CST.visit(token, (item) => {
        check(item.key ?? undefined);
        check(item.value);
      });
    }
  }
  return found;
}

/** Whether a quoted scalar's source ends with its closing quote (`''` inside single quotes is an escaped quote). */
function closes(source: string, quote: string): boolean {
  const text = source.trimEnd();
  if (text.length < 2 || !text.endsWith(quote)) return false;
  if (quote === "'") return /^'(?:[^']|'')*'$/.test(text);
  return /^"(?:[^"\\]|\\.)*"$/s.test(text);
}

/** A value as YAML writes it quoted: in double quotes, or single quotes when it holds a double quote. */
function quoted(value: string): string {
  if (!/["\\]/.test(value)) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return JSON.stringify(value);
}

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}
