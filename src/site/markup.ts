import { parse as parseCommas, stringify as commas } from 'comma-separated-tokens';
import { parseSelector } from 'hast-util-parse-selector';
import { htmlVoidElements } from 'html-void-elements';
import { find, html as htmlSchema, normalize } from 'property-information';
import { parse as parseSpaces, stringify as spaces } from 'space-separated-tokens';

/**
 * HTML the site made itself, or that a sanitiser made safe: the only kind of
 * string a page passes through unescaped. Every other string that goes into
 * a page is a text, escaped as it goes in.
 */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** What an element holds: markup and texts, nested lists of them, and nothing where a value is missing. */
export type Child = Markup | string | number | null | undefined | Child[];

/** Properties as hastscript takes them (`className`, `ariaLabel`, `dataSize`, `tabIndex`). */
export type Properties = Record<string, string | number | boolean | (string | number)[] | null | undefined>;

/** HTML that is trusted as it is: the site's own, or a sanitiser's output. */
export const trusted = (html: string) => new Markup(html);

/*
 * The page builder. It takes what hastscript's `h` takes and gives, as a
 * string, exactly what hast-util-to-html would make of hastscript's tree with
 * its default options (test/markup.test.ts holds it to both, byte for byte):
 * the same property names (property-information), the same quoting, the same
 * character references (`&#x26;`). It makes no tree: a site of thousands of
 * pages made a tree of millions of nodes to serialise each once, and most of
 * the build's time went to building, walking and collecting it.
 */

const TEXT = /[<&]/;
const TEXT_ALL = /[<&]/g;
const ATTRIBUTE = /[\0"&'`]/;
const ATTRIBUTE_ALL = /[\0"&'`]/g;
const NAME = /[\0\t\n\f\r "&'/<=>`]/g;
const reference = (character: string) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;

/** A text escaped for HTML content, as hast-util-to-html escapes a text node. */
export const escapeText = (value: string) => (TEXT.test(value) ? value.replace(TEXT_ALL, reference) : value);
const escapeAttribute = (value: string) => (ATTRIBUTE.test(value) ? value.replace(ATTRIBUTE_ALL, reference) : value);

const voids = new Set(htmlVoidElements);
/** The property names a selector sets, and the names that reach them: a property by one of these merges with the selector's. */
const SELECTOR_KEYS = new Set(['id', 'className', 'class']);
const RAW_TEXT = new Set(['script', 'style']);

interface Selector {
  tagName: string;
  /** The selector's own properties (`id`, `className`), in the order they came. */
  properties: [string, PropertyValue][];
  /** The opening tag when no property is given. */
  open: string;
  close: string;
  isVoid: boolean;
}
type PropertyValue = string | number | boolean | (string | number | boolean)[];

const selectors = new Map<string, Selector>();

function selectorOf(selector: string): Selector {
  let known = selectors.get(selector);
  if (!known) {
    const node = parseSelector(selector, 'div');
    const tagName = node.tagName.toLowerCase();
    const properties = Object.entries(node.properties) as [string, PropertyValue][];
    known = { tagName, properties, open: `<${tagName}${attributes(properties)}>`, close: `</${tagName}>`, isVoid: voids.has(tagName) };
    selectors.set(selector, known);
  }
  return known;
}

type Info = ReturnType<typeof find>;
const infos = new Map<string, Info>();
function infoOf(key: string): Info {
  let info = infos.get(key);
  if (!info) {
    info = find(htmlSchema, key);
    infos.set(key, info);
  }
  return info;
}

/** A property's value as hastscript stores it (`addProperty`), or undefined where it stores none. */
function normalised(info: Info, value: Properties[string]): PropertyValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (info.spaceSeparated) return parseSpaces(value).map((item) => primitive(info, item));
    if (info.commaSeparated) return parseCommas(value).map((item) => primitive(info, item));
    if (info.commaOrSpaceSeparated) return parseSpaces(parseCommas(value).join(' ')).map((item) => primitive(info, item));
    return primitive(info, value);
  }
  return value.map((item) => primitive(info, item));
}

function primitive(info: Info, value: string | number): string | number | boolean {
  if (typeof value !== 'string') return value;
  if (info.number && value && !Number.isNaN(Number(value))) return Number(value);
  if ((info.boolean || info.overloadedBoolean) && (value === '' || normalize(value) === normalize(info.property))) return true;
  return value;
}

/** One attribute as hast-util-to-html writes it (`serializeAttribute`), or '' where it writes none. */
function attribute(key: string, given: PropertyValue): string {
  const info = infoOf(key);
  let value: PropertyValue = given;
  if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true;
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) value = Boolean(value);
  if (value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  const name = info.attribute.replace(NAME, reference);
  if (value === true) return name;
  const text = Array.isArray(value) ? (info.commaSeparated ? commas : spaces)(value as string[], { padLeft: true }) : String(value);
  return `${name}="${escapeAttribute(text)}"`;
}

function attributes(properties: [string, PropertyValue][]): string {
  let result = '';
  for (const [key, value] of properties) {
    const written = attribute(key, value);
    if (written) result += ` ${written}`;
  }
  return result;
}

function isProperties(value: unknown): value is Properties {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Markup);
}

