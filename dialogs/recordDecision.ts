import type { TurnContext } from 'botbuilder';
import { DECISION_TRACE_NAME, DECISION_VALUE_TYPE, decisionEvent, type DecisionKind, type DecisionValues } from '../models/decisions/decisionEvent';

/**
 * Every decision the bot takes is emitted as a trace activity, so supervisors
 * see why the bot said what it said, beside what it said.
 */
export async function recordDecision<K extends DecisionKind>(context: TurnContext, kind: K, value: DecisionValues[K]): Promise<void> {
  await context.sendTraceActivity(DECISION_TRACE_NAME, decisionEvent(kind, value), DECISION_VALUE_TYPE, kind);
}
