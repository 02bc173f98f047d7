import type { DecisionEvent } from '../../../models/decisions/decisionEvent';
import type { RiskBand } from '../../../models/risk/bands';
import type { EscalationReason } from '../../../models/intake/escalationReason';

export type Speaker = 'borrower' | 'bot' | 'agent' | 'system';

/** One line of a conversation as stored: already redacted, never the raw activity. */
export interface TranscriptEntry {
  at: string;
  speaker: Speaker;
  kind: 'message' | 'decision' | 'note';
  /** Agent user name, for agent messages and notes. */
  agent?: string;
  text?: string;
  /** Card titles and figures, flattened to readable lines. */
  card?: string[];
  /** Quick replies offered with the message. */
  options?: string[];
  /** A submitted card button, e.g. accept plan deferral-3. */
  value?: Record<string, unknown>;
  decision?: DecisionEvent;
  /** Digest of the inbox id of the delivery this borrower message came in (see refDigest). */
  ref?: string;
}

export const FUNNEL = ['started', 'verified', 'story', 'budget', 'offer', 'accepted'] as const;
export type FunnelStage = (typeof FUNNEL)[number];

/** `closed`: an agent closed the case without an arrangement; the disposition says how. */
export type Outcome = 'in_progress' | 'arrangement' | 'escalated' | 'closed' | 'parked' | 'opted_out' | 'crisis' | 'declined';

/** The hardship reasons as first read, when someone later changed them: the summary's `reasons` are the corrected ones. */
export interface ReasonCorrection {
  from: string[];
  by: 'borrower' | 'supervisor';
  /** The supervisor's user name; absent for the borrower (their words are in the transcript). */
  supervisor?: string;
  at: string;
}

/** What the supervisor list filters and charts on, kept current as entries arrive. */
export interface ConversationSummary {
  key: string;
  channelId: string;
  conversationId: string;
  startedAt: string;
  lastAt: string;
  messages: number;
  funnel: FunnelStage;
  loanId?: string;
  band?: RiskBand;
  probability?: number;
  reasons: string[];
  vulnerable: boolean;
  crisis: boolean;
  outcome: Outcome;
  escalated: boolean;
  escalationReason?: EscalationReason;
  /** Every reason the conversation went to a person for, first one first (a complaint after "talk to someone" counts too). */
  escalationReasons?: EscalationReason[];
  escalatedAt?: string;
  caseId?: string;
  agent?: string;
  agentJoinedAt?: string;
  agentClosedAt?: string;
  /** How the agent closed the case (DISPOSITIONS in bot/casework/cases/caseRecord), and who did. */
  disposition?: string;
  closedBy?: string;
  reasonCorrection?: ReasonCorrection;
  planType?: string;
  arrangementReference?: string;
}

export interface TranscriptDocument {
  summary: ConversationSummary;
  entries: TranscriptEntry[];
}
