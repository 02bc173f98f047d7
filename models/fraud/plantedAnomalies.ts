import type { LoanRecord } from '../loanBook/loanRecord';
import { DEMO_BORROWERS, generateLoanBook } from '../loanBook/syntheticLoanBook';
import { instalment } from '../offers/amortisation';
import { roundMoney } from '../shared/money';
import { createRandom, deriveSeed, type Random } from '../shared/random';

/**
 * A seeded synthetic book (models/loanBook/syntheticLoanBook.ts) with
 * repayment anomalies planted in a known set of loans, so the detector's
 * precision and recall can be measured. Each kind is a pattern a collections
 * analyst would query, planted only in loans where it is out of character:
 * - strategic_default: many missed payments (7–12) although the instalment is
 *   small against income (under 12 %), with consistent days past due;
 * - arrears_mismatch: days past due that do not match the missed payments
 *   (4+ missed but under 16 days past due, or none missed but 90+ days);
 * - bust_out: hardly any principal repaid (97–100 % outstanding) yet 3–8
 *   payments already missed, on a consistent instalment;
 * - payment_below_schedule: a recorded instalment of 20–50 % of what the
 *   balance needs over the loan's tenure.
 * Real books hide anomalies less tidily: the bench's figures are for this book.
 */
export const PLANTED_KINDS = ['strategic_default', 'arrears_mismatch', 'bust_out', 'payment_below_schedule'] as const;
export type PlantedKind = (typeof PLANTED_KINDS)[number];

export interface PlantedBook {
  loans: LoanRecord[];
  /** Loan_ID → what was planted there. */
  planted: Map<string, PlantedKind>;
}

const history = (missed: number): LoanRecord['Payment_History'] => (missed === 0 ? 'On-Time' : missed <= 3 ? 'Delayed' : 'Missed');
const consistentDaysPastDue = (missed: number, random: Random): number => (missed > 0 ? Math.min(180, missed * 30 - 29 + random.int(30)) : 0);

function withMissed(loan: LoanRecord, missed: number, daysPastDue: number): LoanRecord {
  return { ...loan, Num_Missed_Payments: missed, Days_Past_Due: daysPastDue, Payment_History: history(missed) };
}

const PLANT: Record<PlantedKind, { eligible(loan: LoanRecord): boolean; plant(loan: LoanRecord, random: Random): LoanRecord }> = {
  strategic_default: {
    eligible: (l) => l.Monthly_EMI / l.Monthly_Income < 0.12,
    plant: (l, random) => {
      const missed = 7 + random.int(6);
      return withMissed(l, missed, consistentDaysPastDue(missed, random));
    },
  },
  arrears_mismatch: {
    eligible: () => true,
    plant: (l, random) => {
      if (random.chance(0.5)) return withMissed(l, 4 + random.int(6), random.int(16));
      return { ...withMissed(l, 0, 90 + random.int(91)), Payment_History: 'On-Time' };
    },
  },
  bust_out: {
    eligible: () => true,
    plant: (l, random) => {
      const outstanding = roundMoney(l.Loan_Amount * random.uniform(0.97, 1));
      const emi = instalment(outstanding, l.Interest_Rate, Math.max(3, Math.round(l.Loan_Tenure * random.uniform(0.6, 1))));
      const missed = 3 + random.int(6);
      return { ...withMissed(l, missed, consistentDaysPastDue(missed, random)), Outstanding_Loan_Amount: outstanding, Monthly_EMI: emi };
    },
  },
  payment_below_schedule: {
    eligible: () => true,
    plant: (l, random) => ({
      ...l,
      Monthly_EMI: roundMoney(instalment(l.Outstanding_Loan_Amount, l.Interest_Rate, Math.max(1, l.Loan_Tenure)) * random.uniform(0.2, 0.5)),
    }),
  },
};

/** `n` loans of which about `rate` carry a planted anomaly (kinds in turn); the same seed gives the same book. */
export function generatePlantedBook(options: { n: number; seed: number; rate: number }): PlantedBook {
  const { n, seed, rate } = options;
  if (!(rate > 0 && rate < 0.5)) throw new RangeError(`rate must be between 0 and 0.5, got ${rate}`);
  const loans = generateLoanBook({ n, seed });
  const random = createRandom(deriveSeed(seed, 21));
  const planted = new Map<string, PlantedKind>();
  const target = Math.round(n * rate);
  // Demo borrowers stay as they are: the demo and its tests rely on their figures.
  const candidates = loans.map((_, i) => i).slice(DEMO_BORROWERS.length);
  for (let p = 0; p < target && candidates.length > 0; p++) {
    const kind = PLANTED_KINDS[p % PLANTED_KINDS.length];
    const eligible = candidates.filter((i) => PLANT[kind].eligible(loans[i]));
    if (eligible.length === 0) continue;
    const index = eligible[random.int(eligible.length)];
    candidates.splice(candidates.indexOf(index), 1);
    loans[index] = PLANT[kind].plant(loans[index], random);
    planted.set(loans[index].Loan_ID, kind);
  }
  return { loans, planted };
}
