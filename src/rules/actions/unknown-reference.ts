import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { actionRegister, parseActionKey, type UnknownReason } from '../../model/actions.js';
import { suggest } from '../../text/suggest.js';
import { defineRule } from '../define.js';

interface Reference {
  action: string;
  suggestion: string | undefined;
}
/** Each message of the rule, and the data it reads. */
type Messages = Record<UnknownReason, Reference>;

const tryInstead = {
  en: (d: Reference) => (d.suggestion ? ` Did you mean ${code(d.suggestion)}?` : ''),
  nb: (d: Reference) => (d.suggestion ? ` Mente du ${code(d.suggestion)}?` : ''),
  nn: (d: Reference) => (d.suggestion ? ` Meinte du ${code(d.suggestion)}?` : ''),
};
const form = '`<forum>/<date>#<item>.<n>`';
const formNo = '`<forum>/<dato>#<sak>.<n>`';

const words: RuleWords<Messages> = {
  en: {
    description: 'A follow-up names an action recorded in earlier minutes',
    messages: {
      malformed: m((d) => `${code(d.action)} is not an action reference.`, (d) => `Write it as ${form}: the meeting, the item id and the action's place (from 1) in that item's \`actions\`.${tryInstead.en(d)}`),
      meeting: m((d) => `${code(d.action)} names a meeting that is not in the repository.`, (d) => `Write the meeting folder as it is under \`meetings/\`.${tryInstead.en(d)}`),
      minutes: m((d) => `${code(d.action)} names a meeting that has no minutes: no action was recorded there.`, (d) => `Point at the minutes that recorded the action.${tryInstead.en(d)}`),
      item: m((d) => `${code(d.action)} names an item the minutes of that meeting do not have.`, (d) => `Write the item id as those minutes record it.${tryInstead.en(d)}`),
      number: m((d) => `${code(d.action)} names an action that item does not have: count its \`actions\` from 1.`, (d) => `Check the place of the action in the item's list.${tryInstead.en(d)}`),
      notEarlier: m((d) => `${code(d.action)} names an action of this meeting or a later one: a follow-up reports on what an earlier meeting agreed.`, () => 'Record the state of an action in the minutes of a later meeting than the one that agreed it; this meeting\'s own actions carry their own `done` and `due`.'),
    },
  },
  nb: {
    description: 'En oppfølging viser til et oppfølgingspunkt i et tidligere referat',
    messages: {
      malformed: m((d) => `${code(d.action)} er ikke en henvisning til et oppfølgingspunkt.`, (d) => `Skriv den som ${formNo}: møtet, saksnummeret og punktets plass (fra 1) i sakens \`actions\`.${tryInstead.nb(d)}`),
      meeting: m((d) => `${code(d.action)} viser til et møte som ikke finnes i repositoriet.`, (d) => `Skriv møtemappen slik den er under \`meetings/\`.${tryInstead.nb(d)}`),
      minutes: m((d) => `${code(d.action)} viser til et møte uten referat: der ble ingen oppfølgingspunkter ført.`, (d) => `Vis til referatet der punktet ble ført.${tryInstead.nb(d)}`),
      item: m((d) => `${code(d.action)} viser til en sak som referatet fra det møtet ikke har.`, (d) => `Skriv saksnummeret slik det referatet fører det.${tryInstead.nb(d)}`),
      number: m((d) => `${code(d.action)} viser til et oppfølgingspunkt saken ikke har: tell sakens \`actions\` fra 1.`, (d) => `Sjekk punktets plass i sakens liste.${tryInstead.nb(d)}`),
      notEarlier: m((d) => `${code(d.action)} viser til et punkt fra dette eller et senere møte: en oppfølging melder om det et tidligere møte ble enige om.`, () => 'Før status for et oppfølgingspunkt i referatet fra et senere møte enn det som vedtok det; møtets egne punkter har sin egen `done` og `due`.'),
    },
  },
  nn: {
    description: 'Ei oppfølging viser til eit oppfølgingspunkt i eit tidlegare referat',
    messages: {
      malformed: m((d) => `${code(d.action)} er ikkje ei tilvising til eit oppfølgingspunkt.`, (d) => `Skriv ho som ${formNo}: møtet, saksnummeret og plassen til punktet (frå 1) i \`actions\` for saka.${tryInstead.nn(d)}`),
      meeting: m((d) => `${code(d.action)} viser til eit møte som ikkje finst i repositoriet.`, (d) => `Skriv møtemappa slik ho er under \`meetings/\`.${tryInstead.nn(d)}`),
      minutes: m((d) => `${code(d.action)} viser til eit møte utan referat: der vart ingen oppfølgingspunkt førte.`, (d) => `Vis til referatet der punktet vart ført.${tryInstead.nn(d)}`),
      item: m((d) => `${code(d.action)} viser til ei sak som referatet frå det møtet ikkje har.`, (d) => `Skriv saksnummeret slik det referatet fører det.${tryInstead.nn(d)}`),
      number: m((d) => `${code(d.action)} viser til eit oppfølgingspunkt saka ikkje har: tel \`actions\` for saka frå 1.`, (d) => `Sjekk plassen til punktet i lista for saka.${tryInstead.nn(d)}`),
      notEarlier: m((d) => `${code(d.action)} viser til eit punkt frå dette eller eit seinare møte: ei oppfølging melder om det eit tidlegare møte vart samde om.`, () => 'Før status for eit oppfølgingspunkt i referatet frå eit seinare møte enn det som vedtok det; dei eigne punkta til møtet har sin eigen `done` og `due`.'),
    },
  },
};

export default defineRule({
  id: 'actions/unknown-reference',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Approved minutes never change, so an action recorded open in them is closed, or given a new due date, by a `follow_up` in the minutes of a later meeting: `{ action: <forum>/<date>#<item>.<n>, done: true }`. A follow-up that names no action closes nothing: the action it meant stays open in `etat status`, `etat actions` and the next agenda, and the minutes say something was done that the register cannot connect to anything. The reference names the meeting, the item id, and the action\'s place in that item\'s `actions`, counted from 1 (places never move, as approved minutes never change). A follow-up reports on what an earlier meeting agreed; one that names an action of the same or a later meeting is a reference gone wrong.',
    fix: 'Write the reference as `etat actions` lists the action (its `key`), or take it from the `follow_up` that `etat minutes new` pre-fills. Count the item\'s `actions` from 1.',
  },
  check(ctx, report) {
    const register = actionRegister(ctx.repo);
    const keys = register.actions.map((action) => action.key);
    for (const { followUp, reason } of register.unknown) {
      if (!ctx.inScope(followUp.file.path)) continue;
      const target = parseActionKey(followUp.action!);
      const meeting = target && ctx.repo.meeting(target.meeting);
      // A meeting whose files were not read (`--changed` selects others) or cannot be read is not known to lack anything.
      if (meeting && ((!meeting.agenda && !meeting.minutes) || meeting.minutes?.file.problem)) continue;
      const action = followUp.action!;
      report({ file: followUp.file, path: [...followUp.path, 'action'], messageId: reason, data: { action, suggestion: reason === 'notEarlier' ? undefined : suggest(action, keys) } });
    }
  },
});
