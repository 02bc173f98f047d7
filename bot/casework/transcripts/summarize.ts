import type { EscalationReason } from '../../../models/ports/services';
import { FUNNEL, type ConversationSummary, type FunnelStage, type TranscriptEntry } from './transcriptRecord';

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
  const v = entry.decision.value;
  switch (entry.decision.kind) {
    case 'identity_verified':
      summary.loanId = String(v.loanId);
      advance(summary, 'verified');
      break;
    case 'reasons_found':
      summary.reasons = ((v.reasons as { reason: string }[] | undefined) ?? []).map((r) => r.reason);
      advance(summary, 'story');
      break;
    case 'reasons_confirmed':
      summary.reasons = (v.reasons as string[] | undefined) ?? summary.reasons;
      advance(summary, 'story');
      break;
    case 'vulnerability':
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
      summary.band = v.band as ConversationSummary['band'];
      summary.probability = Number(v.probability);
      break;
    case 'offers_shown':
      advance(summary, 'offer');
      break;
    case 'arrangement':
      summary.outcome = 'arrangement';
      summary.planType = String(v.type);
      summary.arrangementReference = String(v.reference);
      advance(summary, 'accepted');
      break;
    case 'escalation':
      summary.escalated = true;
      summary.escalationReason ??= v.reason as EscalationReason;
      summary.escalatedAt ??= entry.at;
      summary.caseId = String(v.caseId);
      if (summary.outcome !== 'crisis' && summary.outcome !== 'arrangement') summary.outcome = 'escalated';
      break;
    case 'agent_joined':
      summary.agent = String(v.agent);
      summary.agentJoinedAt ??= entry.at;
      break;
    case 'agent_closed':
      summary.agentClosedAt = entry.at;
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
      if ((v.choice as { action?: string } | undefined)?.action === 'decline') summary.outcome = 'declined';
      break;
  }
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
