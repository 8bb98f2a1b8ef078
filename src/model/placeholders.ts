/** Whether a string is missing or empty once trimmed. */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** Words people type while a text is still to be written. */
const TO_BE_WRITTEN = String.raw`tbd|tba|todo|tbc|xxx+|\.{2,}|…|-+|\?+|n\/a|fyll inn|kommer|skrives|lorem ipsum.*|<.*>|\[.*\]`;
const PURPOSE_PLACEHOLDERS = new RegExp(`^(${TO_BE_WRITTEN}|formål|føremål|purpose)$`, 'i');
/** …and the heading of the field itself, written where the proposal should be. */
const PROPOSAL_PLACEHOLDERS = new RegExp(`^(${TO_BE_WRITTEN}|forslag( til vedtak)?|framlegg( til vedtak)?|innstilling|vedtak|proposal|proposed decision)[.:]?$`, 'i');

/**
 * Whether a purpose is a placeholder such as `TBD` rather than a purpose.
 * Shared by `agenda/purpose-missing` and `etat status`, so that the two never
 * disagree about whether a meeting has a purpose.
 */
export function isPlaceholderPurpose(purpose: string): boolean {
  return PURPOSE_PLACEHOLDERS.test(purpose.trim());
}

/** Whether a proposed decision is a placeholder (`TBD`, `Forslag til vedtak`); shared by `agenda/decide-without-proposal` and `etat status`. */
export function isPlaceholderProposal(proposal: string): boolean {
  return PROPOSAL_PLACEHOLDERS.test(proposal.trim());
}
