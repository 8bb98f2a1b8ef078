import { describeMoreProblems, describeSchemaProblem } from '../../i18n/schema.js';
import type { SourceFile } from '../../model/source.js';
import { validate, type SchemaType } from '../../schema/index.js';
import { defineRule } from '../define.js';
import type { RuleWords } from '../../i18n/rule-words.js';

type Messages = Record<never, never>;

const words: RuleWords<Messages> = {
  en: {
    description: 'Front matter must follow the JSON Schema of its type',
    messages: {},
  },
  nb: {
    description: 'Forsatsen må følge JSON-skjemaet for filtypen',
    messages: {},
  },
  nn: {
    description: 'Forsatsen må følgje JSON-skjemaet for filtypen',
    messages: {},
  },
};

/** The schema problems reported of one file: a generated file can have tens of thousands. */
const MAX_SCHEMA_FINDINGS = 100;

export default defineRule({
  id: 'schema/invalid',
  defaultSeverity: 'error',
  words,
  docs: {
    rationale:
      'The evaluation found that it was unclear what each meeting was for and what was to be discussed or decided. The schemas make the answers part of the file: every agenda item has a kind (`inform`, `discuss`, `decide`), every minutes item an outcome from a fixed list. A misspelt key or value would silently drop that information, so it is an error.',
    fix: 'Correct the key or value at the position given. `etat schema agenda` (or `minutes`, `case`, `etat`) prints the schema with a description of every key; point your editor at it for completion and help while you type. Keys of your own are allowed when they start with `x-`.',
  },
  check(ctx, report) {
    for (const file of ctx.files) {
      if (file.problem) continue; // a file that could not be read has its own finding
      const problems = validate(schemaTypeOf(file), file.data ?? null);
      for (const problem of problems.slice(0, MAX_SCHEMA_FINDINGS)) {
        report({ file, path: problem.path, target: problem.target, messageId: problem.keyword, text: describeSchemaProblem(ctx.lang, problem, file.data) });
      }
      // Past the first hundred, more of the same help nobody: say how many, once.
      if (problems.length > MAX_SCHEMA_FINDINGS) {
        report({ file, path: [], messageId: 'more', text: describeMoreProblems(ctx.lang, problems.length - MAX_SCHEMA_FINDINGS) });
      }
    }
  },
});

/** A file's schema follows from where it is: `agenda.md`, `minutes.md` or `cases/`. */
function schemaTypeOf(file: SourceFile): SchemaType {
  if (file.path.startsWith('cases/')) return 'case';
  return file.path.endsWith('/minutes.md') ? 'minutes' : 'agenda';
}
