import type { OfferChoice } from '../../../models/offers/offerChoice';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import { type Arrangement, nextPayment, type Plan } from '../../../models/offers';
import type { CaseNote, CaseRecord } from './caseRecord';
import type { TranscriptEntry } from '../transcripts/transcriptRecord';
import { queueItem, type QueueItem } from './queueView';

export interface PlanView {
  id: string;
  type: Plan['type'];
  title: string;
  monthlyPayment: number;
  termMonths: number;
  totalPaid: number;
  figures: Plan['figures'];
}

/** What an agent reads before saying hello, so the borrower never has to repeat themselves. */
export interface CaseSummary extends QueueItem {
  borrower: { verified: boolean; borrowerId: string | null; age: number | null; employment: string | null; dependents: number | null };
  /** Null until identity was verified: nothing about an account is shown for an unverified chat. */
  loan: {
    loanId: string;
    type: string;
    amount: number;
    outstanding: number;
    monthlyInstalment: number;
    tenureMonths: number;
    interestRate: number;
    daysPastDue: number;
    missedPayments: number;
    paymentHistory: string;
  } | null;
  hardship: { reasons: string[]; temporary: boolean | null; improvesBy: string | null };
  vulnerability: string[];
  crisis: boolean;
  budget: { monthlyIncome: number; essentialCosts: number; otherRepayments: number; disposableIncome: number; needsReview: boolean } | null;
  risk: { probability: number; band: string; reasons: string[]; modelVersion: string } | null;
  offers: { plans: PlanView[]; shown: number; choice: OfferChoice | null; arrangementReference: string | null };
  /** The loan's live arrangement (one at most): a new plan for this loan must replace it. */
  liveArrangement: {
    reference: string;
    agreedAt: string;
    channel: string;
    plan: PlanView;
    nextPayment: Arrangement['schedule'][number] | null;
  } | null;
  escalation: { reason: string; note: string | null; at: string; callback: string | null };
  notes: CaseNote[];
  disposition: string | null;
}

export function planView(plan: Plan): PlanView {
  const { id, type, title, monthlyPayment, termMonths, totalPaid, figures } = plan;
  return { id, type, title, monthlyPayment, termMonths, totalPaid, figures };
}

/** The borrower's last reply to the offers, from the decisions the bot recorded. */
function lastChoice(entries: TranscriptEntry[]): OfferChoice | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const decision = entries[i].decision;
    if (decision?.kind === 'offer_choice') return decision.value.choice;
  }
  return null;
}

export function caseSummary(
  record: CaseRecord,
  loan: LoanRecord | undefined,
  entries: TranscriptEntry[],
  live: Arrangement | undefined,
  today: Date,
): CaseSummary {
  const { intake } = record;
  const verifiedLoan = record.loanId ? loan : undefined;
  const verified = verifiedLoan !== undefined;
  return {
    ...queueItem(record),
    borrower: verifiedLoan
      ? {
          verified,
          borrowerId: verifiedLoan.Borrower_ID,
          age: verifiedLoan.Age,
          employment: verifiedLoan.Employment_Type,
          dependents: verifiedLoan.Num_Dependents,
        }
      : { verified, borrowerId: null, age: null, employment: null, dependents: null },
    loan: verifiedLoan
      ? {
          loanId: verifiedLoan.Loan_ID,
          type: verifiedLoan.Loan_Type,
          amount: verifiedLoan.Loan_Amount,
          outstanding: verifiedLoan.Outstanding_Loan_Amount,
          monthlyInstalment: verifiedLoan.Monthly_EMI,
          tenureMonths: verifiedLoan.Loan_Tenure,
          interestRate: verifiedLoan.Interest_Rate,
          daysPastDue: verifiedLoan.Days_Past_Due,
          missedPayments: verifiedLoan.Num_Missed_Payments,
          paymentHistory: verifiedLoan.Payment_History,
        }
      : null,
    hardship: { reasons: intake.story?.reasons ?? [], temporary: intake.story?.temporary ?? null, improvesBy: intake.story?.improvesBy ?? null },
    vulnerability: intake.vulnerabilityDrivers ?? [],
    crisis: record.reason === 'crisis' || intake.stage === 'crisis',
    budget: intake.budget
      ? {
          monthlyIncome: intake.budget.monthlyIncome,
          essentialCosts: intake.budget.monthlyEssentialCosts,
          otherRepayments: intake.budget.monthlyOtherRepayments,
          disposableIncome: intake.budget.disposableIncome,
          needsReview: intake.budget.needsHumanReview,
        }
      : null,
    risk: intake.risk
      ? {
          probability: intake.risk.probability,
          band: intake.risk.band,
          reasons: intake.risk.reasons.map((r) => r.text),
          modelVersion: intake.risk.modelVersion,
        }
      : null,
    offers: {
      plans: record.plans.map(planView),
      shown: intake.plansShown ?? 0,
      choice: lastChoice(entries),
      arrangementReference: intake.arrangementReference ?? null,
    },
    liveArrangement:
      verifiedLoan && live
        ? {
            reference: live.reference,
            agreedAt: live.createdAt,
            channel: live.channel,
            plan: planView(live.plan),
            nextPayment: nextPayment(live, today) ?? null,
          }
        : null,
    escalation: { reason: record.reason, note: record.note ?? null, at: intake.escalation?.at ?? record.createdAt, callback: record.callback?.slot ?? null },
    notes: record.notes,
    disposition: record.disposition ?? null,
  };
}
