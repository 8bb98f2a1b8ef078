import type { Lang } from '../i18n/lang.js';

/**
 * The first word of the commands that come in a group (`etat agenda new`,
 * `etat agenda send`): what the group is about, in each language, and its
 * examples. The help line of a group is its noun and its commands, read from
 * the command index, so adding a command to a group does not touch this file.
 */
export const GROUPS: Record<string, { noun: Record<Lang, string>; examples: string[] }> = {
  agenda: {
    noun: { en: 'agendas', nb: 'sakslister', nn: 'saklister' },
    examples: ['etat agenda new --forum direktorgruppen --date 2026-12-03', 'etat agenda send direktorgruppen/2026-12-03'],
  },
  paper: {
    noun: { en: 'case papers', nb: 'saksfremlegg', nn: 'saksframlegg' },
    examples: ['etat paper new direktorgruppen/2026-12-03 2'],
  },
  minutes: {
    noun: { en: 'minutes', nb: 'referater', nn: 'referat' },
    examples: ['etat minutes new direktorgruppen/2026-12-03', 'etat minutes approve direktorgruppen/2026-12-03 --at direktorgruppen/2027-01-14'],
  },
  decisions: {
    noun: { en: 'decisions', nb: 'vedtak', nn: 'vedtak' },
    examples: ['etat decisions diff', 'etat decisions diff main --format markdown > decisions.md'],
  },
  case: {
    noun: { en: 'cases across meetings and fora', nb: 'saker på tvers av møter og fora', nn: 'saker på tvers av møte og fora' },
    examples: ['etat case show ES-2025-007', 'etat case show ES-2025-007 --format markdown'],
  },
  site: {
    noun: { en: 'the website', nb: 'nettstedet', nn: 'nettstaden' },
    examples: ['etat site build --public', 'etat site serve'],
  },
  git: {
    noun: { en: 'git integration', nb: 'git-integrasjon', nn: 'git-integrasjon' },
    examples: ['etat git setup', 'git log -p meetings/direktorgruppen'],
  },
  ci: {
    noun: { en: 'CI pipelines', nb: 'CI-løp', nn: 'CI-løp' },
    examples: ['etat ci setup github', 'etat ci setup gitlab'],
  },
  hook: {
    noun: { en: 'the git pre-commit hook', nb: 'git-kroken før commit', nn: 'git-kroken før commit' },
    examples: ['etat hook install', 'etat hook uninstall'],
  },
};
