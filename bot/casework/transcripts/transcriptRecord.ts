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

export type Outcome = 'in_progress' | 'arrangement' | 'escalated' | 'parked' | 'opted_out' | 'crisis' | 'declined';

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
  escalatedAt?: string;
  caseId?: string;
  agent?: string;
  agentJoinedAt?: string;
  agentClosedAt?: string;
  planType?: string;
  arrangementReference?: string;
}

export interface TranscriptDocument {
  summary: ConversationSummary;
  entries: TranscriptEntry[];
}
