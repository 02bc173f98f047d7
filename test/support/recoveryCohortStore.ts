import { signServicingPayload } from '../../bot/channels/servicing/servicingSignature';
import { computeBudget, createArrangement, makeOffers } from '../../models/offers';
import { generateRecoveryCohort, type RecoveryCohort } from '../../models/recovery/syntheticCashFlows';
import { cohortPayments } from '../../models/recovery/syntheticPayments';
import { seededRandom } from '../../models/shared/random';
import { budgetInput, loan as fixtureLoan, policy } from '../models/offers/fixtures';
import type { RunningApp } from './testApp';

export const COHORT_WEBHOOK_SECRET = 'recovery-cohort-secret-0123456789abcdef';

/**
 * The planted recovery cohort as a deployment would hold it: its loans in the loan book, one arrangement each agreed
 * on the 10th of the month `monthsAgo` months back, and the payments of its months so far through the signed
 * servicing webhook (the app must run with SERVICING_WEBHOOK_SECRET = COHORT_WEBHOOK_SECRET).
 */
export async function seedRecoveryCohortStore(running: RunningApp, options: { n: number; seed: number; monthsAgo: number }): Promise<RecoveryCohort> {
  const { app, url } = running;
  const cohort = generateRecoveryCohort({ n: options.n, seed: options.seed });
  await app.loanBook.upsertMany(cohort.loans);
  const today = new Date();
  const agreedAt = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - options.monthsAgo, 10, 6));
  const entered = agreedAt.toISOString().slice(0, 7);
  const offers = makeOffers(
    {
      loan: fixtureLoan(),
      risk: { probability: 0.3, band: 'medium' },
      budget: computeBudget(budgetInput(3000), policy),
      vulnerable: false,
      crisis: false,
      temporary: true,
      today: agreedAt,
    },
    policy,
  );
  const plan = offers.plans.find((p) => p.type !== 'deferral')!;
  const random = seededRandom(options.seed);
  for (const loan of cohort.loans) await app.arrangements.save(createArrangement({ loan, plan, channel: 'agent', now: agreedAt, random }));
  const firstOfThisMonth = today.toISOString().slice(0, 8) + '01';
  const payments = cohortPayments(cohort, entered).filter((p) => p.date < firstOfThisMonth);
  for (let i = 0; i < payments.length; i += 1000) {
    await sendCohortPayments(url, `cohort-${options.seed}-${i}`, payments.slice(i, i + 1000));
  }
  return cohort;
}

/** One signed delivery of the servicing webhook; throws unless every payment was accepted. */
export async function sendCohortPayments(url: string, id: string, payments: readonly { loanId: string; date: string; amount: number; reference: string }[]) {
  const body = JSON.stringify({ id, payments: payments.map(({ loanId: loan, ...p }) => ({ loan, ...p })) });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const res = await fetch(`${url}/api/servicing/payments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forbear-timestamp': timestamp,
      'x-forbear-signature': signServicingPayload(COHORT_WEBHOOK_SECRET, timestamp, body),
    },
    body,
  });
  const result = (await res.json()) as { recorded: number; rejected: unknown[] };
  if (res.status !== 200 || result.rejected.length > 0) throw new Error(`cohort payments refused: ${res.status} ${JSON.stringify(result).slice(0, 300)}`);
}
