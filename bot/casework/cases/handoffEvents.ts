import { BotAdapter, EventFactory, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { ArrangementLedger } from '../../../models/ports/arrangements';
import type { LoanLookup } from '../../../models/ports/loans';
import type { CaseRecord } from './caseRecord';
import type { Logger } from '../../infra/logger';
import type { TranscriptEntry } from '../transcripts/transcriptRecord';
import { transcriptKey, type TranscriptStore } from '../transcripts/transcriptStore';
import { caseSummary, type CaseSummary } from './caseSummary';

/** The agent-hub context carried by the handoff event: enough to route and to brief whoever takes it. */
export interface HandoffContext {
  caseId: string;
  reason: CaseRecord['reason'];
  priority: number;
  summary: CaseSummary;
}

/** `relayed`: the case was raised on another instance (it announces it; this one only delivers). */
export type HandoffListener = (event: Activity, record: CaseRecord, relayed: boolean) => void;

/** Builds events only: a handoff event is published to listeners, never sent from here. */
class DetachedAdapter extends BotAdapter {
  async sendActivities(): Promise<ResourceResponse[]> {
    throw new Error('a handoff event context cannot send');
  }
  async updateActivity(): Promise<void> {
    throw new Error('a handoff event context cannot update');
  }
  async deleteActivity(): Promise<void> {
    throw new Error('a handoff event context cannot delete');
  }
  async continueConversation(): Promise<void> {
    throw new Error('a handoff event context cannot continue a conversation');
  }
}

/** The redacted transcript as Bot Framework activities (messages only; decisions stay in our store). */
function toActivities(entries: TranscriptEntry[], reference: Partial<ConversationReference>): Activity[] {
  const user = reference.user ?? { id: 'borrower', name: '' };
  const bot = reference.bot ?? { id: 'bot', name: '' };
  return entries
    .filter((e) => e.kind === 'message')
    .map((e) => ({
      type: 'message',
      timestamp: new Date(e.at),
      localTimezone: '',
      callerId: '',
      serviceUrl: reference.serviceUrl ?? '',
      channelId: reference.channelId ?? '',
      from: e.speaker === 'borrower' ? user : { ...bot, ...(e.agent ? { name: e.agent } : {}) },
      recipient: e.speaker === 'borrower' ? bot : user,
      conversation: { id: reference.conversation?.id ?? '', isGroup: false, conversationType: '', name: '' },
      text: [e.text, ...(e.card ?? [])].filter(Boolean).join('\n'),
      label: '',
      valueType: '',
      listenFor: [],
    }));
}

/**
 * Emits the Bot Framework handoff initiation (`EventFactory.createHandoffInitiation`,
 * transcript attached) whenever a case is opened or raised, so a deployment can
 * route it to an external agent hub; our own console is the default listener.
 */
export class HandoffEvents {
  private readonly listeners = new Set<HandoffListener>();

  constructor(
    private readonly deps: {
      transcripts: Pick<TranscriptStore, 'get'>;
      loans: LoanLookup;
      arrangements: Pick<ArrangementLedger, 'liveForLoan'>;
      now: () => Date;
      log: Logger;
    },
  ) {}

  subscribe(listener: HandoffListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async initiation(record: CaseRecord): Promise<Activity> {
    const conversationId = record.conversation.conversation?.id ?? '';
    const entries = (await this.deps.transcripts.get(transcriptKey(record.channelId, conversationId)))?.entries ?? [];
    const loan = record.loanId ? this.deps.loans.get(record.loanId) : undefined;
    const context = new TurnContext(new DetachedAdapter(), TurnContext.applyConversationReference({ type: 'message' }, record.conversation, true));
    const today = this.deps.now();
    const live = loan ? await this.deps.arrangements.liveForLoan(loan.Loan_ID, today) : undefined;
    const summary = caseSummary(record, loan, entries, live, today);
    const handoff: HandoffContext = { caseId: record.id, reason: record.reason, priority: record.priority, summary };
    return EventFactory.createHandoffInitiation(context, handoff, { activities: toActivities(entries, record.conversation) });
  }

  /** For EscalationService.onEscalated: never throws, so a listener cannot break the borrower's turn. */
  readonly publish = async (record: CaseRecord, relayed = false): Promise<void> => {
    try {
      const event = await this.initiation(record);
      for (const listener of this.listeners) listener(event, record, relayed);
    } catch (err) {
      this.deps.log.error({ err, caseId: record.id }, 'handoff event not published');
    }
  };
}
