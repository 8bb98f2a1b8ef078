import { isoDateOf } from '../../model/dates.js';
import { defineRule } from '../define.js';
import { code } from '../../i18n/lang.js';
import { excerpt } from '../../i18n/excerpt.js';
import { m, type RuleWords } from '../../i18n/rule-words.js';

/** The date messages share one finding's data; each says what it needs of it. */
interface DateMismatch {
  written: string;
  folder: string;
  date: string;
  iso: string | undefined;
}

/** Each message of the rule, and the data it reads. */
interface Messages {
  forum: { written: string; folder: string };
  date: DateMismatch;
  dateForm: DateMismatch;
  dateUnreadable: DateMismatch;
  folder: { folder: string };
  caseId: { written: string; name: string };
}

const words: RuleWords<Messages> = {
  en: {
    description: "Front matter must agree with the meeting's folder",
    messages: {
      forum: m((d) => `The front matter says forum ${code(d.written)}, but the file is in the folder of ${code(d.folder)}.`, (d) => `Write \`forum: ${excerpt(d.folder)}\`, or move the file to \`meetings/${excerpt(d.written)}/\`.`),
      date: m((d) => `The front matter says date ${code(d.written)}, but the file is in the folder ${code(d.folder)}.`, (d) => `Write the folder's date, \`date: ${excerpt(d.date)}\`, or move the file to \`…/${excerpt(d.iso)}/\`.`),
      dateForm: m((d) => `The front matter writes the date as ${code(d.written)}; the folder writes it ${code(d.folder)}.`, (d) => `Write \`date: ${excerpt(d.date)}\`: dates are written YYYY-MM-DD.`),
      dateUnreadable: m((d) => `The front matter says date ${code(d.written)}, which is not a date, and the file is in the folder ${code(d.folder)}.`, (d) => `Write the folder's date, \`date: ${excerpt(d.date)}\`.`),
      folder: m((d) => `The folder ${code(d.folder)} is not a date, so this meeting has no date.`, () => 'Name the folder after the meeting\'s date, `YYYY-MM-DD` (a second meeting that day: `YYYY-MM-DD-2`).'),
      caseId: m((d) => `The case id ${code(d.written)} is not the file's name ${code(d.name)}; items that name the case will not find it.`, (d) => `Write \`id: ${excerpt(d.name)}\`, or rename the file to \`cases/${excerpt(d.written)}.md\`.`),
    },
  },
  nb: {
    description: 'Forsatsen må stemme med møtets mappe',
    messages: {
      forum: m((d) => `Forsatsen sier forum ${code(d.written)}, men filen ligger i mappen til ${code(d.folder)}.`, (d) => `Skriv \`forum: ${excerpt(d.folder)}\`, eller flytt filen til \`meetings/${excerpt(d.written)}/\`.`),
      date: m((d) => `Forsatsen sier dato ${code(d.written)}, men filen ligger i mappen ${code(d.folder)}.`, (d) => `Skriv mappens dato, \`date: ${excerpt(d.date)}\`, eller flytt filen til \`…/${excerpt(d.iso)}/\`.`),
      dateForm: m((d) => `Forsatsen skriver datoen som ${code(d.written)}; mappen skriver den ${code(d.folder)}.`, (d) => `Skriv \`date: ${excerpt(d.date)}\`: datoer skrives ÅÅÅÅ-MM-DD.`),
      dateUnreadable: m((d) => `Forsatsen sier dato ${code(d.written)}, som ikke er en dato, og filen ligger i mappen ${code(d.folder)}.`, (d) => `Skriv mappens dato, \`date: ${excerpt(d.date)}\`.`),
      folder: m((d) => `Mappen ${code(d.folder)} er ikke en dato, så møtet har ingen dato.`, () => 'Gi mappen møtets dato, `ÅÅÅÅ-MM-DD` (et møte nummer to samme dag: `ÅÅÅÅ-MM-DD-2`).'),
      caseId: m((d) => `Saks-id-en ${code(d.written)} er ikke filnavnet ${code(d.name)}; saker som viser til saken, finner den ikke.`, (d) => `Skriv \`id: ${excerpt(d.name)}\`, eller gi filen navnet \`cases/${excerpt(d.written)}.md\`.`),
    },
  },
  nn: {
    description: 'Forsatsen må stemme med mappa til møtet',
    messages: {
      forum: m((d) => `Forsatsen seier forum ${code(d.written)}, men fila ligg i mappa til ${code(d.folder)}.`, (d) => `Skriv \`forum: ${excerpt(d.folder)}\`, eller flytt fila til \`meetings/${excerpt(d.written)}/\`.`),
      date: m((d) => `Forsatsen seier dato ${code(d.written)}, men fila ligg i mappa ${code(d.folder)}.`, (d) => `Skriv datoen til mappa, \`date: ${excerpt(d.date)}\`, eller flytt fila til \`…/${excerpt(d.iso)}/\`.`),
      dateForm: m((d) => `Forsatsen skriv datoen som ${code(d.written)}; mappa skriv han ${code(d.folder)}.`, (d) => `Skriv \`date: ${excerpt(d.date)}\`: datoar vert skrivne ÅÅÅÅ-MM-DD.`),
      dateUnreadable: m((d) => `Forsatsen seier dato ${code(d.written)}, som ikkje er ein dato, og fila ligg i mappa ${code(d.folder)}.`, (d) => `Skriv datoen til mappa, \`date: ${excerpt(d.date)}\`.`),
      folder: m((d) => `Mappa ${code(d.folder)} er ikkje ein dato, så møtet har ingen dato.`, () => 'Gje mappa datoen til møtet, `ÅÅÅÅ-MM-DD` (eit møte nummer to same dag: `ÅÅÅÅ-MM-DD-2`).'),
      caseId: m((d) => `Saks-id-en ${code(d.written)} er ikkje filnamnet ${code(d.name)}; saker som viser til saka, finn henne ikkje.`, (d) => `Skriv \`id: ${excerpt(d.name)}\`, eller gje fila namnet \`cases/${excerpt(d.written)}.md\`.`),
    },
  },
};

