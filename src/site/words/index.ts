import type { Lang } from '../../i18n/lang.js';
import { en } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import type { SiteWords } from './types.js';

export type { SiteWords } from './types.js';
export const siteWords: Record<Lang, SiteWords> = { en, nb, nn };
