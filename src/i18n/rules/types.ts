/**
 * What a rule says, in one language: a one-line description (for `etat rules`)
 * and its messages by id. Each message is a function of the finding's data so
 * that every language builds its own sentence — nothing is glued together
 * from fragments of two languages.
 */
export type MessageData = Record<string, unknown>;

export interface RuleMessage {
  reason(data: MessageData): string;
  hint(data: MessageData): string;
}

export interface RuleText {
  description: string;
  messages: Record<string, RuleMessage>;
}

export type RuleCatalogue = Record<string, RuleText>;

/** A message from its two sentences. */
export const message = (reason: (d: MessageData) => string, hint: (d: MessageData) => string): RuleMessage => ({ reason, hint });
