import type { TurnContext } from 'botbuilder';

const TURN_FAILED = Symbol('forbear.turnFailed');
const INBOUND_REF = Symbol('forbear.inboundRef');

/** Marks the turn as failed (the error handler ran), so an edge can refuse to acknowledge it. */
export function markTurnFailed(context: TurnContext, error: Error): void {
  context.turnState.set(TURN_FAILED, error);
}

export function turnFailure(context: TurnContext): Error | undefined {
  return context.turnState.get(TURN_FAILED) as Error | undefined;
}

/**
 * The inbox id of the delivery a turn runs for. The transcript stores it with
 * the borrower's entry, the turn's last write, so a replay after a crash can
 * tell a turn that committed from one that did not.
 */
export function setInboundRef(context: TurnContext, ref: string): void {
  context.turnState.set(INBOUND_REF, ref);
}

export function inboundRef(context: TurnContext): string | undefined {
  return context.turnState.get(INBOUND_REF) as string | undefined;
}
