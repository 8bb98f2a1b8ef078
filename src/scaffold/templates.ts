import { readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import Mustache from 'mustache';
import { location } from 'vfile-location';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { formatBytes, MAX_TEMPLATE_DEPTH, MAX_TEMPLATE_OUTPUT_BYTES } from '../model/limits.js';
import { readInside } from '../fs/read.js';
import { packageUrl } from '../package-root.js';

export type TemplateName = 'agenda' | 'minutes' | 'paper';

/**
 * The fields templates may use. Templates come from the repository, and CI runs
 * etat on pull requests from people it does not trust: a template is
 * logic-less Mustache, may name only these fields (so nothing reaches a
 * prototype or a function), and may not include other files.
 */
export const TEMPLATE_FIELDS = [
  'forum', 'name', 'date', 'dateLong', 'start', 'end', 'location', 'chair', 'purpose', 'noticeDeadline', 'papersDeadline',
  'items', 'id', 'title', 'kind', 'kindLabel', 'isInform', 'isDiscuss', 'isDecide', 'owner', 'papers', 'hasPapers', 'path',
  'proposal', 'hasProposal', 'approves', 'approvesAgenda', 'carried', 'from', 'actions', 'hasActions', 'what', 'due', 'present', 'item',
] as const;

const ALLOWED = new Set<string>(TEMPLATE_FIELDS);

export interface Template {
  /** Where it came from, for messages: `templates/agenda.md` or the built-in one. */
  source: string;
  text: string;
}

/** The repository's `templates/<name>.md`, or the built-in template in the repository's language. */
export async function loadTemplate(root: string, name: TemplateName, lang: Lang): Promise<Template> {
  const source = `templates/${name}.md`;
  // A template is read as every file of the repository is: never through a link out, never more than a template holds.
  const own = await readInside(await realpath(root), join(root, source), MAX_TEMPLATE_OUTPUT_BYTES);
  if (own.kind === 'outside') throw new UsageError('templateOutside', { file: source });
  if (own.kind === 'tooLarge' || own.kind === 'notFile') throw new UsageError('templateUnreadable', { file: source, max: formatBytes(MAX_TEMPLATE_OUTPUT_BYTES) });
  if (own.kind === 'file') return checked({ source, text: own.bytes.toString('utf8') });
  return { source: `(etat)/templates/${lang}/${name}.md`, text: await readFile(builtInTemplate(lang, name), 'utf8') };
}

export function builtInTemplate(lang: Lang, name: TemplateName): URL {
  return packageUrl('templates', lang, `${name}.md`);
}

/** Fill a template in. Values are written as they are (Markdown, not HTML), and are never read as template text. */
export function render(template: Template, view: object): string {
  const text = Mustache.render(template.text, view, Object.create(null) as Record<string, string>, { escape: (value: unknown) => String(value) });
  if (text.length > MAX_TEMPLATE_OUTPUT_BYTES) throw new UsageError('templateOutput', { file: template.source, max: formatBytes(MAX_TEMPLATE_OUTPUT_BYTES) });
  return text;
}

type Token = [type: string, value: string, start: number, end: number, children?: Token[]];

/** Refuse a template that names a field etat does not provide, or includes another file. */
export function checked(template: Template): Template {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(template.text) as Token[];
  } catch (error) {
    throw new UsageError('templateSyntax', { file: template.source, message: (error as Error).message });
  }
  // Lines and columns counted as for every other file etat reports on (model/source.ts).
  const points = location(template.text);
  const where = (offset: number) => {
    const { line, column } = points.toPoint(offset) ?? { line: 1, column: 1 };
    return { line, column };
  };
  // Sections repeat their content for every entry of a list: nested in themselves, or deep, they multiply it without end.
  const walk = (list: Token[], sections: string[]) => {
    for (const [type, value, start, , children] of list) {
      if (type === '>') throw new UsageError('templatePartial', { file: template.source, ...where(start) });
      if (type === 'name' || type === '&' || type === '#' || type === '^') {
        const fine = value === '.' || value.split('.').every((part) => ALLOWED.has(part));
        if (!fine) throw new UsageError('templateField', { file: template.source, ...where(start), field: value, allowed: TEMPLATE_FIELDS.join(', ') });
      }
      if (type === '#' || type === '^') {
        if (sections.includes(value)) throw new UsageError('templateRecursive', { file: template.source, ...where(start), field: value });
        if (sections.length >= MAX_TEMPLATE_DEPTH) throw new UsageError('templateDepth', { file: template.source, ...where(start), max: MAX_TEMPLATE_DEPTH });
      }
      if (children) walk(children, type === '#' || type === '^' ? [...sections, value] : sections);
    }
  };
  walk(tokens, []);
  return template;
}
