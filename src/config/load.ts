import { realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { findingAt, type Finding, type SeveritySetting } from '../findings.js';
import { describeSchemaProblem } from '../i18n/schema.js';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/lang.js';
import { asDict, asList, asString } from '../model/data.js';
import { DEFAULT_TIMEZONE, isTimeZone, timeZoneNames } from '../model/dates.js';
import { formatBytes, MAX_FRONT_MATTER_BYTES } from '../model/limits.js';
import { readInside, type Read } from '../fs/read.js';
import { sayFileProblem } from '../model/file-words.js';
import { parseYamlFile, type SourceFile } from '../model/source.js';
import { validate } from '../schema/index.js';
import { cliTexts } from '../i18n/cli.js';
import { suggestTimeZone } from '../text/suggest.js';
import { DEFAULT_STANDING_ITEMS, STANDING_ITEMS, type Agency, type Config, type Forum, type StandingItem } from './types.js';
import { unknownAgencyWords } from './words.js';

export const CONFIG_FILE = 'etat.yml';

/** The folder holding `etat.yml`: `start` or the nearest folder above it. */
export async function findRoot(start: string): Promise<string> {
  let dir = resolve(start);
  // A folder that is not there is the first thing to say, not that no etat.yml was found in it.
  const isFolder = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) throw new ConfigError('noFolder', { dir });
  for (;;) {
    const isFile = await stat(join(dir, CONFIG_FILE)).then(
      (s) => s.isFile(),
      () => false,
    );
    if (isFile) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new ConfigError('notFound', { dir: resolve(start) });
    dir = parent;
  }
}

export interface LoadConfigOptions {
  /** `--lang`: wins over `language` in the file. */
  lang?: Lang;
  /** The language to report a broken file in when it names none (the user's locale). */
  fallbackLang?: Lang;
}

/** Read and validate `<root>/etat.yml`; a broken file is a ConfigError with positions. */
export async function loadConfig(root: string, options: LoadConfigOptions = {}): Promise<Config> {
  // Read as every file of the repository is: inside it, a regular file, within the limit — never through a link out.
  return configFrom(root, await readInside(await realpath(root), join(root, CONFIG_FILE), MAX_FRONT_MATTER_BYTES), options);
}

/** Validate etat.yml as a source read it (the working tree, the index); `root` is where findings about it are shown. */
export function configFrom(root: string, read: Read, options: LoadConfigOptions = {}): Config {
  if (read.kind === 'outside') throw new ConfigError('configOutside', { file: CONFIG_FILE, root });
  if (read.kind === 'tooLarge') throw new ConfigError('configTooLarge', { file: CONFIG_FILE, root, size: formatBytes(read.size), max: formatBytes(MAX_FRONT_MATTER_BYTES) });
  if (read.kind !== 'file') throw new ConfigError('configUnreadable', { file: CONFIG_FILE, root });
  const file = parseYamlFile(CONFIG_FILE, read.bytes);
  const data = asDict(file.data);
  const language = options.lang ?? (isLang(data?.language) ? data.language : (options.fallbackLang ?? DEFAULT_LANG));
  const findings = configFindings(file, language);
  if (findings.length > 0 || !data) throw new ConfigError('configInvalid', { file: CONFIG_FILE, root, lang: language }, findings);
  return buildConfig(root, file, data, language);
}

