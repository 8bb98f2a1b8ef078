import { describe, expect, it } from 'vitest';
import { m, type RuleWords } from '../src/i18n/rule-words.js';
import { code } from '../src/i18n/lang.js';
import { defineRule, type Report } from '../src/rules/define.js';

/**
 * A rule's `report()` is checked against its words: `npm test` starts with
 * `tsc --noEmit`, which reads this file, so every `@ts-expect-error` below
 * fails the build if the mistake under it stops being a compile error.
 */
interface Messages {
  default: { id: unknown };
  late: { target: unknown; days: unknown };
}

const say = (reason: string) => m<{ id: unknown }>((d) => `${reason} ${code(d.id)}`, () => 'hint');
const late = m<Messages['late']>((d) => `${code(d.target)} ${String(d.days)}`, () => 'hint');
const words: RuleWords<Messages> = {
  en: { description: 'Example', messages: { default: say('item'), late } },
  nb: { description: 'Eksempel', messages: { default: say('sak'), late } },
  nn: { description: 'Døme', messages: { default: say('sak'), late } },
};

const file = { path: 'meetings/x/2026-01-01/agenda.md' };

describe('typed rule messages', () => {
  it('accept what the words declare, and nothing else', () => {
    const reported: Report[] = [];
    const rule = defineRule({
      id: 'example/typed',
      defaultSeverity: 'error',
      docs: { rationale: '', fix: '' },
      words,
      check(_ctx, report) {
        report({ file, data: { id: '1' } });
        report({ file, messageId: 'late', data: { target: 'a.pdf', days: 7 } });
        // Words of the rule's own (as `schema/invalid` has): any messageId names the kind of problem.
        report({ file, messageId: 'required', text: { reason: 'r', hint: 'h' } });
        // @ts-expect-error: no such message
        report({ file, messageId: 'lat', data: { target: 'a.pdf', days: 7 } });
        // @ts-expect-error: `days` is missing
        report({ file, messageId: 'late', data: { target: 'a.pdf' } });
        // @ts-expect-error: `title` is read by no message
        report({ file, messageId: 'late', data: { target: 'a.pdf', days: 7, title: 'x' } });
        // @ts-expect-error: `late` has data to say
        report({ file, messageId: 'late' });
        // @ts-expect-error: `default` reads `id`
        report({ file, data: {} });
      },
    });
    // @ts-expect-error: a message reads only the data it declares
    m<Messages['late']>((d) => String(d.id), () => '');
    rule.check({} as never, (finding) => reported.push(finding));
    expect(reported.map((r) => r.messageId ?? 'default')).toEqual(['default', 'late', 'required', 'lat', 'late', 'late', 'late', 'default']);
  });
});
