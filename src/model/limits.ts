/**
 * The limits etat holds every repository file to. A real repository never
 * reaches them — an agenda's front matter is a few kilobytes, a case paper a
 * few hundred — but a pull request may be written to exhaust the machine that
 * checks it. Each limit reached is a finding at the file (or, for a command,
 * a refusal) that names the limit; nothing is read past it. docs/security.md
 * lists them.
 */

/** Front matter (or etat.yml) larger than this is not parsed. */
export const MAX_FRONT_MATTER_BYTES = 256 * 1024;

/**
 * Front matter whose aliases would make its data hold more values (keys
 * included) than this, written out, is not read: about as many as 256 KiB of
 * front matter holds without aliases. An anchor of a long list named a
 * thousand times (or merged with `<<`) is within the alias count, yet
 * multiplies what the check walks and the findings it makes.
 */
export const MAX_YAML_VALUES = 64 * 1024;

/** Agendas, minutes and case files larger than this are not read. */
export const MAX_RECORD_BYTES = 4 * 1024 * 1024;

/** Collections nested deeper than this (blocks, `- - -`, `[[[`) are not parsed: YAML parsers recurse. */
export const MAX_YAML_DEPTH = 64;

/** Markdown papers larger than this are not read; their headings are not checked. */
export const MAX_PAPER_BYTES = 2 * 1024 * 1024;

/**
 * Papers up to this size are parsed with remark when a line scan cannot settle
 * their headings; larger ones are scanned only. remark builds a syntax tree
 * with positions for every node, which for 64 KB of one-line list items
 * already takes 300 MB.
 */
export const MAX_MARKDOWN_PARSE_BYTES = 32 * 1024;

/** What a template may produce, and how deep its sections may nest. */
export const MAX_TEMPLATE_OUTPUT_BYTES = 1024 * 1024;
export const MAX_TEMPLATE_DEPTH = 4;

/** The largest file `etat git textconv` reads; git hands it anything, `/dev/zero` included. */
export const MAX_TEXTCONV_BYTES = 4 * 1024 * 1024;

/** Sizes in the words of a message: `256 KiB`, `2 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
  return `${Math.round(bytes / 1024)} KiB`;
}
