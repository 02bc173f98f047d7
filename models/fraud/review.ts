import type { FraudDecision, FraudReviewOutcome, FraudVerdict } from './decision';
import type { FraudSignal } from './signal';

/**
 * The supervisors' record of one flagged case: the signals and the decision as
 * they were, and the people's verdicts on them. Verdicts are appended, never
 * replaced, so a changed mind stays visible; the latest one counts.
 */

export interface VerdictEntry extends FraudReviewOutcome {
  /** Staff user name. */
  by: string;
}

export interface FraudRecord {
  /** The case it belongs to. */
  caseId: string;
  /** ISO time the case was flagged. */
  flaggedAt: string;
  signals: FraudSignal[];
  decision: Pick<FraudDecision, 'escalate' | 'withholdSettlements' | 'agentReasons'>;
  verdicts: VerdictEntry[];
}

export function fraudRecord(caseId: string, decision: FraudDecision, at: Date): FraudRecord {
  return {
    caseId,
    flaggedAt: at.toISOString(),
    signals: decision.flagged,
    decision: { escalate: decision.escalate, withholdSettlements: decision.withholdSettlements, agentReasons: decision.agentReasons },
    verdicts: [],
  };
}

/** The record with one more verdict; the input is left as it was. */
export function markVerdict(record: FraudRecord, outcome: FraudVerdict, by: string, at: Date): FraudRecord {
  if (!by.trim()) throw new RangeError('a verdict needs the name of the person who gave it');
  return { ...record, verdicts: [...record.verdicts, { outcome, by, at: at.toISOString() }] };
}

export function currentVerdict(record: FraudRecord): VerdictEntry | undefined {
  return record.verdicts.at(-1);
}