/** An element's content as one string, joined by `+` (V8 keeps a concatenation as a rope, flattened once when the page is written). */
function content(children: Child): string {
  if (children === null || children === undefined) return '';
  if (typeof children === 'string') return escapeText(children);
  if (typeof children === 'number') return String(children);
  if (children instanceof Markup) return children.html;
  let result = '';
  for (const child of children) result += content(child);
  return result;
}

/**
 * An element: `h('table.ds-table', { role: 'table' }, [rows])` or
 * `h('dt', label)`, as hastscript's `h` reads its arguments.
 */
export function h(selector: string, properties?: Properties | Child, ...children: Child[]): Markup {
  const known = selectorOf(selector);
  let open = known.open;
  if (isProperties(properties)) {
    const keys = Object.keys(properties);
    if (keys.length === 1 && !SELECTOR_KEYS.has(keys[0]!)) {
      // One property that is not the selector's own: it comes after them (most calls: `{ dataSize: 'md' }`, `{ href }`).
      const info = infoOf(keys[0]!);
      const value = normalised(info, properties[keys[0]!]);
      if (value !== undefined) open = `${known.open.slice(0, -1)}${attributes([[info.property, value]])}>`;
    } else if (keys.length > 0) open = `<${known.tagName}${attributes(merged(known.properties, properties))}>`;
  } else children.unshift(properties);
  const joined = content(children);
  // hast-util-to-html writes a script's or style's text as it is, a `</script>` in it included: the site's scripts are files.
  if (joined !== '' && RAW_TEXT.has(known.tagName)) throw new Error(`A <${known.tagName}> the site makes holds nothing: its code is a file it links.`);
  // As hast-util-to-html: a void element is closed only when it holds something.
  if (known.isVoid && joined === '') return new Markup(open);
  return new Markup(open + joined + known.close);
}

/** The selector's properties, then the given ones as hastscript adds them: each once, in the order first set, class names joined. */
function merged(fromSelector: [string, PropertyValue][], given: Properties): [string, PropertyValue][] {
  const result = new Map<string, PropertyValue>(fromSelector);
  for (const key of Object.keys(given)) {
    const info = infoOf(key);
    let value = normalised(info, given[key]);
    if (value === undefined) continue;
    const before = result.get(info.property);
    if (info.property === 'className' && Array.isArray(before)) value = [...before, ...(Array.isArray(value) ? value : [value as string | number])];
    result.set(info.property, value);
  }
  return [...result];
}

/** Markup and texts side by side, as one. */
export function fragment(...children: Child[]): Markup {
  return new Markup(content(children));
}
