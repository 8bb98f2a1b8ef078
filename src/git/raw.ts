import { parseMarkdownFile } from '../model/source.js';

// Reading what git prints (`--raw -z` logs and diffs) and what a file's front matter says its status is.

/** A top-level `status: word` line, plain or quoted, with an optional comment. */
// Lines end at `\n` only, as the front matter is read (CLOSING in model/source.ts): not at U+2028 or U+2029 inside a value.
const STATUS_LINE = /(?:^|(?<=\n))status:[ \t]*(["']?)([A-Za-z-]+)\1[ \t]*(?:#.*)?\r?(?=\n|$)/;
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)(?<=\n)(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/;

/**
 * `status:` of a file's front matter, read from its text. Every version of
 * every agenda is asked, so a plain top-level `status:` line is read without
 * parsing the YAML (a key at the start of a line of a block mapping is always
 * top level); anything else gets the full parse.
 */
export function statusOf(path: string, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  return plainStatus(text, FRONT_MATTER) ?? parsedStatus(path, text);
}

/** The status as the front matter's YAML parse gives it: for what the plain reading of a `status:` line cannot read. */
function parsedStatus(path: string, text: string): unknown {
  return (parseMarkdownFile(path, Buffer.from(text)).data as { status?: unknown } | undefined)?.status;
}

/** FRONT_MATTER over bytes read as latin1, one character a byte: a byte order mark is its three bytes. */
const FRONT_MATTER_LATIN1 = new RegExp(FRONT_MATTER.source.replace('(?:\\uFEFF)', '(?:\\xEF\\xBB\\xBF)'));
const LINE_SEPARATORS = [Buffer.from('\u2028'), Buffer.from('\u2029')];

/**
 * `statusOf` of a file's bytes, as it is of their UTF-8 text, without
 * decoding UTF-8 where it need not: all the plain reading looks at is ASCII
 * (the `---` lines, `status:` and its word, a line starting `[` or `{`), and
 * read as latin1 every other byte is a character that is none of those and
 * ends no line, as in the text. Unless the bytes hold U+2028 or U+2029, which
 * end a line for `.` and `^` in the text and not in latin1: then, and for
 * anything but a plain status line, the text is decoded.
 */
export function statusOfBytes(path: string, bytes: Buffer | undefined): unknown {
  return readStatus(path, bytes).status;
}

/** `statusOfBytes`, and whether the status was read from a plain `status:` line of the front matter (not by parsing). */
export function readStatus(path: string, bytes: Buffer | undefined): { status: unknown; plain: boolean } {
  if (bytes === undefined) return { status: undefined, plain: false };
  const quick = LINE_SEPARATORS.some((separator) => bytes.includes(separator)) ? undefined : plainStatus(bytes.toString('latin1'), FRONT_MATTER_LATIN1);
  if (quick !== undefined) return { status: quick, plain: true };
  const text = bytes.toString('utf8');
  const plain = plainStatus(text, FRONT_MATTER);
  return plain !== undefined ? { status: plain, plain: true } : { status: parsedStatus(path, text), plain: false };
}

/**
 * What a change must touch (as a line it adds or removes) for the plain
 * reading of the status to read anything else after it: a `---` or `...`
 * line (where the front matter begins and ends; a byte order mark before the
 * first), a `status:` line, a line starting `[` or `{` (which sends the
 * front matter to the parse), or a line holding U+2028 or U+2029 (which `^`
 * and `.` take for line ends). For `git log -G`, a POSIX extended regular
 * expression, run on bytes (LC_ALL=C): each character written out (the byte
 * order mark's three bytes, not `.{0,3}`, which costs git more than its diffs).
 */
export const STATUS_LINES_GREP = '^(---|\uFEFF---|\\.\\.\\.|status:|[[{])|\u2028|\u2029';

/** The word of a plain top-level `status:` line of the front matter; undefined when there is none, or the front matter needs a parse. */
function plainStatus(text: string, frontMatter: RegExp): string | undefined {
  const block = frontMatter.exec(text)?.[1];
  const line = block === undefined ? undefined : STATUS_LINE.exec(block);
  return line && !/^[[{]/m.test(block!) ? line[2] : undefined;
}

/** A file a commit or a diff changed, as `--raw` gives it: its blob before and after (all zeros where there is none). */
export interface RawChange {
  status: string;
  path: string;
  before: string;
  after: string;
}

const NO_BLOB = /^0+$/;
/** What `--format=%x01…` puts before each commit's line. */
const HEADER_MARK = '\x01';

/**
 * A reader of `--raw -z` output, given one NUL-separated field at a time (as
 * a stream delivers them): each change a `:modes blobs status` field and a
 * path field. A path is taken whole, whatever it holds (a newline, a `\x01`,
 * a `:`): it is the field after a change's, never told by its text.
 * `onHeader` gets any other field (a commit's `--format` line).
 */
export function rawReader(onChange: (change: RawChange) => void, onHeader: (field: string) => void = () => undefined): (field: string) => void {
  let change: string | undefined;
  // Indexes, not destructuring: this runs for every field of a long log, mostly before the JIT has compiled it.
  return (field) => {
    if (change !== undefined) {
      // `:<mode> <mode> <blob> <blob> <status>`.
      const parts = change.split(' ');
      change = undefined;
      onChange({ status: parts[4]?.[0] ?? '', path: field, before: parts[2] ?? '', after: parts[3] ?? '' });
      return;
    }
    const text = field.charCodeAt(0) === 0x0a ? field.slice(1) : field;
    if (text.startsWith(':')) change = text;
    else if (text !== '') onHeader(text);
  };
}

/** Read `--raw -z` output held whole. */
function readRaw(text: string, onChange: (change: RawChange) => void, onHeader?: (field: string) => void): void {
  const read = rawReader(onChange, onHeader);
  for (const field of text.split('\0')) read(field);
}

/** A commit's line of `--format=%x01%H %ct`: its id and committer time. */
export function logHeader(header: string): { sha: string; time: number } {
  const parts = (header.startsWith(HEADER_MARK) ? header.slice(1) : header).trim().split(' ');
  return { sha: parts[0]!, time: Number(parts[1] ?? '0') };
}

/** Parse `git diff --raw --no-abbrev -z`: what changed, with each file's blob on the old side. */
export function parseRawDiff(text: string): RawChange[] {
  const changes: RawChange[] = [];
  readRaw(text, (change) => changes.push(change));
  return changes;
}

/** A blob id, or undefined for git's all-zero "no blob". */
export function blobOf(id: string): string | undefined {
  return id === '' || NO_BLOB.test(id) ? undefined : id;
}
