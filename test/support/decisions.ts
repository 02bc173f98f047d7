import type { DecisionEvent, DecisionKind } from '../../models/decisions/decisionEvent';

/** A decision with only the fields a test cares about (stored decisions may lack fields too). */
export function partialDecision(kind: DecisionKind, value: Record<string, unknown>): DecisionEvent {
  return { kind, value } as unknown as DecisionEvent;
}
