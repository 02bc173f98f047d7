import type { FraudPolicy } from './fraudPolicy';
import { type FraudSignal, fraudSignal, scoreAgainstLimit } from './signal';
import { WindowedCount, WindowedDistinct } from './slidingWindow';

/**
 * Identity probing: someone trying loan references and dates of birth until
 * one matches. Two views over one stream of identity checks:
 * - from one source (a conversation, or an address / WhatsApp number across
 *   conversations): several loans tried, or many failed checks;
 * - on one loan: tried from many addresses in a short window.
 * The per-conversation and per-loan lockout (three failures) stops a single
 * guesser; this catches the one who rotates loans or places to stay under it.
 */

export const IDENTITY_CHECK_OUTCOMES = ['verified', 'failed', 'unknown_loan', 'locked'] as const;
export type IdentityCheckOutcome = (typeof IDENTITY_CHECK_OUTCOMES)[number];

/** One identity check. Keys are opaque (keyed hashes made by the caller), never the raw address, number or reference. */
export interface IdentityCheckEvent {
  conversationKey: string;
  /** The place it came from: a keyed hash of the client address or the WhatsApp number. */
  sourceKey: string;
  /** A keyed hash of the loan reference typed, whether or not such a loan exists. */
  loanKey: string;
  outcome: IdentityCheckOutcome;
  at: Date;
}

interface SourceView {
  loans: number;
  failed: number;
  score: number;
  where: string;
}

export class IdentityProbeDetector {
  private readonly loansBySource: WindowedDistinct;
  private readonly failedBySource: WindowedCount;
  private readonly sourcesByLoan: WindowedDistinct;
  private readonly failedByLoan: WindowedCount;
  private readonly rules: FraudPolicy['identityProbing'];

  constructor(private readonly policy: FraudPolicy) {
    this.rules = policy.identityProbing;
    const { windowMinutes, loansPerSource, failedChecksPerSource, sourcesPerLoan, maxTrackedKeys } = this.rules;
    const windowMs = windowMinutes * 60_000;
    // Each key's entries are capped where its score reaches 1 (twice the limit): more would change nothing.
    this.loansBySource = new WindowedDistinct({ windowMs, maxKeys: maxTrackedKeys, maxPerKey: 2 * loansPerSource });
    this.failedBySource = new WindowedCount({ windowMs, maxKeys: maxTrackedKeys, maxPerKey: 2 * failedChecksPerSource });
    this.sourcesByLoan = new WindowedDistinct({ windowMs, maxKeys: maxTrackedKeys, maxPerKey: 2 * sourcesPerLoan });
    this.failedByLoan = new WindowedCount({ windowMs, maxKeys: maxTrackedKeys, maxPerKey: 2 * failedChecksPerSource });
  }

  /** Records one check and returns the two probing signals as they stand after it (scores may be low). */
  observe(event: IdentityCheckEvent): FraudSignal[] {
    const atMs = event.at.getTime();
    if (!Number.isFinite(atMs)) throw new RangeError('identity check time must be a valid Date');
    const failed = event.outcome !== 'verified';
    const conversation = this.source(`c:${event.conversationKey}`, event, failed, atMs, 'one conversation');
    const address = this.source(`s:${event.sourceKey}`, event, failed, atMs, 'one address or WhatsApp number');
    const sourceSignal = this.sourceSignal(address.score >= conversation.score ? address : conversation, event.at);

    const sources = this.sourcesByLoan.add(event.loanKey, event.sourceKey, atMs);
    const failedOnLoan = failed ? this.failedByLoan.add(event.loanKey, atMs) : this.failedByLoan.peek(event.loanKey, atMs);
    const { sourcesPerLoan, windowMinutes } = this.rules;
    const loanSignal = fraudSignal(
      'identity_probe_loan',
      scoreAgainstLimit(sources, sourcesPerLoan),
      this.policy.thresholds.identity_probe_loan,
      [`This loan was tried from ${sources} different addresses or WhatsApp numbers within ${windowMinutes} minutes (limit ${sourcesPerLoan}).`],
      { distinctSources: sources, failedChecks: failedOnLoan, windowMinutes, limit: sourcesPerLoan },
      event.at,
    );
    return [sourceSignal, loanSignal];
  }

  private source(key: string, event: IdentityCheckEvent, failed: boolean, atMs: number, where: string): SourceView {
    const loans = this.loansBySource.add(key, event.loanKey, atMs);
    const failedCount = failed ? this.failedBySource.add(key, atMs) : this.failedBySource.peek(key, atMs);
    const score = Math.max(scoreAgainstLimit(loans, this.rules.loansPerSource), scoreAgainstLimit(failedCount, this.rules.failedChecksPerSource));
    return { loans, failed: failedCount, score, where };
  }

  private sourceSignal(view: SourceView, at: Date): FraudSignal {
    const { loansPerSource, failedChecksPerSource, windowMinutes } = this.rules;
    const loansSentence = `${view.loans} different loan ${view.loans === 1 ? 'reference was' : 'references were'} tried from ${view.where} within ${windowMinutes} minutes (limit ${loansPerSource}).`;
    const failedSentence = `${view.failed} identity ${view.failed === 1 ? 'check' : 'checks'} failed from ${view.where} within ${windowMinutes} minutes (limit ${failedChecksPerSource}).`;
    const overLoans = view.loans >= loansPerSource;
    const overFailed = view.failed >= failedChecksPerSource;
    const reasons = overLoans || overFailed ? [...(overLoans ? [loansSentence] : []), ...(overFailed ? [failedSentence] : [])] : [loansSentence];
    return fraudSignal(
      'identity_probe_source',
      view.score,
      this.policy.thresholds.identity_probe_source,
      reasons,
      { distinctLoans: view.loans, failedChecks: view.failed, windowMinutes, loanLimit: loansPerSource, failedLimit: failedChecksPerSource },
      at,
    );
  }

  /** Keys held across all windows: bounded by four times maxTrackedKeys whatever the traffic. */
  get trackedKeys(): number {
    return this.loansBySource.trackedKeys + this.failedBySource.trackedKeys + this.sourcesByLoan.trackedKeys + this.failedByLoan.trackedKeys;
  }
}
