import type { FraudVerdict } from '../../../models/fraud/decision';
import { type FraudRecord, markVerdict } from '../../../models/fraud/review';
import { type FraudSignal, isFlagged } from '../../../models/fraud/signal';
import { DomainError } from '../../../models/shared/domainError';
import type { Documents } from '../../infra/storage/documents';

/**
 * One conversation's fraud file: every signal computed for it (the strongest
 * of each kind), what was decided, and the supervisors' verdicts. Signals
 * carry numbers and plain reasons only, so nothing here is personal data and
 * retention keeps it like cases.
 */
export interface FraudFile {
  conversation: string;
  /** Set once identity was verified. */
  loanId?: string;
  /** The borrower's language as the story read (for the fairness counts only). */
  language?: string;
  signals: FraudSignal[];
  /** Present once a flagged conversation went to a person. */
  record?: FraudRecord;
  updatedAt: string;
}

/** What the listing and the counters need, held in memory for every file. */
export interface FraudIndexEntry {
  conversation: string;
  loanId?: string;
  language?: string;
  flagged: FraudSignal[];
  record?: FraudRecord;
}

export class FraudCaseNotFoundError extends DomainError {
  readonly kind = 'not_found';
  override name = 'FraudCaseNotFoundError';
}

/** The strongest signal of each kind (the latest on a tie): what a file and the watch keep. */
export function strongestPerKind(signals: readonly FraudSignal[]): FraudSignal[] {
  const best = new Map<FraudSignal['kind'], FraudSignal>();
  for (const s of signals) {
    const held = best.get(s.kind);
    if (!held || s.score > held.score || (s.score === held.score && s.at >= held.at)) best.set(s.kind, s);
  }
  return [...best.values()];
}

/** Fraud files, one document per conversation, with an in-memory index for the supervisor pages. */
export class FraudStore {
  private readonly index = new Map<string, FraudIndexEntry>();
  private readonly byCase = new Map<string, string>();

  private constructor(private readonly documents: Documents<FraudFile>) {}

  static async open(documents: Documents<FraudFile>): Promise<FraudStore> {
    const store = new FraudStore(documents);
    for await (const doc of documents.all()) store.remember(doc.value);
    return store;
  }

  private remember(file: FraudFile): void {
    const { conversation, loanId, language, record } = file;
    this.index.set(conversation, { conversation, loanId, language, flagged: file.signals.filter(isFlagged), record });
    if (record) this.byCase.set(record.caseId, conversation);
  }

  /** Adds signals (and what the conversation learned) to its file. */
  async addSignals(conversation: string, signals: readonly FraudSignal[], facts: { loanId?: string; language?: string }, at: Date): Promise<void> {
    const file = await this.documents.update(conversation, (current) => ({
      conversation,
      ...current,
      ...(facts.loanId ? { loanId: facts.loanId } : {}),
      ...(facts.language ? { language: facts.language } : {}),
      signals: strongestPerKind([...(current?.signals ?? []), ...signals]),
      updatedAt: at.toISOString(),
    }));
    this.remember(file!);
  }

  /** The supervisors' record once the conversation went to a person; a second escalation keeps the first record's verdicts. */
  async flag(conversation: string, record: FraudRecord, at: Date): Promise<void> {
    const file = await this.documents.update(conversation, (current) => ({
      conversation,
      signals: [],
      ...current,
      record: current?.record ? { ...record, verdicts: current.record.verdicts } : record,
      updatedAt: at.toISOString(),
    }));
    this.remember(file!);
  }

  async markVerdict(caseId: string, outcome: FraudVerdict, by: string, at: Date): Promise<FraudRecord> {
    const conversation = this.byCase.get(caseId);
    if (!conversation) throw new FraudCaseNotFoundError(`No flagged case "${caseId}"`);
    const file = await this.documents.update(conversation, (current) =>
      current?.record ? { ...current, record: markVerdict(current.record, outcome, by, at), updatedAt: at.toISOString() } : undefined,
    );
    if (!file?.record) throw new FraudCaseNotFoundError(`No flagged case "${caseId}"`);
    this.remember(file);
    return file.record;
  }

  entry(conversation: string): FraudIndexEntry | undefined {
    return this.index.get(conversation);
  }

  entries(): FraudIndexEntry[] {
    return [...this.index.values()];
  }
}
