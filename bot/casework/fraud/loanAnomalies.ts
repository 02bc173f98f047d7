import type { FraudPolicy } from '../../../models/fraud/fraudPolicy';
import { RepaymentAnomalyModel } from '../../../models/fraud/repaymentAnomaly';
import { type FraudSignal, isFlagged } from '../../../models/fraud/signal';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import type { MoneyFormat } from '../../../models/shared/money';

export interface AnomalyScan {
  at: string;
  loans: number;
  flagged: number;
  /** Wall time of fit + scoring, for the log and the page. */
  ms: number;
}

/** Scored loans per slice between yields, so a large book never holds the event loop for long. */
const SLICE = 500;

/**
 * Repayment anomalies on the loan book: one model fitted on the whole book
 * and every loan scored, at start (in the background) and on demand; the
 * flagged loans are kept for supervisors, and any loan is scored on demand
 * when its borrower reaches the offers.
 */
export class LoanAnomalies {
  private model: RepaymentAnomalyModel | undefined;
  private flaggedLoans = new Map<string, FraudSignal>();
  private last: AnomalyScan | undefined;
  private running: Promise<AnomalyScan> | undefined;

  constructor(
    private readonly book: { all(): LoanRecord[] },
    private readonly policy: FraudPolicy,
    private readonly money: MoneyFormat,
  ) {}

  /** Refits and rescans; a scan already running is shared, not doubled. */
  scan(now: () => Date): Promise<AnomalyScan> {
    this.running ??= this.run(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(now: () => Date): Promise<AnomalyScan> {
    const started = performance.now();
    const loans = this.book.all();
    const at = now();
    // Too small a book has no peers to compare with: no model, no repayment signal.
    const model = loans.length >= this.policy.repaymentAnomaly.peerGroups.minPeers ? RepaymentAnomalyModel.fit(loans, this.policy, this.money) : undefined;
    const flagged = new Map<string, FraudSignal>();
    for (let i = 0; model && i < loans.length; i += SLICE) {
      for (const loan of loans.slice(i, i + SLICE)) {
        const signal = model.score(loan, at);
        if (isFlagged(signal)) flagged.set(loan.Loan_ID, signal);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.model = model;
    this.flaggedLoans = flagged;
    this.last = { at: at.toISOString(), loans: loans.length, flagged: flagged.size, ms: Math.round(performance.now() - started) };
    return this.last;
  }

  /** The loan's signal now, or undefined before the first fit. */
  signalFor(loan: LoanRecord, at: Date): FraudSignal | undefined {
    return this.model?.score(loan, at);
  }

  flagged(): { loanId: string; signal: FraudSignal }[] {
    return [...this.flaggedLoans].map(([loanId, signal]) => ({ loanId, signal })).sort((a, b) => b.signal.score - a.signal.score);
  }

  lastScan(): AnomalyScan | undefined {
    return this.last;
  }
}
