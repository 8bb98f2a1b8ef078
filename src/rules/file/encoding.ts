import { defineRule, problemMessage } from '../define.js';
import { encodingWords as words, type EncodingMessages } from '../../model/file-words.js';

export default defineRule({
  id: 'file/encoding',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'Agendas, minutes and case files are text that every agency must be able to read, diff and publish. A file saved in another encoding (Windows-1252 from an old Word export) or a binary file under an agenda name cannot be checked at all, so nothing else in it is checked either. The same goes for a Markdown case paper: its sections and its text (national identity numbers) are checked only when it can be read.',
    fix: 'Save the file as UTF-8 (every modern editor can: "Save with encoding → UTF-8"). A PDF or Word document belongs in `papers/`, listed in the agenda item\'s `papers`.',
  },
  check(ctx, report) {
    const reported = new Set<string>();
    for (const file of ctx.files) {
      reported.add(file.path);
      if (file.problem?.ruleId === this.id) report({ file, place: file.placeOf(0, 0), ...problemMessage<EncodingMessages>(file.problem) });
    }
    // Markdown papers are read as text too (for their headings and for national
    // ids); one that cannot be decoded would otherwise escape those checks unseen.
    for (const meeting of ctx.meetings) {
      for (const item of meeting.agenda?.items ?? []) {
        for (const paper of item.papers) {
          const file = paper.source?.file;
          if (!file || reported.has(file.path)) continue;
          reported.add(file.path);
          if (file.problem?.ruleId === this.id) report({ file, place: file.placeOf(0, 0), ...problemMessage<EncodingMessages>(file.problem) });
        }
      }
    }
  },
});
