import { decisionEvent, type DecisionKind, type DecisionValues } from '../../../models/decisions/decisionEvent';
import type { AuditTrail } from '../../casework/audit/auditLog';
import type { CaseRecord } from '../../casework/cases/caseRecord';
import { transcriptKey, type TranscriptStore } from '../../casework/transcripts/transcriptStore';
import type { Actor } from './caseAccess';

/**
 * Where agent actions are written down: the audit trail (who did what, when)
 * and, for what changes the conversation's story, a decision entry in its
 * transcript, which the supervisor summaries fold in (agent, handling times).
 */
export class CaseJournal {
  constructor(
    private readonly audit: AuditTrail,
    private readonly transcripts: TranscriptStore,
    private readonly now: () => Date,
  ) {}

  private key(record: CaseRecord): string {
    return transcriptKey(record.channelId, record.conversation.conversation?.id ?? '');
  }

  async audited(actor: Actor, action: string, record: CaseRecord, detail?: Record<string, unknown>): Promise<void> {
    await this.audit.append({ actor: actor.user, role: actor.role, action, targets: [record.id, this.key(record)], ...(detail ? { detail } : {}) });
  }

  async decision<K extends DecisionKind>(record: CaseRecord, actor: Actor, kind: K, value: DecisionValues[K]): Promise<void> {
    const conversationId = record.conversation.conversation?.id ?? '';
    await this.transcripts.append(record.channelId, conversationId, [
      { at: this.now().toISOString(), speaker: 'agent', agent: actor.user, kind: 'decision', decision: decisionEvent(kind, value) },
    ]);
  }
}
