import { code } from '../i18n/lang.js';

/** Sentence pieces several rules' words share. */

/** The item a finding is about, as `` `2` ``. */
export const item = (d: { id: string }) => code(d.id);
