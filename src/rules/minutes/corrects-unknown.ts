import { excerpt } from '../../i18n/excerpt.js';
import { code } from '../../i18n/lang.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';
import { parseMeetingId } from '../../model/ids.js';
import { wasPut } from '../../model/items.js';
import type { Meeting } from '../../model/types.js';
import { defineRule } from '../define.js';

/** Each message of the rule, and the data it reads. */
interface Messages {
  meeting: { target: string; meeting: string };
  noMinutes: { target: string; meeting: string };
  item: { target: string; meeting: string; item: string };
  notDecided: { meeting: string; item: string; outcome: string | undefined };
}

const notDecided = {
  en: (outcome: string | undefined) => (outcome ? `(its outcome is ${code(outcome)})` : '(it has no outcome)'),
  nb: (outcome: string | undefined) => (outcome ? `(utfallet er ${code(outcome)})` : '(den har ikke noe utfall)'),
  nn: (outcome: string | undefined) => (outcome ? `(utfallet er ${code(outcome)})` : '(ho har ikkje noko utfall)'),
};

const words: RuleWords<Messages> = {
  en: {
    description: 'A correction points at a recorded decision',
    messages: {
      meeting: m((d) => `The correction names ${code(d.target)}, but there is no meeting ${code(d.meeting)} in the repository: the decision it corrects cannot be found.`, () => 'Write `corrects: <forum>/<date>#<item>` with the meeting folder and the item id of the decision it corrects.'),
      noMinutes: m((d) => `The correction names ${code(d.target)}, but the meeting ${code(d.meeting)} has no minutes: there is no recorded decision to correct.`, () => 'Point `corrects:` at the minutes that recorded the decision.'),
      item: m((d) => `The minutes of ${code(d.meeting)} have no item ${code(d.item)}, which ${code(d.target)} names: the decision it corrects cannot be found.`, (d) => `Write the item id as the minutes of ${excerpt(d.meeting)} record it.`),
      notDecided: m((d) => `Item ${code(d.item)} of ${code(d.meeting)} was not decided ${notDecided.en(d.outcome)}: a correction corrects a decision.`, () => 'Point `corrects:` at the item that recorded the decision; if this is a new decision, remove `corrects:`.'),
    },
  },
  nb: {
    description: 'En rettelse viser til et ført vedtak',
    messages: {
      meeting: m((d) => `Rettelsen viser til ${code(d.target)}, men det finnes ikke noe møte ${code(d.meeting)} i repositoriet: vedtaket den retter, kan ikke finnes.`, () => 'Skriv `corrects: <forum>/<dato>#<sak>` med møtemappen og saksnummeret til vedtaket som rettes.'),
      noMinutes: m((d) => `Rettelsen viser til ${code(d.target)}, men møtet ${code(d.meeting)} har ikke referat: det finnes ikke noe ført vedtak å rette.`, () => 'La `corrects:` vise til referatet der vedtaket ble ført.'),
      item: m((d) => `Referatet fra ${code(d.meeting)} har ingen sak ${code(d.item)}, som ${code(d.target)} viser til: vedtaket som rettes, kan ikke finnes.`, (d) => `Skriv saksnummeret slik referatet fra ${excerpt(d.meeting)} fører det.`),
      notDecided: m((d) => `Sak ${code(d.item)} i ${code(d.meeting)} ble ikke vedtatt ${notDecided.nb(d.outcome)}: en rettelse retter et vedtak.`, () => 'La `corrects:` vise til saken der vedtaket ble ført; er dette et nytt vedtak, fjern `corrects:`.'),
    },
  },
  nn: {
    description: 'Ei retting viser til eit ført vedtak',
    messages: {
      meeting: m((d) => `Rettinga viser til ${code(d.target)}, men det finst ikkje noko møte ${code(d.meeting)} i repositoriet: vedtaket ho rettar, kan ikkje finnast.`, () => 'Skriv `corrects: <forum>/<dato>#<sak>` med møtemappa og saksnummeret til vedtaket som skal rettast.'),
      noMinutes: m((d) => `Rettinga viser til ${code(d.target)}, men møtet ${code(d.meeting)} har ikkje referat: det finst ikkje noko ført vedtak å rette.`, () => 'La `corrects:` vise til referatet der vedtaket vart ført.'),
      item: m((d) => `Referatet frå ${code(d.meeting)} har inga sak ${code(d.item)}, som ${code(d.target)} viser til: vedtaket som skal rettast, kan ikkje finnast.`, (d) => `Skriv saksnummeret slik referatet frå ${excerpt(d.meeting)} fører det.`),
      notDecided: m((d) => `Sak ${code(d.item)} i ${code(d.meeting)} vart ikkje vedteken ${notDecided.nn(d.outcome)}: ei retting rettar eit vedtak.`, () => 'La `corrects:` vise til saka der vedtaket vart ført; er dette eit nytt vedtak, fjern `corrects:`.'),
    },
  },
};

/** A meeting listed by its folder alone: `--changed` did not select it, so its files were not read. */
const notRead = (meeting: Meeting) => meeting.agenda === undefined && meeting.minutes === undefined;

export default defineRule({
  id: 'minutes/corrects-unknown',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Approved minutes never change: a correction is a later decision, an item with `corrects: <forum>/<date>#<item>` that every view of decisions shows beside the decision it corrects. A correction that names no meeting, a meeting without minutes, an item the minutes do not have, or an item that was not put to the forum corrects nothing: the wrong decision stands uncorrected in the register, and the correction stands beside nothing. A proposal that fell (`outcome: rejected`) is a decision of the forum too, and its record — what fell, and the count — can be corrected like an adopted one.',
    fix: 'Write `corrects:` with the meeting folder (`<forum>/<date>`, or `<date>-2` for a second meeting that day) and the item id under which the minutes of that meeting recorded the decision. If the item is a new decision rather than a correction, remove `corrects:`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const item of meeting.minutes?.items ?? []) {
        const target = item.corrects;
        const hash = target?.indexOf('#') ?? -1;
        // A value that is no `<forum>/<date>#<item>` at all is the schema's to report.
        const id = target === undefined || hash < 0 ? undefined : parseMeetingId(target.slice(0, hash));
        if (target === undefined || id === undefined) continue;
        const itemId = target.slice(hash + 1);
        const at = { file: item.file, path: [...item.path, 'corrects'] };
        const meetingId = `${id.forum}/${id.folder}`;
        const corrected = ctx.repo.meeting(meetingId);
        if (!corrected) {
          report({ ...at, messageId: 'meeting', data: { target, meeting: meetingId } });
          continue;
        }
        if (notRead(corrected) || corrected.minutes?.file.problem) continue;
        if (!corrected.minutes) {
          report({ ...at, messageId: 'noMinutes', data: { target, meeting: meetingId } });
          continue;
        }
        const decision = corrected.minutes.items.find((entry) => entry.id === itemId);
        if (!decision) report({ ...at, messageId: 'item', data: { target, meeting: meetingId, item: itemId } });
        else if (!wasPut(decision.outcome)) report({ ...at, messageId: 'notDecided', data: { meeting: meetingId, item: itemId, outcome: decision.outcome } });
      }
    }
  },
});
