import type { Rule } from './define.js';
import accessRestrictedWithoutBasis from './access/restricted-without-basis.js';
import agendaDecideWithoutPapers from './agenda/decide-without-papers.js';
import agendaDecideWithoutProposal from './agenda/decide-without-proposal.js';
import agendaDuplicateItemId from './agenda/duplicate-item-id.js';
import agendaPaperIncomplete from './agenda/paper-incomplete.js';
import agendaPaperUnfilled from './agenda/paper-unfilled.js';
import actionsOverdue from './actions/overdue.js';
import actionsUnknownReference from './actions/unknown-reference.js';
import agendaPaperMissing from './agenda/paper-missing.js';
import agendaPaperLate from './agenda/paper-late.js';
import agendaLateNotice from './agenda/late-notice.js';
import casePingPong from './case/ping-pong.js';
import caseUnknown from './case/unknown.js';
import caseUnused from './case/unused.js';
import gitHistoryUnavailable from './git/history-unavailable.js';
import minutesApprovedChanged from './minutes/approved-changed.js';
import minutesCorrectsUnknown from './minutes/corrects-unknown.js';
import agendaPurposeMissing from './agenda/purpose-missing.js';
import configUnknownAgency from './config/unknown-agency.js';
import configUnknownForum from './config/unknown-forum.js';
import fileEncoding from './file/encoding.js';
import fileFrontMatterMissing from './file/front-matter-missing.js';
import fileOutsideRepository from './file/outside-repository.js';
import fileTooLarge from './file/too-large.js';
import fileYamlSyntax from './file/yaml-syntax.js';
import meetingPathMismatch from './meeting/path-mismatch.js';
import minutesAddedItem from './minutes/added-item.js';
import minutesAgendaItemMissing from './minutes/agenda-item-missing.js';
import minutesApprovalInvalid from './minutes/approval-invalid.js';
import minutesApprovalPending from './minutes/approval-pending.js';
import minutesDecideWithoutOutcome from './minutes/decide-without-outcome.js';
import minutesDecisionMissingText from './minutes/decision-missing-text.js';
import minutesDecisionWithoutPreparation from './minutes/decision-without-preparation.js';
import minutesDissentNotRecorded from './minutes/dissent-not-recorded.js';
import minutesItemNotOnAgenda from './minutes/item-not-on-agenda.js';
import minutesLate from './minutes/late.js';
import minutesNoAgenda from './minutes/no-agenda.js';
import minutesOverdue from './minutes/overdue.js';
import minutesOutcomeMissing from './minutes/outcome-missing.js';
import minutesPresentAndAbsent from './minutes/present-and-absent.js';
import minutesQuorum from './minutes/quorum.js';
import minutesRecusedCounted from './minutes/recused-counted.js';
import minutesVoteNotRecorded from './minutes/vote-not-recorded.js';
import minutesVotesMismatch from './minutes/votes-mismatch.js';
import privacyNationalId from './privacy/national-id.js';
import schemaInvalid from './schema/invalid.js';

/** Every rule, in the order `etat rules` lists them: files first, then what is in them. */
export const rules: readonly Rule[] = [
  fileEncoding,
  fileFrontMatterMissing,
  fileYamlSyntax,
  fileTooLarge,
  fileOutsideRepository,
  schemaInvalid,
  configUnknownForum,
  configUnknownAgency,
  meetingPathMismatch,
  agendaPurposeMissing,
  agendaDuplicateItemId,
  agendaDecideWithoutProposal,
  agendaDecideWithoutPapers,
  agendaPaperMissing,
  agendaPaperIncomplete,
  agendaPaperUnfilled,
  agendaPaperLate,
  agendaLateNotice,
  minutesNoAgenda,
  minutesItemNotOnAgenda,
  minutesAddedItem,
  minutesDecisionWithoutPreparation,
  minutesAgendaItemMissing,
  minutesDecideWithoutOutcome,
  minutesOutcomeMissing,
  minutesDecisionMissingText,
  minutesDissentNotRecorded,
  minutesVoteNotRecorded,
  minutesVotesMismatch,
  minutesPresentAndAbsent,
  minutesQuorum,
  minutesApprovalPending,
  minutesLate,
  minutesOverdue,
  minutesApprovalInvalid,
  minutesRecusedCounted,
  minutesApprovedChanged,
  minutesCorrectsUnknown,
  actionsUnknownReference,
  actionsOverdue,
  caseUnknown,
  caseUnused,
  casePingPong,
  privacyNationalId,
  accessRestrictedWithoutBasis,
  gitHistoryUnavailable,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
