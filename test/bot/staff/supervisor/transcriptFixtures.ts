import type { DecisionKind } from '../../../../models/decisions/decisionEvent';
import { partialDecision } from '../../../support/decisions';
import { applyEntry, emptySummary } from '../../../../bot/casework/transcripts/summarize';
import type { ConversationSummary, TranscriptEntry } from '../../../../bot/casework/transcripts/transcriptRecord';
import type { TranscriptStore } from '../../../../bot/casework/transcripts/transcriptStore';

export interface ScriptedConversation {
  channelId?: string;
  conversationId: string;
  startedAt: string;
  story?: string;
  reasons?: string[];
  band?: 'low' | 'medium' | 'high';
  probability?: number;
  plan?: { type: string; reference: string };
  escalation?: { reason: string; agent?: string; joinAfterMin?: number; closeAfterMin?: number };
  vulnerable?: boolean;
}

const at = (start: string, minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();

/** The entries a conversation like `c` leaves in a transcript: messages plus the decision events the dialogs emit. */
export function scriptedEntries(c: ScriptedConversation): TranscriptEntry[] {
  const s = c.startedAt;
  const decision = (minute: number, kind: DecisionKind, value: Record<string, unknown>): TranscriptEntry => ({
    at: at(s, minute),
    speaker: 'bot',
    kind: 'decision',
    decision: partialDecision(kind, value),
  });
  const entries: TranscriptEntry[] = [
    { at: s, speaker: 'borrower', kind: 'message', text: 'hi' },
    { at: at(s, 0.1), speaker: 'bot', kind: 'message', text: 'Hello, I am the virtual assistant.' },
    decision(1, 'identity_verified', { loanId: `LN_${c.conversationId}` }),
    { at: at(s, 2), speaker: 'borrower', kind: 'message', text: c.story ?? 'things are hard' },
  ];
  if (c.reasons) entries.push(decision(2.1, 'reasons_confirmed', { reasons: c.reasons, temporary: true }));
  if (c.vulnerable) entries.push(decision(2.2, 'vulnerability', { drivers: ['health'] }));
  if (c.band) {
    entries.push(decision(3, 'budget', { budget: { monthlyIncome: 50000, monthlyEssentialCosts: 30000, disposableIncome: 20000 } }));
    entries.push(
      decision(3.1, 'risk_score', {
        band: c.band,
        probability: c.probability ?? 0.5,
        reasons: [{ feature: 'missed', contribution: 0.1, text: '2 missed payments raised the risk' }],
      }),
    );
    entries.push(decision(3.2, 'offers_shown', { action: 'offer', plans: [{ id: 'deferral-3', type: 'deferral', monthlyPayment: 0, termMonths: 3 }] }));
  }
  if (c.plan) entries.push(decision(4, 'arrangement', { type: c.plan.type, reference: c.plan.reference }));
  if (c.escalation) {
    entries.push(decision(4, 'escalation', { reason: c.escalation.reason, caseId: `case-${c.conversationId}` }));
    if (c.escalation.agent) {
      const joined = 4 + (c.escalation.joinAfterMin ?? 5);
      entries.push({ ...decision(joined, 'agent_joined', { agent: c.escalation.agent }), speaker: 'system' });
      entries.push({ at: at(s, joined + 0.5), speaker: 'agent', kind: 'message', agent: c.escalation.agent, text: 'Hello, I can help from here.' });
      if (c.escalation.closeAfterMin !== undefined) entries.push({ ...decision(joined + c.escalation.closeAfterMin, 'agent_closed', {}), speaker: 'system' });
    }
  }
  return entries;
}

export async function seed(store: TranscriptStore, conversations: ScriptedConversation[]): Promise<void> {
  for (const c of conversations) await store.append(c.channelId ?? 'directline', c.conversationId, scriptedEntries(c));
}

/** A small, varied population used by several tests. */
export const POPULATION: ScriptedConversation[] = [
  {
    conversationId: 'a1',
    startedAt: '2026-11-20T09:00:00.000Z',
    story: 'I lost my job at the plant',
    reasons: ['unemployment'],
    band: 'high',
    probability: 0.81,
    escalation: { reason: 'high_risk', agent: 'agent', joinAfterMin: 4, closeAfterMin: 12 },
  },
  {
    conversationId: 'a2',
    startedAt: '2026-11-21T10:00:00.000Z',
    story: 'my hours were cut, overtime gone',
    reasons: ['income_reduction'],
    band: 'medium',
    probability: 0.55,
    plan: { type: 'arrears_plan', reference: 'ARR-2' },
  },
  {
    conversationId: 'a3',
    channelId: 'whatsapp',
    startedAt: '2026-11-21T12:00:00.000Z',
    story: 'I was ill in hospital',
    reasons: ['illness'],
    band: 'low',
    probability: 0.2,
    plan: { type: 'deferral', reference: 'ARR-3' },
    vulnerable: true,
  },
  {
    conversationId: 'a4',
    startedAt: '2026-11-23T08:00:00.000Z',
    story: 'I cannot go on any more',
    escalation: { reason: 'crisis', agent: 'agent2', joinAfterMin: 1, closeAfterMin: 30 },
    vulnerable: true,
  },
  { conversationId: 'a5', startedAt: '2026-11-23T09:30:00.000Z', story: 'rent went up, "costs", everything' },
];

/** The summaries the transcript store would hold for `conversations`, folded by the real summarizer. */
export function summariesOf(conversations: ScriptedConversation[]): ConversationSummary[] {
  return conversations.map((c) => {
    const channelId = c.channelId ?? 'directline';
    const summary = emptySummary(`${channelId}:${c.conversationId}`, channelId, c.conversationId, c.startedAt);
    for (const entry of scriptedEntries(c)) applyEntry(summary, entry);
    return summary;
  });
}