export default defineRule({
  id: 'meeting/path-mismatch',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'A meeting is identified by its folder, `meetings/<forum>/<date>/`: references such as `approves:` and `corrects:`, the order of meetings, and every later check read the folder. Front matter that names another forum or date makes the file say one thing and the repository another — the mismatch between records the evaluation found hard to follow. The same goes for a case file whose `id` is not its file name.',
    fix: 'Make `forum` and `date` in the front matter agree with the folder (or move the file to the folder it belongs in). A second meeting on the same day goes in `<date>-2`. A case file is named after its `id`: `cases/<id>.md`.',
  },
  check(ctx, report) {
    for (const meeting of ctx.meetings) {
      for (const doc of [meeting.agenda, meeting.minutes]) {
        if (!doc || doc.file.problem) continue;
        if (doc.forum !== undefined && doc.forum !== meeting.forum) {
          report({ file: doc.file, path: ['forum'], messageId: 'forum', data: { written: doc.forum, folder: meeting.forum } });
        }
        if (meeting.date === undefined) {
          report({ file: doc.file, path: ['date'], messageId: 'folder', data: { folder: meeting.folder } });
        } else if (doc.date !== undefined && doc.date !== meeting.date) {
          // The hint names folders by the ISO date, however the date was written.
          const iso = isoDateOf(doc.date);
          const messageId = iso === meeting.date ? 'dateForm' : iso === undefined ? 'dateUnreadable' : 'date';
          report({ file: doc.file, path: ['date'], messageId, data: { written: doc.date, folder: meeting.folder, date: meeting.date, iso } });
        }
      }
    }
    for (const c of ctx.cases) {
      const written = (c.file.data as { id?: unknown } | undefined)?.id;
      if (!c.file.problem && typeof written === 'string' && written !== c.id) {
        report({ file: c.file, path: ['id'], messageId: 'caseId', data: { written, name: c.id } });
      }
    }
  },
});
