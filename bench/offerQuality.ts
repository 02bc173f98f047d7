import { existsSync, readFileSync } from 'node:fs';
import type { LoanRecord } from '../models/loanBook/loanRecord';
import { parseLoanBookCsv } from '../models/loanBook/loanBookCsv';
import { generateLoanBook } from '../models/loanBook/syntheticLoanBook';
import { computeBudget } from '../models/offers/budget';
import { makeOffers, type OfferDecision } from '../models/offers/makeOffers';
import { loadPolicy, type OfferPolicy } from '../models/offers/policy';
import { loadRiskModel } from '../models/risk';
import { createRandom } from '../models/shared/random';
import type { Bench } from './report';

/** The user's real export, when it sits beside the clone or its worktree folder (never copied into the project). */
const REAL_BOOK = ['../../shared/data/loan-recovery.csv', '../../../shared/data/loan-recovery.csv'].map((p) => new URL(p, import.meta.url)).find(existsSync);

interface Tally {
  offers: number;
  topCostsMore: number;
  topCostsMoreWithCheaper: number;
  topCostsMoreBeyondLimitWithCheaper: number;
  medium: number;
  settlementHidden: number;
  plans: number;
  beyondCap: number;
  rateCutRaises: number;
}

/**
 * Decision quality over a loan book, each loan with a seeded household budget and the default risk model's
 * score: how often the first plan costs the borrower more than the current agreement (and whether a cheaper
 * affordable plan was there), how often an affordable settlement is hidden from a medium-band borrower, plans
 * past the original tenure plus the policy's cap, and rate cuts that raise the payment.
 */
function quality(book: LoanRecord[], policy: OfferPolicy, seed: number): Tally {
  const random = createRandom(seed);
  const risk = loadRiskModel();
  const all = structuredClone(policy);
  all.maxPlansOffered = 10;
  const cap = policy.termCap?.maxMonthsBeyondOriginalTenure ?? 24;
  const tally: Tally = {
    offers: 0,
    topCostsMore: 0,
    topCostsMoreWithCheaper: 0,
    topCostsMoreBeyondLimitWithCheaper: 0,
    medium: 0,
    settlementHidden: 0,
    plans: 0,
    beyondCap: 0,
    rateCutRaises: 0,
  };
  const today = new Date('2026-11-23T10:00:00Z');
  for (const loan of book) {
    const income = loan.Monthly_Income * random.uniform(0.45, 1);
    const budget = computeBudget(
      {
        income: [
          { value: income, period: 'month' },
          ...(random.chance(0.4) ? [{ value: loan.Outstanding_Loan_Amount * random.uniform(0.3, 1.2), period: 'once' as const }] : []),
        ],
        housing: { value: income * random.uniform(0.1, 0.3), period: 'month' },
        otherCosts: { value: income * random.uniform(0.15, 0.35), period: 'month' },
      },
      policy,
    );
    const temporary = random.weighted([true, false, null], [4, 3, 3]);
    const score = risk.score(
      loan,
      { currentMonthlyIncome: budget.monthlyIncome, hardshipReason: loan.Hardship_Reason, temporary },
      { medium: 0.5, high: 0.75 },
    );
    if (score.band === 'high') continue;
    const ctx = { loan, risk: score, budget, vulnerable: false, crisis: false, temporary, today };
    let shown: OfferDecision;
    let every: OfferDecision;
    try {
      shown = makeOffers(ctx, policy);
      every = makeOffers(ctx, all);
    } catch {
      continue; // the engine before #15 threw on a zero balance
    }
    if (shown.action !== 'offer') continue;
    tally.offers++;
    const contractTotal = every.inputs.terms!.contractTotal;
    const top = shown.plans[0];
    if (top.totalPaid > contractTotal) {
      tally.topCostsMore++;
      if (every.plans.some((p) => p.totalPaid < top.totalPaid && p.totalPaid <= contractTotal)) tally.topCostsMoreWithCheaper++;
      // The fairness guard's own terms: more than the limit above the agreement, and above a cheaper affordable plan.
      const limit = (contractTotal * (policy.fairness?.maxExtraCostPctOfContract ?? 1)) / 100;
      if (top.totalPaid - contractTotal > limit && every.plans.some((p) => top.totalPaid - p.totalPaid > limit)) tally.topCostsMoreBeyondLimitWithCheaper++;
    }
    if (score.band === 'medium') {
      tally.medium++;
      const settles = (d: OfferDecision) => d.plans.some((p) => p.type.startsWith('settlement'));
      if (settles(every) && !settles(shown)) tally.settlementHidden++;
    }
    for (const plan of every.plans) {
      tally.plans++;
      if (plan.termMonths > loan.Loan_Tenure + cap) tally.beyondCap++;
      if (plan.type === 'rate_reduction' && plan.monthlyPayment > loan.Monthly_EMI) tally.rateCutRaises++;
    }
  }
  return tally;
}

export const bench: Bench = async (report) => {
  const policy = loadPolicy();
  const books: [string, LoanRecord[]][] = [['synthetic book (2,000 loans)', generateLoanBook({ n: 2000, seed: 42 })]];
  if (REAL_BOOK) books.push(['loan-recovery.csv (500 loans)', parseLoanBookCsv(readFileSync(REAL_BOOK, 'utf8')).rows]);
  for (const [name, book] of books) {
    const t = quality(book, policy, 15);
    const pct = (n: number, of: number) => (of > 0 ? (100 * n) / of : 0);
    report({ name: `${name}: self-serve decisions`, value: t.offers, unit: 'decisions' });
    report({ name: `${name}: first plan costs more than the current agreement`, value: pct(t.topCostsMore, t.offers), unit: '%' });
    report({ name: `${name}: … while an affordable plan costing no more was there`, value: pct(t.topCostsMoreWithCheaper, t.offers), unit: '%' });
    report({
      name: `${name}: … by more than the fairness limit, above an affordable plan cheaper by more than it`,
      value: pct(t.topCostsMoreBeyondLimitWithCheaper, t.offers),
      unit: '%',
      goal: '0',
    });
    report({ name: `${name}: medium band, affordable settlement hidden`, value: pct(t.settlementHidden, t.medium), unit: '%', goal: '0' });
    report({ name: `${name}: plans past tenure + cap`, value: pct(t.beyondCap, t.plans), unit: '%', goal: '0' });
    report({ name: `${name}: rate cuts raising the EMI`, value: t.rateCutRaises, unit: 'plans', goal: '0' });
  }
};
