import { excerpt } from './excerpt.js';

/** The languages `etat` speaks: bokmål, nynorsk and English. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The language of a new repository and of a user who says nothing. */
export const DEFAULT_LANG: Lang = 'nb';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language the user's locale asks for, if it is one of ours. `no` is the
 * macrolanguage; Norwegians who set it write bokmål.
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang | undefined {
  for (const name of ['ETAT_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    const code = value.toLowerCase().slice(0, 2);
    if (code === 'nb' || code === 'no') return 'nb';
    if (code === 'nn') return 'nn';
    if (code === 'en') return 'en';
    // A locale such as C.UTF-8 says nothing about language: look further.
  }
  return undefined;
}

const CONJUNCTIONS: Record<Lang, { and: string; or: string }> = {
  nb: { and: 'og', or: 'eller' },
  nn: { and: 'og', or: 'eller' },
  en: { and: 'and', or: 'or' },
};

/** Lists joined the way each language joins them: "a, b og c" / "a, b or c". */
export function joinList(lang: Lang, items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${CONJUNCTIONS[lang][conjunction]} ${items[items.length - 1]}`;
}

/**
 * `code` in backticks, as every message writes keys and values: values from
 * the repository as a short excerpt, with control characters escaped.
 */
export function code(value: unknown): string {
  return '`' + excerpt(value) + '`';
}
