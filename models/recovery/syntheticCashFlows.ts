/**
 * Seeded synthetic recovery cohort with planted patterns, for tests, the
 * bench and the demo. Each loan's pattern is drawn first and its loan
 * features follow from it, so the features that should explain the clusters
 * are known:
 *
 * - fast_cure: under 90 days past due, income roughly intact (−10 %..+10 %):
 *   a catch-up lump of 25–40 % of the balance in month 2, 3 or 4, then
 *   instalments of 3–4 % a month until paid off.
 * - slow_steady: under 90 days past due, income down 25–60 %: 2.8–3.4 % a
 *   month from the start, a month in ten missed.
 * - late_recovery: 100–300 days past due, collateral worth 0.8–1.5× the loan:
 *   nothing until month 12–17 (collateral realised, a settlement), then a lump
 *   of 35–60 %, sometimes a smaller one the month after.
 * - never: 100–300 days past due, collateral under 0.3× the loan: a token
 *   payment now and then.
 *
 * Everything else in the loan row comes from the synthetic loan book and
 * carries no signal about the pattern. Amounts are shares of the balance at
 * the start; the cumulative share never exceeds 1.
 */
import type { LoanRecord } from '../loanBook/loanRecord';
import { generateLoanBook } from '../loanBook/syntheticLoanBook';
import { createRandom, type Random } from '../shared/random';

export const RECOVERY_PATTERNS = ['fast_cure', 'slow_steady', 'late_recovery', 'never'] as const;
export type RecoveryPattern = (typeof RECOVERY_PATTERNS)[number];

/** The loan columns the generator derives from the pattern: what the explaining forest should rank first. */
export const PLANTED_DRIVERS = ['Days_Past_Due', 'Income_Change_Pct', 'Collateral_To_Loan'] as const;

export interface RecoveryCohort {
  loans: LoanRecord[];
  /** Per loan, collections per month as a share of the balance at the start. */
  series: number[][];
  planted: RecoveryPattern[];
}

const WEIGHTS = [0.3, 0.3, 0.2, 0.2];

function shape(pattern: RecoveryPattern, months: number, random: Random): number[] {
  const flows = new Array<number>(months).fill(0);
  if (pattern === 'fast_cure') {
    const lump = 1 + random.int(3);
    flows[lump] = random.uniform(0.25, 0.4);
    const instalment = random.uniform(0.03, 0.04);
    for (let t = lump + 1; t < months; t++) if (random.chance(0.92)) flows[t] = instalment;
  } else if (pattern === 'slow_steady') {
    const instalment = random.uniform(0.028, 0.034);
    for (let t = random.int(2); t < months; t++) if (random.chance(0.9)) flows[t] = instalment * random.uniform(0.9, 1.1);
  } else if (pattern === 'late_recovery') {
    const onset = Math.min(months - 1, 12 + random.int(6));
    flows[onset] = random.uniform(0.35, 0.6);
    if (onset + 1 < months && random.chance(0.5)) flows[onset + 1] = random.uniform(0.05, 0.15);
  } else {
    for (let t = 0; t < months; t++) if (random.chance(0.08)) flows[t] = random.uniform(0.002, 0.006);
  }
  let left = 1;
  return flows.map((f) => {
    const paid = Math.min(f, left);
    left -= paid;
    return Number(paid.toFixed(5));
  });
}

function plantFeatures(loan: LoanRecord, pattern: RecoveryPattern, random: Random): LoanRecord {
  const early = pattern === 'fast_cure' || pattern === 'slow_steady';
  const income = pattern === 'fast_cure' ? random.uniform(-10, 10) : pattern === 'slow_steady' ? random.uniform(-60, -25) : random.uniform(-60, 10);
  const collateral = pattern === 'late_recovery' ? random.uniform(0.8, 1.5) : pattern === 'never' ? random.uniform(0, 0.3) : random.uniform(0, 1.5);
  return {
    ...loan,
    Days_Past_Due: early ? 10 + random.int(80) : 100 + random.int(201),
    Income_Change_Pct: Math.round(income),
    Collateral_Value: Math.round(loan.Loan_Amount * collateral),
  };
}

export function generateRecoveryCohort(options: { n: number; seed: number; months?: number }): RecoveryCohort {
  const { n, seed, months = 36 } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isInteger(months) || months < 18) throw new RangeError(`months must be an integer >= 18 (late recoveries start by month 17), got ${months}`);
  const random = createRandom(seed);
  const book = generateLoanBook({ n: Math.max(n, 10), seed }).slice(0, n);
  const planted = book.map(() => random.weighted(RECOVERY_PATTERNS, WEIGHTS));
  const loans = book.map((loan, i) => plantFeatures(loan, planted[i], random));
  return { loans, planted, series: planted.map((p) => shape(p, months, random)) };
}

/** How many loans of each planted pattern ended up in `cluster`: how a clustering of the cohort is judged. */
export function plantedMix(planted: readonly RecoveryPattern[], labels: readonly number[], cluster: number): Partial<Record<RecoveryPattern, number>> {
  const mix: Partial<Record<RecoveryPattern, number>> = {};
  planted.forEach((p, i) => {
    if (labels[i] === cluster) mix[p] = (mix[p] ?? 0) + 1;
  });
  return mix;
}
