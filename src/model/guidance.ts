import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';
import type { Heading } from './types.js';

/**
 * The guidance of the case-paper templates: the italic line under each
 * heading that says what to write there (`*Beskriv problemet og hvem det
 * gjelder.*`). A section that still holds it, or holds nothing, has not been
 * written.
 */

/** A paragraph that is all emphasis: `*…*` or `_…_`, its text without the marks. */
const EMPHASIS = /^([*_])(?!\1)(.+)\1$/s;

/** The guidance lines of a paper template: whole italic paragraphs that are not filled in from data. */
export function guidanceOf(template: string): string[] {
  return template
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => !line.includes('{{'))
    .map((line) => EMPHASIS.exec(line)?.[2])
    .filter((text): text is string => text !== undefined)
    .map(normalise);
}

let builtIn: ReadonlySet<string> | undefined;

/** The guidance of etat's own paper templates, in every language. */
export function builtInGuidance(): ReadonlySet<string> {
  builtIn ??= new Set(
    (['nb', 'nn', 'en'] as const).flatMap((lang) => guidanceOf(readFileSync(packagePath('templates', lang, 'paper.md'), 'utf8'))),
  );
  return builtIn;
}

/**
 * The sections of a paper (under headings of level 2 and deeper) that are
 * empty or hold only a template's guidance. A section runs to the next
 * heading of its level or above, so a heading whose text is in its
 * subsections is written.
 */
export function unfilledSections(text: string, headings: readonly Heading[], guidance: ReadonlySet<string>): Heading[] {
  const lines = text.split('\n');
  const unfilled: Heading[] = [];
  headings.forEach((heading, index) => {
    if (heading.depth < 2) return;
    const next = headings.slice(index + 1).find((h) => h.depth <= heading.depth);
    const body = lines
      .slice(heading.endLine, next ? next.line - 1 : lines.length)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' ');
    const emphasised = EMPHASIS.exec(body)?.[2];
    if (body === '' || (emphasised !== undefined && guidance.has(normalise(emphasised)))) unfilled.push(heading);
  });
  return unfilled;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