function configFindings(file: SourceFile, lang: Lang): Finding[] {
  if (file.problem) {
    const { ruleId, messageId, start, end } = file.problem;
    // Reuse the words of the file/* rules: a broken etat.yml reads like any broken file.
    return [findingAt(file, file.placeOf(start, end), { ruleId, messageId, words: sayFileProblem(lang, file.problem), severity: 'error' })];
  }
  const findings = validate('etat', file.data ?? null).map((problem) => {
    return findingAt(file, file.locate(problem.path, problem.target), {
      ruleId: 'schema/invalid',
      messageId: problem.keyword,
      words: describeSchemaProblem(lang, problem),
      severity: 'error',
    });
  });
  if (findings.length > 0) return findings;
  const data = asDict(file.data) ?? {};
  // Beyond the schema: a time zone this Node knows, for a misspelt one would move every deadline by hours.
  if (typeof data.timezone === 'string' && !isTimeZone(data.timezone)) {
    const words = cliTexts[lang].error;
    findings.push(
      findingAt(file, file.locate(['timezone']), {
        ruleId: 'schema/invalid',
        messageId: 'timezone',
        words: { reason: words.unknownTimezone({ zone: data.timezone, suggestion: suggestTimeZone(data.timezone, timeZoneNames()) }), hint: words.timezoneHint },
        severity: 'error',
      }),
    );
  }
  // Beyond the schema: every forum member must be an agency of the file.
  const agencies = asDict(data.agencies) ?? {};
  for (const [forumId, forum] of Object.entries(asDict(data.fora) ?? {})) {
    asList(asDict(forum)?.members).forEach((member, index) => {
      // An own key only: `constructor` and `__proto__` are in every object, and are no agencies.
      if (typeof member === 'string' && !Object.hasOwn(agencies, member)) {
        findings.push(
          findingAt(file, file.locate(['fora', forumId, 'members', index]), {
            ruleId: 'config/unknown-agency',
            messageId: 'member',
            words: sayMember(lang, { agency: member, forum: forumId }),
            severity: 'error',
          }),
        );
      }
    });
  }
  return findings;
}

/** The words `config/unknown-agency` says of a forum member that is no agency. */
function sayMember(lang: Lang, data: { agency: string; forum: string }): { reason: string; hint: string } {
  const message = unknownAgencyWords[lang].messages.member;
  return { reason: message.reason(data), hint: message.hint(data) };
}

const isExtension = (key: string) => key.startsWith('x-');
const isStandingItem = (value: unknown): value is StandingItem => (STANDING_ITEMS as readonly unknown[]).includes(value);

function buildConfig(root: string, file: SourceFile, data: Record<string, unknown>, language: Lang): Config {
  const agencies = new Map<string, Agency>();
  for (const [id, value] of Object.entries(asDict(data.agencies) ?? {})) {
    if (isExtension(id)) continue;
    const agency = asDict(value) ?? {};
    const name = asString(agency.name) ?? id;
    agencies.set(id, { id, name, short: asString(agency.short) ?? name });
  }
  const fora = new Map<string, Forum>();
  for (const [id, value] of Object.entries(asDict(data.fora) ?? {})) {
    if (isExtension(id)) continue;
    const forum = asDict(value) ?? {};
    const deadlines = asDict(forum.deadlines) ?? {};
    fora.set(id, {
      id,
      name: asString(forum.name) ?? id,
      members: asList(forum.members).filter((m): m is string => typeof m === 'string'),
      quorum: typeof forum.quorum === 'number' ? forum.quorum : undefined,
      decidesBy: forum.decides_by === 'consensus' || forum.decides_by === 'vote' ? forum.decides_by : undefined,
      deadlines: {
        agendaDays: typeof deadlines.agenda_days === 'number' ? deadlines.agenda_days : undefined,
        papersDays: typeof deadlines.papers_days === 'number' ? deadlines.papers_days : undefined,
        minutesDays: typeof deadlines.minutes_days === 'number' ? deadlines.minutes_days : undefined,
      },
      standingItems: Array.isArray(forum.standing_items) ? forum.standing_items.filter(isStandingItem) : DEFAULT_STANDING_ITEMS,
    });
  }
  // No prototype: a rule id from the file is a key, never `__proto__` or `constructor` of an object.
  const rules: Record<string, SeveritySetting> = Object.create(null) as Record<string, SeveritySetting>;
  for (const [id, value] of Object.entries(asDict(data.rules) ?? {})) {
    if (!isExtension(id) && (value === 'error' || value === 'warn' || value === 'off')) rules[id] = value;
  }
  const cases = asDict(data.cases) ?? {};
  const git = asDict(data.git) ?? {};
  const calendar = asDict(data.calendar) ?? {};
  const site = asDict(data.site) ?? {};
  return {
    root,
    file,
    language,
    timezone: asString(data.timezone) ?? DEFAULT_TIMEZONE,
    agencies,
    fora,
    maxReferrals: typeof cases.max_referrals === 'number' ? cases.max_referrals : 2,
    calendarDomain: asString(calendar.domain),
    site: { title: asString(site.title), accessibilityStatement: asString(site.accessibility_statement) },
    defaultBranch: asString(git.default_branch) ?? 'main',
    rules,
  };
}
