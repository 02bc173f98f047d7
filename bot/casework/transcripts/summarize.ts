import { assertUnreachable } from '../../../models/decisions/decisionEvent';
import type { EscalationReason } from '../../../models/intake/escalationReason';
import { FUNNEL, type ConversationSummary, type FunnelStage, type Outcome, type TranscriptEntry } from './transcriptRecord';

function advance(summary: ConversationSummary, stage: FunnelStage): void {
  if (FUNNEL.indexOf(stage) > FUNNEL.indexOf(summary.funnel)) summary.funnel = stage;
}

/**
 * Folds one entry into the conversation's summary. Decisions drive it, so the
 * supervisor view is derived from what the bot recorded, never re-guessed.
 */
export function applyEntry(summary: ConversationSummary, entry: TranscriptEntry): void {
  summary.lastAt = entry.at;
  if (entry.kind === 'message' && entry.speaker === 'borrower') summary.messages++;
  if (entry.kind === 'message' && entry.speaker === 'agent' && entry.agent) {
    summary.agent ??= entry.agent;
  }
  if (entry.kind !== 'decision' || !entry.decision) return;
  const decision = entry.decision;
  switch (decision.kind) {
    case 'identity_verified':
      summary.loanId = decision.value.loanId;
      advance(summary, 'verified');
      break;
    case 'reasons_found':
      summary.reasons = decision.value.reasons.map((r) => r.reason);
      advance(summary, 'story');
      break;
    case 'reasons_confirmed':
      // "Not quite" and a different pick: the first reading is kept, visibly superseded.
      if (!summary.reasonCorrection && differs(readReasons(summary.reasons), decision.value.reasons))
        summary.reasonCorrection = { from: summary.reasons, by: 'borrower', at: entry.at };
      summary.reasons = decision.value.reasons;
      advance(summary, 'story');
      break;
    case 'reasons_corrected':
      summary.reasonCorrection = { from: summary.reasons, by: 'supervisor', supervisor: decision.value.supervisor, at: entry.at };
      summary.reasons = decision.value.reasons;
      break;
    // Distress worth a safety check is a sign of vulnerability for the supervisor's filter, though it sets no driver.
    case 'vulnerability':
    case 'safety_check':
      summary.vulnerable = true;
      break;
    case 'crisis':
      summary.crisis = true;
      summary.vulnerable = true;
      summary.outcome = 'crisis';
      break;
    case 'budget':
      advance(summary, 'budget');
      break;
    case 'risk_score':
      summary.band = decision.value.band;
      summary.probability = decision.value.probability;
      break;
    case 'offers_shown':
      advance(summary, 'offer');
      break;
    case 'arrangement':
      summary.outcome = 'arrangement';
      summary.planType = decision.value.type;
      summary.arrangementReference = decision.value.reference;
      advance(summary, 'accepted');
      break;
    case 'arrangement_in_place':
      summary.arrangementReference = decision.value.reference;
      advance(summary, 'offer');
      break;
    case 'missed_payment':
    case 'catch_up':
      summary.arrangementReference = decision.value.reference;
      break;
    case 'escalation':
      summary.escalated = true;
      summary.escalationReason ??= decision.value.reason;
      noteEscalation(summary, decision.value.reason);
      summary.escalatedAt ??= entry.at;
      summary.caseId = decision.value.caseId;
      if (summary.outcome !== 'crisis' && summary.outcome !== 'arrangement') summary.outcome = 'escalated';
      break;
    case 'agent_joined':
      summary.agent = decision.value.agent;
      summary.agentJoinedAt ??= entry.at;
      break;
    case 'agent_closed':
      summary.agentClosedAt = entry.at;
      summary.disposition = decision.value.disposition;
      summary.closedBy = decision.value.agent;
      summary.outcome = outcomeAfterClose(summary.outcome, decision.value.disposition);
      break;
    case 'parked':
      if (summary.outcome === 'in_progress') summary.outcome = 'parked';
      break;
    case 'resumed':
      if (summary.outcome === 'parked') summary.outcome = 'in_progress';
      break;
    case 'opt_out':
      summary.outcome = 'opted_out';
      break;
    case 'offer_choice':
      if (decision.value.choice.action === 'decline') summary.outcome = 'declined';
      break;
    case 'dispute':
    case 'complaint':
      noteEscalation(summary, decision.kind);
      break;
    case 'consent':
    case 'identity_failed':
    case 'identity_locked':
    case 'fraud_review':
    case 'opt_in':
    case 'language':
      break;
    default:
      assertUnreachable(decision);
  }
}

/** The reasons a borrower was read back: the bot never reads back "other". */
const readReasons = (reasons: string[]) => reasons.filter((r) => r !== 'other');
const differs = (read: string[], confirmed: string[]) => read.length > 0 && [...read].sort().join() !== [...confirmed].sort().join();

function noteEscalation(summary: ConversationSummary, reason: EscalationReason): void {
  const reasons = (summary.escalationReasons ??= []);
  if (!reasons.includes(reason)) reasons.push(reason);
}

/**
 * What an agent's close means for the conversation: the case is no longer
 * waiting on anyone. Crisis and opt-out stay as they were (they matter more
 * than how the case closed), and a hand-back means the bot carries on.
 */
function outcomeAfterClose(outcome: Outcome, disposition: string): Outcome {
  if (outcome === 'crisis' || outcome === 'opted_out') return outcome;
  if (disposition === 'handed_back_to_bot' || disposition === 'left_queue') return 'in_progress';
  if (disposition === 'arrangement_made') return 'arrangement';
  return 'closed';
}

export function emptySummary(key: string, channelId: string, conversationId: string, at: string): ConversationSummary {
  return {
    key,
    channelId,
    conversationId,
    startedAt: at,
    lastAt: at,
    messages: 0,
    funnel: 'started',
    reasons: [],
    vulnerable: false,
    crisis: false,
    outcome: 'in_progress',
    escalated: false,
  };
}
