import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { FraudDecision } from '../models/fraud/decision';
import type { IntakeState } from '../models/intake/intakeState';
import type { Plan } from '../models/offers';
import type { IntakeServices } from '../models/ports/intakeServices';
import { escalate } from './escalate';
import { recordDecision } from './recordDecision';

/** The conversation as the fraud watch knows it (adapter-keyed channel id and conversation id). */
export function fraudConversationKey(channelId: string, conversationId: string): string {
  return `${channelId}:${conversationId}`;
}

export function conversationOf(context: TurnContext): string {
  return fraudConversationKey(context.activity.channelId, context.activity.conversation.id);
}

/**
 * Flagged signals: the case goes to a person with the reasons as its note,
 * and the watch records which case it became. The borrower is told nothing
 * beyond the neutral line the caller already sent.
 */
export async function sendForReview(
  context: TurnContext,
  services: Pick<IntakeServices, 'escalations' | 'now' | 'settings' | 'messages' | 'fraud'>,
  intakeState: StatePropertyAccessor<IntakeState>,
  decision: FraudDecision,
  plans?: Plan[],
): Promise<void> {
  await recordDecision(context, 'fraud_review', {
    signals: decision.flagged.map(({ kind, score, threshold }) => ({ kind, score, threshold })),
    withholdSettlements: decision.withholdSettlements,
  });
  await escalate(context, services, intakeState, 'fraud_review', { plans, note: decision.agentReasons.join('\n') });
  const caseId = (await intakeState.get(context))?.escalation?.caseId;
  if (caseId) services.fraud?.escalated(conversationOf(context), caseId, services.now());
}
