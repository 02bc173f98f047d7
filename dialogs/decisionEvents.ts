import type { TurnContext } from 'botbuilder';

export const DECISION_TRACE_NAME = 'forbear.decision';
export const DECISION_VALUE_TYPE = 'https://forbear.dev/schemas/decision';

export type DecisionKind =
  | 'consent'
  | 'identity_verified'
  | 'identity_failed'
  | 'identity_locked'
  | 'reasons_found'
  | 'reasons_confirmed'
  | 'vulnerability'
  | 'crisis'
  | 'budget'
  | 'risk_score'
  | 'offers_shown'
  | 'offer_choice'
  | 'arrangement'
  | 'escalation'
  | 'opt_out'
  | 'opt_in'
  | 'dispute'
  | 'complaint'
  | 'parked'
  | 'resumed';

/**
 * Every decision the bot takes is emitted as a trace activity: channels never
 * show it to the borrower, and the transcript middleware records it beside the
 * messages, so supervisors see why the bot said what it said.
 */
export async function recordDecision(context: TurnContext, kind: DecisionKind, value: Record<string, unknown>): Promise<void> {
  await context.sendTraceActivity(DECISION_TRACE_NAME, { kind, ...value }, DECISION_VALUE_TYPE, kind);
}
