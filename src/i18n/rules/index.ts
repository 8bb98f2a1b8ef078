import type { Lang } from '../lang.js';
import * as agenda from './agenda.js';
import * as git from './git.js';
import * as minutes from './minutes.js';
import * as repository from './repository.js';
import type { RuleCatalogue } from './types.js';

/** Every rule's words, by language and rule id. */
export const ruleTexts: Record<Lang, RuleCatalogue> = {
  en: { ...repository.en, ...agenda.en, ...minutes.en, ...git.en },
  nb: { ...repository.nb, ...agenda.nb, ...minutes.nb, ...git.nb },
  nn: { ...repository.nn, ...agenda.nn, ...minutes.nn, ...git.nn },
};
