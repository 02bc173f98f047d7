import type { ConversationReference } from 'botbuilder';
import type { EscalationReason } from '../intake/escalationReason';
import type { IntakeState } from '../intake/intakeState';
import type { Plan } from '../offers';

export interface EscalationRequest {
  reason: EscalationReason;
  conversation: Partial<ConversationReference>;
  intake: IntakeState;
  /** Plans prepared for the agent, if any. */
  plans?: Plan[];
  note?: string;
}

export interface EscalationOutcome {
  caseId: string;
  /** Someone can take the conversation now (within business hours and capacity). */
  agentsAvailable: boolean;
  estimatedWaitMinutes: number | null;
  /** When nobody is available: the next callback slots the borrower can pick (ISO times). */
  callbackSlots: string[];
}

/** Where an open case stands, as the borrower may be told it. */
export interface QueuePlace {
  /** 'assigned' once an agent holds it; 'callback' once a time is booked. */
  status: 'queued' | 'assigned' | 'callback';
  /** 1 for next in line; null when the case is not waiting in the queue. */
  position: number | null;
  estimatedWaitMinutes: number | null;
}

/** Cases for human agents (the queue behind the agent console). */
export interface Escalations {
  escalate(request: EscalationRequest): Promise<EscalationOutcome>;
  bookCallback(caseId: string, slot: string): Promise<void>;
  /** False once a person has closed the case. */
  isOpen(caseId: string): Promise<boolean>;
  /** Undefined once the case is closed. */
  queuePlace(caseId: string): Promise<QueuePlace | undefined>;
  /** The borrower goes back to the bot before anyone took the case: closes it and returns true; false when an agent holds it or it is closed. */
  withdraw(caseId: string): Promise<boolean>;
}
