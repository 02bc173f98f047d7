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
