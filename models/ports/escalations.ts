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

/** Cases for human agents (the queue behind the agent console). */
export interface Escalations {
  escalate(request: EscalationRequest): Promise<EscalationOutcome>;
  bookCallback(caseId: string, slot: string): Promise<void>;
  /** False once a person has closed the case. */
  isOpen(caseId: string): Promise<boolean>;
}
