import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RISK_BANDS } from '../risk/bands';
import { PLAN_TYPES, SETTLEMENT_TYPES } from './plan';

/**
 * The lender's offer policy: an ops-editable JSON file, validated in full so a
 * typo is reported with its JSON path instead of silently changing offers.
 */

const pct = z.number().min(0).max(100);
const months = z.number().int().min(1);

const discountTier = z.strictObject({
  /** The tier applies from this many days past due until the next tier starts. */
  minDaysPastDue: z.number().int().min(0),
  minPct: pct,
  maxPct: pct,
});

const bandRules = z.strictObject({
  action: z.enum(['offer', 'escalate']),
  plans: z.array(z.enum(PLAN_TYPES)),
  settlementDiscounts: z.array(discountTier).default([]),
});

/**
 * How a plan changes the chance the borrower cures (models/offers/cure.ts): the risk score's probability of
 * not recovering is spread over the contract's remaining months as a monthly hazard, which each month of a
 * plan scales by its payment burden and, for relief that returns to the full payment, by whether the
 * borrower said the hardship is temporary.
 */
const cureShape = {
  /** The risk score's probability is spread over the contract's remaining months, but never fewer than this. */
  minHazardMonths: months,
  /** A month's hazard × e^(burden × (payment ÷ disposable income − the contract payment's share)), shares capped at 2. */
  burden: z.number().min(0).max(10),
  /** Hazard multiplier from the month a deferral or reduced-payment plan returns to the full payment, by the borrower's answer. */
  afterRelief: z.strictObject({ temporary: z.number().gt(0), unknown: z.number().gt(0), lasting: z.number().gt(0) }),
};
const CURE_DEFAULTS = { minHazardMonths: 12, burden: 1.5, afterRelief: { temporary: 0.8, unknown: 1.15, lasting: 1.4 } };

/**
 * What an agent may build by hand when the engine finds no plan (models/offers/agentPlans.ts): a token payment
 * (a small amount for a few months), a breathing space (no payment and no collection contact for a set number
 * of days), reduced instalments for longer than the engine's fixed run; term extensions keep the engine's limits.
 */
const agentPlans = z.strictObject({
  tokenPayment: z.strictObject({ minAmount: z.number().positive(), maxPctOfContract: pct.gt(0), maxMonths: months.max(12) }),
  breathingSpace: z.strictObject({ days: z.array(z.number().int().min(30).max(360).multipleOf(30)).min(1) }),
  reducedPayment: z.strictObject({ maxMonths: months.max(24) }),
});
const AGENT_PLAN_DEFAULTS = {
  tokenPayment: { minAmount: 100, maxPctOfContract: 10, maxMonths: 6 },
  breathingSpace: { days: [30, 60] },
  reducedPayment: { maxMonths: 12 },
};

const budgetCost = z.enum(['housing', 'utilities', 'food', 'transport', 'childcare', 'priorityBills', 'otherCosts', 'otherDebtRepayments']);

