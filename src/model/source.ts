import { isUtf8 } from 'node:buffer';
import { parseDocument, type Document } from 'yaml';
import { formatBytes, MAX_FRONT_MATTER_BYTES, MAX_YAML_DEPTH, MAX_YAML_VALUES } from './limits.js';
import { readSimpleYaml } from './simple-yaml.js';
import { SourceFile, type FileProblem } from './source-file.js';
import { yamlCause, unresolvedAliasCause } from './yaml-cause.js';
import { containsItself, expandedSize, targetsOf, tooDeep, unresolvedAlias } from './yaml-safety.js';

export { SourceFile, type FileProblem, type YamlPath } from './source-file.js';

const BOM = '\uFEFF';
const OPENING = /^---[ \t]*\r?\n/;
// Lines end at `\n` only: with the `m` flag, `^` and `$` would also match at U+2028 and U+2029, which YAML reads as
// ordinary characters, so `title: a\u2029---\u2028…` would end the front matter inside a value and hide every key after it.
const CLOSING = /(?:^|(?<=\n))(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/;

/** Decode bytes as UTF-8 text, or say why they are not. */
export function decode(bytes: Uint8Array): { text: string; bom: boolean } | { problem: 'binary' | 'not-utf8' } {
  // UTF-16 (as Notepad may save) is text in the wrong encoding, not a binary file.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: 'not-utf8' };
  // isUtf8 (simdutf) holds bytes to the same rules as a fatal TextDecoder, at a fraction of its cost on the
  // first thousand files of a run; then Buffer's decoder, which keeps a byte order mark, which is cut here.
  // A NUL makes the file binary either way; it is looked for in the text, where the search costs a tenth of
  // Buffer's `includes` on thousands of small files.
  if (!isUtf8(bytes)) return { problem: bytes.includes(0) ? 'binary' : 'not-utf8' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.includes('\0')) return { problem: 'binary' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: text.startsWith(BOM) ? text.slice(1) : text, bom };
}

/** Read a Markdown file with YAML front matter. */
export function parseMarkdownFile(path: string, bytes: Uint8Array): SourceFile {
  const decoded = decode(bytes);
  if ('problem' in decoded) return encodingProblem(path, decoded.problem);
  const file = parseMarkdownText(path, decoded.text);
  file.bom = decoded.bom;
  return file;
}

function parseMarkdownText(path: string, text: string): SourceFile {
  const opening = OPENING.exec(text);
  if (!opening) {
    return new SourceFile(path, text, {
      yamlStart: 0,
      bodyStart: 0,
      problem: { ruleId: 'file/front-matter-missing', messageId: 'missing', data: {}, start: 0, end: firstLineEnd(text) },
    });
  }
  const yamlStart = opening[0].length;
  const closing = CLOSING.exec(text.slice(yamlStart));
  if (!closing) {
    return new SourceFile(path, text, {
      yamlStart,
      bodyStart: text.length,
      problem: { ruleId: 'file/front-matter-missing', messageId: 'unclosed', data: {}, start: 0, end: 3 },
    });
  }
  const yamlEnd = yamlStart + closing.index;
  let bodyStart = yamlEnd + closing[0].length;
  if (text[bodyStart] === '\n') bodyStart++;
  return parseYamlInto(path, text, yamlStart, yamlEnd, bodyStart);
}

/** Read a YAML file (`etat.yml`). */
export function parseYamlFile(path: string, bytes: Uint8Array): SourceFile {
  const decoded = decode(bytes);
  if ('problem' in decoded) return encodingProblem(path, decoded.problem);
  const file = parseYamlInto(path, decoded.text, 0, decoded.text.length, decoded.text.length);
  file.bom = decoded.bom;
  return file;
}

/** The most aliases one document may expand: enough for real use, too few for a "billion laughs". */
const MAX_ALIAS_COUNT = 1000;

function parseYamlInto(path: string, text: string, yamlStart: number, yamlEnd: number, bodyStart: number): SourceFile {
  const yaml = text.slice(yamlStart, yamlEnd);
  const unread = (ruleId: FileProblem['ruleId'], messageId: string, data: Record<string, unknown>, at = 0, doc?: Document) =>
    new SourceFile(path, text, { doc, yamlStart, bodyStart, problem: { ruleId, messageId, data, start: yamlStart + at, end: yamlStart + at } });

  // What could exhaust the parser is refused before it runs: too much text, too deep a nesting.
  const bytes = Buffer.byteLength(yaml);
  if (bytes > MAX_FRONT_MATTER_BYTES) return unread('file/too-large', 'frontMatter', { size: formatBytes(bytes), max: formatBytes(MAX_FRONT_MATTER_BYTES) });
  const deep = tooDeep(yaml);
  if (deep !== undefined) return unread('file/yaml-syntax', 'depth', { max: MAX_YAML_DEPTH }, deep);
  // A carriage return that ends no line: YAML readers disagree on whether it breaks the line, so what one reads, another does not.
  const cr = /\r(?!\n)/.exec(yaml);
  if (cr) return unread('file/yaml-syntax', 'bareCr', {}, cr.index);

  // Plain front matter, as most is, is read to its data at once; its document is parsed when a place in it is needed.
  const simple = readSimpleYaml(yaml);
  if (simple !== undefined) return new SourceFile(path, text, { doc: () => parseYaml(yaml), simple, data: simple.data, yamlStart, bodyStart });

  let doc: Document;
  try {
    doc = parseYaml(yaml);
  } catch {
    // The pre-scan keeps nesting far below what exhausts the stack; this is the guard behind it.
    return unread('file/yaml-syntax', 'depth', { max: MAX_YAML_DEPTH });
  }
  // A syntax problem is placed where its cause is, and the parsed document is kept for what can still be read.
  const syntaxProblem = (cause: { messageId: string; data: Record<string, unknown>; start: number; end: number }) =>
    new SourceFile(path, text, {
      doc,
      yamlStart,
      bodyStart,
      problem: { ruleId: 'file/yaml-syntax', messageId: cause.messageId, data: cause.data, start: yamlStart + cause.start, end: yamlStart + cause.end },
    });
  const error = doc.errors[0];
  // The message names the cause where the text around the error shows it (a `{}` above, a tab, an open quote).
  if (error) return syntaxProblem(yamlCause(yaml, error));
  // Every alias is written with a `*`: without one, there is none, and none of what follows can happen (a walk of
  // the document each, skipped for most files).
  const aliases = yaml.includes('*');
  // `*Viktig*` parses as an alias of an anchor that is nowhere: said as the `*` it is, not as too many aliases.
  const alias = aliases ? unresolvedAlias(doc) : undefined;
  if (alias !== undefined) return syntaxProblem(unresolvedAliasCause(yaml, alias));
  // Counted before toJS, which copies what `<<` merges: a map merged a thousand times would fill the heap.
  if (aliases && targetsOf(doc).size > 0 && expandedSize(doc) > MAX_YAML_VALUES) return unread('file/yaml-syntax', 'expansion', { max: MAX_YAML_VALUES }, 0, doc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return unread('file/yaml-syntax', 'aliases', { max: MAX_ALIAS_COUNT }, 0, doc);
  }
  // An alias inside the node it names (`a: &x [*x]`) makes data that contains itself.
  if (aliases && containsItself(data)) return unread('file/yaml-syntax', 'recursive', {}, 0, doc);
  return new SourceFile(path, text, { doc, data, yamlStart, bodyStart });
}

/**
 * YAML 1.2 core schema: dates stay strings, `10:00` is not sexagesimal, and no
 * tag can construct anything but plain data — nothing in a repository runs code.
 */
function parseYaml(yaml: string): Document {
  // logLevel: a key that is a list or a map would print a Node warning quoting it; it is a schema finding already.
  return parseDocument(yaml, { uniqueKeys: true, merge: true, prettyErrors: false, logLevel: 'error' });
}

function encodingProblem(path: string, problem: 'binary' | 'not-utf8'): SourceFile {
  return new SourceFile(path, '', {
    yamlStart: 0,
    bodyStart: 0,
    problem: { ruleId: 'file/encoding', messageId: problem, data: {}, start: 0, end: 0 },
  });
}

function firstLineEnd(text: string): number {
  const newline = text.indexOf('\n');
  return newline === -1 ? text.length : newline;
}

/** Read a file as plain text (a Markdown paper): its own front matter, if any, is left to remark. */
export function parseTextFile(path: string, bytes: Uint8Array): SourceFile {
  const decoded = decode(bytes);
  if ('problem' in decoded) return encodingProblem(path, decoded.problem);
  return new SourceFile(path, decoded.text, { yamlStart: 0, bodyStart: 0 });
}
