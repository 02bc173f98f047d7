import { type AcceptedTerms, type Arrangement, isLive } from '../../../models/offers';
import type { CaseRecord } from '../../casework/cases/caseRecord';
import type { CaseStore } from '../../casework/cases/caseStore';
import { DomainError } from '../../../models/shared/domainError';
import type { TranscriptEntry } from '../../casework/transcripts/transcriptRecord';
import { transcriptKey, type TranscriptStore } from '../../casework/transcripts/transcriptStore';
import { assertHolds, visibleCase, type Actor } from './caseAccess';
import type { CaseJournal } from './caseJournal';

class EarlierConversationNotFoundError extends DomainError {
  readonly kind = 'not_found';
  override name = 'EarlierConversationNotFoundError';
}

export interface EarlierConversation {
  /** The transcript's key: what the agent asks for to read it. */
  key: string;
  channelId: string;
  startedAt: string;
  lastAt: string;
  messages: number;
  outcome: string;
  escalationReason: string | null;
  caseId: string | null;
  /** The outcome an agent closed the case with, when one did. */
  disposition: string | null;
  agent: string | null;
  arrangementReference: string | null;
}

export interface EarlierArrangement {
  reference: string;
  createdAt: string;
  channel: string;
  title: string;
  monthlyPayment: number;
  termMonths: number;
  status: 'live' | 'replaced' | 'ended';
  replacedBy: string | null;
  /** What the borrower accepted, as recorded then, and its digest (the one on their written confirmation). */
  terms: AcceptedTerms | null;
  termsDigest: string | null;
}

export interface LoanHistoryDeps {
  cases: Pick<CaseStore, 'get'>;
  transcripts: Pick<TranscriptStore, 'allSummaries' | 'get'>;
  arrangements: { forLoan(loanId: string): Promise<Arrangement[]> };
  journal: CaseJournal;
  now: () => Date;
}

/**
 * The loan's earlier conversations (with the bot or an agent) and arrangements, beside the open case, so the
 * agent knows what was tried and agreed before. Only for a verified case, and only the case's own loan: a
 * transcript of another loan is answered as not found. Reading one is audited; an agent must hold the case.
 * Transcripts are stored redacted, so what is shown is what the supervisor pages show.
 */
export class LoanHistory {
  constructor(private readonly deps: LoanHistoryDeps) {}

  private earlierSummaries(record: CaseRecord) {
    const current = transcriptKey(record.channelId, record.conversation.conversation?.id ?? '');
    return this.deps.transcripts
      .allSummaries()
      .filter((s) => s.loanId !== undefined && s.loanId === record.loanId && s.key !== current)
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  async of(id: string, actor: Actor): Promise<{ conversations: EarlierConversation[]; arrangements: EarlierArrangement[] }> {
    const record = await visibleCase(this.deps.cases, id, actor);
    if (!record.loanId) return { conversations: [], arrangements: [] };
    const conversations = await Promise.all(
      this.earlierSummaries(record).map(async (s): Promise<EarlierConversation> => {
        const earlier = s.caseId ? await this.deps.cases.get(s.caseId) : undefined;
        return {
          key: s.key,
          channelId: s.channelId,
          startedAt: s.startedAt,
          lastAt: s.lastAt,
          messages: s.messages,
          outcome: s.outcome,
          escalationReason: s.escalationReason ?? null,
          caseId: s.caseId ?? null,
          disposition: earlier?.disposition ?? null,
          agent: s.agent ?? earlier?.closedBy ?? null,
          arrangementReference: s.arrangementReference ?? null,
        };
      }),
    );
    const today = this.deps.now();
    const arrangements = (await this.deps.arrangements.forLoan(record.loanId))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((a): EarlierArrangement => ({
        reference: a.reference,
        createdAt: a.createdAt,
        channel: a.channel,
        title: a.plan.title,
        monthlyPayment: a.plan.monthlyPayment,
        termMonths: a.plan.termMonths,
        status: a.replacedBy ? 'replaced' : isLive(a, today) ? 'live' : 'ended',
        replacedBy: a.replacedBy?.reference ?? null,
        terms: a.terms ?? null,
        termsDigest: a.termsDigest ?? null,
      }));
    return { conversations, arrangements };
  }

  /** One earlier conversation of the case's loan, as stored (redacted). */
  async transcript(id: string, key: string, actor: Actor): Promise<TranscriptEntry[]> {
    const record = await visibleCase(this.deps.cases, id, actor);
    if (actor.role === 'agent') assertHolds(record, actor);
    if (!this.earlierSummaries(record).some((s) => s.key === key))
      throw new EarlierConversationNotFoundError(`Case ${id}'s loan has no earlier conversation by that key`);
    await this.deps.journal.audited(actor, 'case.history_transcript', record, { conversation: key });
    return (await this.deps.transcripts.get(key))?.entries ?? [];
  }
}