const schema = z
  .strictObject({
    version: z.string().min(1),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "GBP"'),
    /** How amounts are written for the borrower (BCP 47), e.g. "en-GB", "en-IN". */
    locale: z
      .string()
      .default('en-GB')
      .refine((l) => Intl.NumberFormat.supportedLocalesOf([l]).length === 1, 'a locale this runtime knows, such as "en-GB"'),
    maxPlansOffered: z.number().int().min(1),
    affordability: z.strictObject({ maxShareOfDisposableIncome: z.number().gt(0).max(1) }),
    bands: z.strictObject({ low: bandRules, medium: bandRules, high: bandRules }),
    deferral: z.strictObject({ maxMonths: months.max(12), capitaliseInterest: z.boolean() }),
    termExtension: z.strictObject({ stepMonths: months, maxMonths: months, maxTotalTermMonths: months }),
    rateReduction: z.strictObject({ minRatePct: pct, stepPct: z.number().gt(0).max(100) }),
    reducedPayment: z.strictObject({ months, minPctOfContract: pct.gt(0), maxPctOfContract: pct.lt(100), stepPct: z.number().gt(0).max(100) }),
    arrearsPlan: z.strictObject({ maxMonths: months.min(2) }),
    settlement: z.strictObject({ floorPctOfBalance: pct.gt(0), discountStepPct: z.number().gt(0).max(100), maxInstalments: months.min(2) }),
    npv: z.strictObject({ annualDiscountRatePct: z.number().min(0).max(100) }),
    /** No plan, deferrals included, takes the loan past its original tenure by more than this (RBI's resolution frameworks allowed two years). */
    termCap: z.strictObject({ maxMonthsBeyondOriginalTenure: z.number().int().min(0) }).default({ maxMonthsBeyondOriginalTenure: 24 }),
    /**
     * What the lender still recovers when a plan fails: (100 − lgdPct) % of today's balance. The default is the
     * user's loan-recovery export as `npm run lgd` estimates it (60.6 %, a partial recovery taken as half the balance).
     */
    recoveryOnFailure: z.strictObject({ lgdPct: pct }).default({ lgdPct: 61 }),
    cure: z.strictObject(cureShape).default(CURE_DEFAULTS),
    /** A plan costing the borrower more than the current agreement by more than this share of it is never ranked above a cheaper affordable plan. */
    fairness: z.strictObject({ maxExtraCostPctOfContract: pct }).default({ maxExtraCostPctOfContract: 1 }),
    agentPlans: agentPlans.default(AGENT_PLAN_DEFAULTS),
    budget: z.strictObject({
      /** A cost above typical × this factor is flagged for a human. */
      implausibleFactor: z.number().gt(1),
      /** Typical costs rise this much per dependant. */
      perDependantPct: pct,
      maxMonthlyIncome: z.number().positive(),
      typicalMonthly: z.record(budgetCost, z.number().positive()),
    }),
  })
  .superRefine((p, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (p.termExtension.stepMonths > p.termExtension.maxMonths) problem(['termExtension', 'stepMonths'], 'must not exceed termExtension.maxMonths');
    if (p.agentPlans.breathingSpace.days.some((d) => d / 30 > p.deferral.maxMonths))
      problem(
        ['agentPlans', 'breathingSpace', 'days'],
        `a breathing space pauses payments, so it may not outlast deferral.maxMonths (${p.deferral.maxMonths})`,
      );
    if (p.reducedPayment.minPctOfContract > p.reducedPayment.maxPctOfContract)
      problem(['reducedPayment', 'minPctOfContract'], 'must not exceed reducedPayment.maxPctOfContract');
    for (const band of RISK_BANDS) {
      const rules = p.bands[band];
      rules.plans.forEach((type, i) => {
        if (rules.plans.indexOf(type) !== i) problem(['bands', band, 'plans', i], `"${type}" is listed twice`);
      });
      const tiers = rules.settlementDiscounts;
      if (rules.plans.some((t) => SETTLEMENT_TYPES.includes(t)) && tiers[0]?.minDaysPastDue !== 0)
        problem(['bands', band, 'settlementDiscounts'], 'this band offers settlements, so it needs discount tiers, the first from minDaysPastDue 0');
      tiers.forEach((tier, i) => {
        const at = ['bands', band, 'settlementDiscounts', i];
        if (tier.minPct > tier.maxPct) problem([...at, 'minPct'], 'must not exceed maxPct');
        if (tier.maxPct > 100 - p.settlement.floorPctOfBalance)
          problem([...at, 'maxPct'], `a ${tier.maxPct}% discount would settle below the floor of ${p.settlement.floorPctOfBalance}% of the balance`);
        if (i > 0 && tier.minDaysPastDue <= tiers[i - 1].minDaysPastDue) problem([...at, 'minDaysPastDue'], 'tiers must be in increasing minDaysPastDue order');
      });
    }
  });

export type OfferPolicy = z.infer<typeof schema>;
export type DiscountTier = z.infer<typeof discountTier>;
export type BandRules = z.infer<typeof bandRules>;

export interface PolicyProblem {
  /** JSON path such as "bands.low.plans[1]"; empty for the document itself. */
  path: string;
  message: string;
}

/** The policy file is missing, not JSON, or breaks a rule; lists every problem at once. */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  constructor(
    readonly problems: PolicyProblem[],
    readonly source = 'policy',
  ) {
    super(`Invalid offer ${source}:\n${problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n')}`);
  }
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

export function parsePolicy(json: unknown, source?: string): OfferPolicy {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new PolicyError(
    result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
    source,
  );
}

export const DEFAULT_POLICY_FILE = fileURLToPath(new URL('../policy.json', import.meta.url));

export function loadPolicy(file: string = DEFAULT_POLICY_FILE): OfferPolicy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PolicyError([{ path: '', message: `cannot read: ${(err as Error).message}` }], `policy file ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PolicyError([{ path: '', message: `not valid JSON: ${(err as Error).message}` }], `policy file ${file}`);
  }
  return parsePolicy(json, `policy file ${file}`);
}

let defaultPolicy: OfferPolicy | undefined;

/** models/policy.json, read once. */
export function defaultOfferPolicy(): OfferPolicy {
  return (defaultPolicy ??= loadPolicy());
}
