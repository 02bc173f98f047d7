import type { LoanRecord } from '../models/loanBook/loanRecord';
import { instalment } from '../models/offers/amortisation';
import { type BudgetInput, computeBudget } from '../models/offers/budget';
import { makeOffers } from '../models/offers/makeOffers';
import { loadPolicy } from '../models/offers/policy';
import { seededRandom } from '../models/shared/random';
import { percentile, type Bench } from './report';

interface Case {
  loan: LoanRecord;
  budget: BudgetInput;
  /** The borrower's answer to "will it get better?". */
  temporary: boolean | null;
}

/** Seeded loans (£1k–£200k, 0–30 %, 1–30 years, some arrears) with a full Standard-Financial-Statement budget each. */
function cases(count: number): Case[] {
  const random = seededRandom(7);
  const money = (lo: number, hi: number) => Math.round((lo + random() * (hi - lo)) * 100) / 100;
  return Array.from({ length: count }, (_, i) => {
    const balance = money(1000, 200000);
    const rate = money(0, 30);
    const missed = Math.floor(random() * 4);
    return {
      loan: {
        Borrower_ID: `BRW_${i}`,
        Age: 40,
        Gender: 'Female',
        Employment_Type: 'Salaried',
        Monthly_Income: 3000,
        Num_Dependents: 1,
        Loan_ID: `LN_${i}`,
        Loan_Amount: balance,
        Loan_Tenure: 360,
        Interest_Rate: rate,
        Loan_Type: 'Personal',
        Collateral_Value: 0,
        Outstanding_Loan_Amount: balance,
        Monthly_EMI: instalment(balance, rate, 12 * (1 + Math.floor(random() * 30))),
        Payment_History: 'Missed',
        Num_Missed_Payments: missed,
        Days_Past_Due: missed * 30,
        Recovery_Status: 'Partially Recovered',
        Collection_Attempts: 1,
        Collection_Method: 'Calls',
        Legal_Action_Taken: 'No',
      },
      temporary: [true, false, null][Math.floor(random() * 3)],
      budget: {
        income: [
          { value: money(300, 800), period: 'week' },
          { value: money(0, 3000), period: 'year' },
          { value: money(0, 2000), period: 'once' },
        ],
        housing: { value: money(500, 1500), period: 'month' },
        utilities: { value: money(50, 120), period: 'fortnight' },
        food: { value: money(50, 120), period: 'week' },
        transport: { value: money(50, 300), period: null },
        childcare: { value: money(0, 400), period: 'month' },
        priorityBills: { value: money(0, 200), period: 'month' },
        otherCosts: { value: money(0, 200), period: 'month' },
        otherDebtRepayments: { value: money(0, 300), period: 'month' },
        dependants: Math.floor(random() * 3),
      },
    };
  });
}

/** Runs `fn` over the cases for at least `ms`, returning calls per second and per-call times. */
function measure(items: Case[], fn: (c: Case) => void, ms = 1000): { perSecond: number; times: number[] } {
  for (const c of items) fn(c); // warm-up: JIT
  const times: number[] = [];
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (const c of items) {
      const t = performance.now();
      fn(c);
      times.push(performance.now() - t);
    }
  }
  return { perSecond: times.length / ((performance.now() - started) / 1000), times };
}

/** Offers per second for a full budget + loan (budget → medium-band decision), against computeBudget alone. */
export const bench: Bench = async (report) => {
  const policy = loadPolicy();
  const items = cases(200);
  const today = new Date('2025-01-15T12:00:00Z');
  const budgetOnly = measure(items, (c) => computeBudget(c.budget, policy));
  const baseline = { name: 'computeBudget alone', value: budgetOnly.perSecond };
  for (const band of ['medium', 'high'] as const) {
    const offers = measure(items, (c) =>
      makeOffers(
        {
          loan: c.loan,
          risk: { probability: 0.3, band },
          budget: computeBudget(c.budget, policy),
          vulnerable: false,
          crisis: false,
          temporary: c.temporary,
          today,
        },
        policy,
      ),
    );
    report({
      name: `offers per second (budget + ${band}-band decision)`,
      value: offers.perSecond,
      unit: 'offers/s',
      baseline,
      ratio: offers.perSecond / baseline.value,
    });
    report({ name: `offers ${band}-band p99`, value: percentile(offers.times, 99), unit: 'ms' });
  }
};
