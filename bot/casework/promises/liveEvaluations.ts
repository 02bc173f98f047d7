import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { liveArrangement, type Arrangement } from '../../../models/offers';
import type { OutreachCandidate } from '../../../models/outreach/segment';
import { evaluateArrangement } from '../../../models/payments/arrangementPromise';
import type { PromiseEvaluation, PromiseSettings } from '../../../models/payments/promise';
import type { ArrangementLedger } from '../../../models/ports/arrangements';
import type { PaymentLedger } from '../../../models/ports/payments';
import { localTime } from '../../../models/shared/localTime';
import type { BorrowerLanguage } from '../../../models/i18n/languages';
import type { OnceDeliveryDeps } from './onceDelivery';

export interface LiveEvaluationSource {
  loans: () => LoanRecord[];
  arrangements: { forLoan(loanId: string): Promise<Arrangement[]> };
  payments: PaymentLedger;
  /** The loan's contact facts and zone, read fresh (STOP, holds, cases, crisis): outreach's own source. */
  candidate: (loan: LoanRecord, now: Date) => Promise<OutreachCandidate>;
  settings: PromiseSettings;
}

/** What every promise sweep is given: the live arrangements to walk, its ledger, and the borrower's language. */
export interface PromiseSweepDeps extends LiveEvaluationSource, OnceDeliveryDeps {
  language: (loanId: string) => Promise<BorrowerLanguage>;
  now: () => Date;
}

/** One live arrangement as a promise sweep reads it: evaluated on the borrower's own day, with their contact facts. */
export interface LiveEvaluation {
  loan: LoanRecord;
  arrangement: Arrangement;
  evaluation: PromiseEvaluation;
  candidate: OutreachCandidate;
  /** YYYY-MM-DD in the borrower's zone: a due date passes at their midnight, not the server's. */
  today: string;
}

/** Every loan's live arrangement, evaluated now: what the reminder and follow-up sweeps each walk. */
export async function* liveEvaluations(source: LiveEvaluationSource, now: Date): AsyncGenerator<LiveEvaluation> {
  for (const loan of source.loans()) {
    const arrangement = liveArrangement(await source.arrangements.forLoan(loan.Loan_ID), loan.Loan_ID, now);
    if (!arrangement) continue;
    const candidate = await source.candidate(loan, now);
    const today = localTime(now, candidate.timeZone).date;
    const evaluation = evaluateArrangement(arrangement, await source.payments.forLoan(loan.Loan_ID), today, source.settings);
    if (evaluation) yield { loan, arrangement, evaluation, candidate, today };
  }
}

/**
 * One loan's live arrangement evaluated on the borrower's day in `timeZone`: what a conversation reads after
 * verification (the lapse it tells, the instalment coming up). Undefined with no live arrangement or no schedule.
 */
export async function liveEvaluationOf(
  source: { arrangements: Pick<ArrangementLedger, 'liveForLoan'>; payments: PaymentLedger },
  loanId: string,
  now: Date,
  timeZone: string,
  settings: PromiseSettings,
): Promise<{ arrangement: Arrangement; evaluation: PromiseEvaluation; today: string } | undefined> {
  const arrangement = await source.arrangements.liveForLoan(loanId, now);
  if (!arrangement) return undefined;
  const today = localTime(now, timeZone).date;
  const evaluation = evaluateArrangement(arrangement, await source.payments.forLoan(loanId), today, settings);
  return evaluation && { arrangement, evaluation, today };
}
