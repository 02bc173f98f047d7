import { z } from 'zod';
import { CHAMPION_ARM, CONTROL_ARM, DEFAULT_EXPERIMENT_SETTINGS, EXPERIMENT_SETTING_LIMITS, type ExperimentSettings } from '../../../models/offers/experiment';
import { parsePolicy, PolicyError, type OfferPolicy } from '../../../models/offers/policy';
import { firstIssue } from '../../../models/shared/firstIssue';
import { HttpError } from '../../infra/http/httpErrors';

/** What a supervisor may send the experiments API: a new experiment and its settings, and a promotion with its override. */
const weight = z.number().positive().max(100);
/** A whole number within the setting's limits, the default when left out. */
const setting = (name: keyof ExperimentSettings) => {
  const { min, max } = EXPERIMENT_SETTING_LIMITS[name];
  return z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be from ${min} to ${max}`)
    .max(max, `must be from ${min} to ${max}`)
    .default(DEFAULT_EXPERIMENT_SETTINGS[name]);
};
export const inputSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  championWeight: weight.default(1),
  /** Some borrowers must get the standard treatment, or there is nothing to measure uplift against. */
  controlShare: z.number().min(0.05).max(0.5).default(0.1),
  takeUpDays: setting('takeUpDays'),
  minOutcomes: setting('minOutcomes'),
  challengers: z
    .array(
      z.strictObject({
        name: z
          .string()
          .regex(/^[a-z][a-z0-9-]{0,31}$/, 'a short lower-case name such as "challenger" or "longer-deferral"')
          .refine((n) => n !== CHAMPION_ARM && n !== CONTROL_ARM, 'champion and control are the other arms'),
        weight: weight.default(1),
        policy: z.unknown(),
      }),
    )
    .min(1)
    .max(3),
});
export const OVERRIDE_MIN_CHARS = 20;
export const promoteSchema = z.strictObject({
  arm: z.string().optional(),
  /** Promoting against what the evidence says needs a reason the audit trail keeps with it. */
  override: z
    .strictObject({
      reason: z
        .string({ error: 'must say why' })
        .trim()
        .min(OVERRIDE_MIN_CHARS, `say why you promote on this evidence, in at least ${OVERRIDE_MIN_CHARS} characters`)
        .max(1000),
    })
    .optional(),
});

export function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = firstIssue(parsed.error);
  throw new HttpError(400, `${issue.where}: ${issue.message}`);
}

/** A challenger policy, checked by the same schema as models/policy.json, every problem listed. */
export function challengerPolicy(json: unknown, name: string, champion: OfferPolicy): OfferPolicy {
  let policy: OfferPolicy;
  try {
    policy = parsePolicy(json, `challenger "${name}"`);
  } catch (err) {
    if (err instanceof PolicyError) throw new HttpError(400, err.message);
    throw err;
  }
  if (policy.version === champion.version) throw new HttpError(400, `challenger "${name}": its version must differ from the champion's (${champion.version})`);
  // Amounts in the plans, the budget and the report are one currency.
  if (policy.currency !== champion.currency) throw new HttpError(400, `challenger "${name}": currency must be the champion's (${champion.currency})`);
  return policy;
}
