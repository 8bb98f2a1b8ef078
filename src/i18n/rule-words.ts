import { code, type Lang } from './lang.js';

/**
 * What a rule says, in one language: a one-line description (for `etat rules`)
 * and its messages by id. Each message is a function of the finding's data so
 * that every language builds its own sentence — nothing is glued together
 * from fragments of two languages.
 *
 * These types live below the rules because the model and the configuration
 * report problems in the words of a rule too (a broken `etat.yml` reads like
 * any broken file), and they must not import the rules.
 */
export interface RuleMessage<Data = Record<string, unknown>> {
  reason(data: Data): string;
  hint(data: Data): string;
}

/** A message that reads no data. */
export type NoData = Record<never, never>;

/**
 * Message id → the data that message reads: what a rule declares (an
 * interface), so that its `report()` calls are checked. Any such map, when
 * the ids do not matter (the runner, `etat rules`).
 */
export type MessageShapes = Record<string, object>;

export interface RuleText<Messages extends object = MessageShapes> {
  description: string;
  messages: { [Id in keyof Messages]: RuleMessage<Messages[Id]> };
}

/** A rule's words in every language. */
export type RuleWords<Messages extends object = MessageShapes> = Record<Lang, RuleText<Messages>>;

/** A message from its two sentences. */
export const m = <Data = NoData>(reason: (data: Data) => string, hint: (data: Data) => string): RuleMessage<Data> => ({ reason, hint });

/** " Did you mean `x`?", or nothing when nothing is close. */
export const didYouMean: Record<Lang, (suggestion: unknown) => string> = {
  en: (s) => (s ? ` Did you mean ${code(s)}?` : ''),
  nb: (s) => (s ? ` Mente du ${code(s)}?` : ''),
  nn: (s) => (s ? ` Meinte du ${code(s)}?` : ''),
};
