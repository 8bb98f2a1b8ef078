import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/command-index.js';
import { ciTexts } from '../src/i18n/ci.js';
import { cliTexts } from '../src/i18n/cli.js';
import { decisionsTexts } from '../src/i18n/decisions.js';
import { hookTexts } from '../src/i18n/hook.js';
import type { Lang } from '../src/i18n/lang.js';
import { reportTexts } from '../src/i18n/report.js';
import { scaffoldTexts } from '../src/i18n/scaffold.js';
import { schemaTexts } from '../src/i18n/schema.js';
import { statusTexts } from '../src/i18n/status.js';
import { rules } from '../src/rules/index.js';

/**
 * Each language's words hold no stray words of the others: an English message
 * gives English examples, and bokmål and nynorsk do not borrow each other's
 * forms. Every message is said with "…" for each value, as `etat rules` shows
 * them; code spans, URLs and quoted YAML are left out, since they are the
 * format's own (keys, ids, paths), whatever the language.
 */

/** Words of one language that give it away in another, as whole words. */
const GIVEAWAYS: Record<Lang, { lang: Lang; words: string[] }[]> = {
  en: [{ lang: 'nb', words: ['og', 'ikke', 'ikkje', 'eller', 'møte', 'møtet', 'saken', 'skal', 'må', 'ble', 'fra', 'frå', 'hva', 'kva', 'av', 'som', 'det', 'er', 'på', 'med', 'modell', 'beslutte', 'forumet', 'etatene', 'hvis', 'dersom', 'eit', 'ein'] }],
  nb: [
    { lang: 'en', words: ['the', 'and', 'should', 'must', 'please', 'with', 'which', 'meeting', 'file', 'is', 'are', 'not', 'of', 'from'] },
    { lang: 'nn', words: ['ikkje', 'eit', 'berre', 'frå', 'kva', 'vert', 'vart', 'dei', 'korleis', 'sjå', 'noko', 'mykje', 'kvar'] },
  ],
  nn: [
    { lang: 'en', words: ['the', 'and', 'should', 'must', 'please', 'with', 'which', 'meeting', 'file', 'is', 'are', 'not', 'of', 'from'] },
    { lang: 'nb', words: ['ikke', 'bare', 'fra', 'hva', 'ble', 'hvordan', 'noe', 'mye', 'hvis', 'hver'] },
  ],
};

const SAY = new Proxy({} as Record<string, unknown>, { get: (_, key) => (typeof key === 'string' ? '…' : undefined), has: () => true });

/** Every string a catalogue holds, with functions called with "…" for every value (those that need more are skipped). */
function texts(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([at, value]);
  else if (typeof value === 'function') {
    try {
      const said: unknown = (value as (d: unknown) => unknown)(SAY);
      if (typeof said === 'string') out.push([at, said]);
    } catch {
      // A message that reads a list or a number: its words are seen through the fixtures of the rule.
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) texts(inner, `${at}.${key}`, out);
  }
  return out;
}

/** What is the format's own, whatever the language: code spans, URLs, paths, `key:` and the "…" of a value. */
function prose(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S*[/\\]\S*/g, ' ')
    .replace(/\b[a-z_]+:/g, ' ');
}

function strays(lang: Lang, text: string): string[] {
  const words = prose(text).toLowerCase().split(/[^\p{L}]+/u);
  return GIVEAWAYS[lang].flatMap(({ lang: other, words: giveaways }) => giveaways.filter((w) => words.includes(w)).map((w) => `${other}:${w}`));
}

async function catalogues(): Promise<Record<string, Record<Lang, unknown>>> {
  const all: Record<string, Record<Lang, unknown>> = {
    cli: cliTexts,
    ci: ciTexts,
    decisions: decisionsTexts,
    hook: hookTexts,
    report: reportTexts,
    scaffold: scaffoldTexts,
    schema: schemaTexts,
    status: statusTexts,
  };
  for (const rule of rules) all[rule.id] = rule.words;
  for (const entry of COMMANDS) {
    const command = await entry.load();
    all[`etat ${entry.name}`] = { en: [command.words.en, command.errors?.en], nb: [command.words.nb, command.errors?.nb], nn: [command.words.nn, command.errors?.nn] };
  }
  return all;
}

describe('the words of each language', () => {
  it('hold no stray words of another language', async () => {
    const found: string[] = [];
    let checked = 0;
    for (const [name, words] of Object.entries(await catalogues())) {
      for (const lang of ['en', 'nb', 'nn'] as const) {
        for (const [at, text] of texts(words[lang], `${name} ${lang}`)) {
          checked++;
          const stray = strays(lang, text);
          if (stray.length > 0) found.push(`${at}: ${stray.join(', ')} in ${JSON.stringify(text.slice(0, 160))}`);
        }
      }
    }
    // Every catalogue is read: the rules', the commands' and the shared ones.
    expect(checked).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });

  it('finds a stray word when there is one', () => {
    expect(strays('en', 'Write the purpose, e.g. "Beslutte modell for prosjektstyring".')).toEqual(['nb:modell', 'nb:beslutte']);
    expect(strays('nb', 'Sakslisten er ikkje sendt.')).toEqual(['nn:ikkje']);
    expect(strays('nn', 'Saklista er ikke sendt: set `status: sent`.')).toEqual(['nb:ikke']);
    expect(strays('en', 'Set `ikke: og` in etat.yml and see meetings/forum/og.md.')).toEqual([]);
  });
});
