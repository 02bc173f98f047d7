import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HARDSHIP_REASONS } from '../loanBook/loanRecord';
import type { PolicyProblem } from '../offers/policy';
import type { SignalKind } from './signal';

/**
 * The fraud policy: thresholds and windows in an ops-editable JSON file beside
 * the offer policy, validated in full so a typo is reported with its JSON
 * path instead of silently turning a signal off. Defaults (models/fraud-policy.json)
 * are documented in the README, "Fraud and anomaly signals".
 */

/** A score threshold: 0.5 means "at the configured limit" (signal.ts, scoreAgainstLimit). */
const threshold = z.number().min(0).max(1);
const count = z.number().int().min(1);
const positive = z.number().positive();
const ascending = (what: string) =>
  z
    .array(positive)
    .min(1)
    .refine((xs) => xs.every((x, i) => i === 0 || x > xs[i - 1]), `${what} must be in increasing order`);

const thresholds = z.strictObject({
  identity_probe_source: threshold,
  identity_probe_loan: threshold,
  income_contradiction: threshold,
  implausible_costs: threshold,
  settlement_threshold_budget: threshold,
  repeat_hardship_claims: threshold,
  early_settlement_request: threshold,
  repayment_anomaly: threshold,
} satisfies Record<SignalKind, typeof threshold>);

const schema = z
  .strictObject({
    version: z.string().min(1),
    thresholds,
    identityProbing: z.strictObject({
      /** Sliding window over identity checks. */
      windowMinutes: positive,
      /** Distinct loans one source (conversation, address, WhatsApp number) may try in the window. */
      loansPerSource: count,
      /** Failed checks (wrong date of birth or phone, unknown loan) one source may make in the window. */
      failedChecksPerSource: count,
      /** Distinct sources one loan may be tried from in the window. */
      sourcesPerLoan: count,
      /** Memory bound: the least recently seen keys are forgotten beyond this. */
      maxTrackedKeys: count,
    }),
    budget: z.strictObject({
      /** Stated income this far below the loan book's, with no hardship that explains a fall. */
      incomeDropPct: z.number().gt(0).max(100),
      /** Stated income this far above the loan book's. */
      incomeRisePct: positive,
      /** Hardships that explain a fall in income. */
      explainingHardships: z.array(z.enum(HARDSHIP_REASONS)),
      /** Essential costs per household member (borrower + Num_Dependents), monthly, in the book's currency. */
      essentialsPerPersonMonthly: z.strictObject({ floor: positive, ceiling: positive }),
      /** Disposable income within this much of a settlement threshold counts as "exactly at" it. */
      settlementThresholdTolerance: positive,
    }),
    velocity: z.strictObject({
      hardshipClaimWindowDays: positive,
      /** Hardship claims one loan may receive in the window. */
      hardshipClaimsPerLoan: count,
      /** A settlement asked for within this many months of origination. */
      settlementWithinMonthsOfOrigination: positive,
      maxTrackedLoans: count,
    }),
    repaymentAnomaly: z.strictObject({
      peerGroups: z.strictObject({
        /** Upper bounds of the tenure bands (months); a last band takes the rest. */
        tenureBandsMonths: ascending('tenureBandsMonths'),
        /** Upper bounds of the loan-amount bands, in the book's currency. */
        amountBands: ascending('amountBands'),
        /** Upper bounds of the burden bands: Monthly_EMI / Monthly_Income. */
        burdenBands: ascending('burdenBands'),
        /** A smaller peer group falls back to the loan type, then to the whole book. */
        minPeers: count.min(5),
      }),
      /** Modified z-score (0.6745·(x − median)/MAD) that counts as far from peers (Iglewicz–Hoaglin: 3.5). */
      robustZLimit: positive,
      isolationForest: z.strictObject({
        trees: count,
        sampleSize: count.min(2),
        seed: z.number().int(),
        /** Isolation score (0.5 ≈ ordinary, towards 1 = isolated quickly) that counts as anomalous. */
        limit: z.number().gt(0.5).lt(1),
      }),
    }),
    decision: z.strictObject({
      /** Withhold settlement offers from a flagged case until a person has looked. */
      withholdSettlements: z.boolean(),
    }),
  })
  .superRefine((p, ctx) => {
    const floors = p.budget.essentialsPerPersonMonthly;
    if (floors.floor >= floors.ceiling)
      ctx.addIssue({ code: 'custom', path: ['budget', 'essentialsPerPersonMonthly', 'floor'], message: 'must be below the ceiling' });
  });

export type FraudPolicy = z.infer<typeof schema>;

/** The fraud policy file is missing, not JSON, or breaks a rule; lists every problem at once. */
export class FraudPolicyError extends Error {
  override readonly name = 'FraudPolicyError';
  constructor(
    readonly problems: PolicyProblem[],
    readonly source: string,
  ) {
    super(`Invalid ${source}:\n${problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n')}`);
  }
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

export function parseFraudPolicy(json: unknown, source = 'fraud policy'): FraudPolicy {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new FraudPolicyError(
    result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
    source,
  );
}

export const DEFAULT_FRAUD_POLICY_FILE = fileURLToPath(new URL('../fraud-policy.json', import.meta.url));

export function loadFraudPolicy(file: string = DEFAULT_FRAUD_POLICY_FILE): FraudPolicy {
  const source = `fraud policy file ${file}`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new FraudPolicyError([{ path: '', message: `cannot read: ${(err as Error).message}` }], source);
  }
  try {
    return parseFraudPolicy(JSON.parse(text), source);
  } catch (err) {
    if (err instanceof FraudPolicyError) throw err;
    throw new FraudPolicyError([{ path: '', message: `not valid JSON: ${(err as Error).message}` }], source);
  }
}

let defaultPolicy: FraudPolicy | undefined;

/** models/fraud-policy.json, read once. */
export function defaultFraudPolicy(): FraudPolicy {
  return (defaultPolicy ??= loadFraudPolicy());
}
