import { signServicingPayload } from '../../bot/channels/servicing/servicingSignature';
import { generateLoanBook } from '../../models/loanBook/syntheticLoanBook';
import { createArrangement, instalmentSchedule } from '../../models/offers';
import { addDays, addMonths } from '../../models/shared/calendar';
import { budgetInput } from '../models/offers/fixtures';
import type { RunningApp } from './testApp';

/** The servicing webhook's secret an app needs for `experimentOutcomes` (startTestApp({ SERVICING_WEBHOOK_SECRET })). */
export const EVIDENCE_SECRET = 'servicing-test-secret-0123456789abcdef';

/**
 * Outcomes for an experiment's report: `kept` borrowers of the book in `arm` who agreed their shortest plan just after
 * their assignment, long enough ago that it has all fallen due, and paid every instalment on its day (cured), sent
 * through the servicing webhook; then `lapsed` made-up borrowers in each of `lapsedArms` assigned 40 days ago who
 * never took a plan up (not cured).
 */
export async function experimentOutcomes(
  { app, url, config }: RunningApp,
  experimentId: string,
  kept: { arm: string; count: number },
  lapsed: { arms: string[]; count: number },
): Promise<void> {
  const budget = app.services.offers.computeBudget(budgetInput(60_000));
  const decide = (loan: Parameters<typeof app.services.offers.makeOffers>[0]['loan'], today: Date) =>
    app.services.offers.makeOffers({ loan, risk: { probability: 0.3, band: 'medium' }, budget, vulnerable: false, crisis: false, temporary: true, today })
      .plans;
  const payments: { loan: string; date: string; amount: number; reference: string }[] = [];
  let agreedPlans = 0;
  for (const loan of generateLoanBook({ n: config.DEMO_LOANS, seed: config.DEMO_SEED })) {
    if (agreedPlans === kept.count) break;
    const shortest = decide(loan, new Date())
      .filter((p) => p.monthlyPayment > 0 && p.termMonths <= 24)
      .sort((a, b) => a.termMonths - b.termMonths)[0];
    if (!shortest) continue;
    const agreed = addMonths(new Date(), -(shortest.termMonths + 2));
    const plan = decide(loan, agreed).find((p) => p.id === shortest.id)!;
    const arrangement = createArrangement({ loan, plan, channel: 'agent', now: agreed });
    await app.arrangements.save(arrangement);
    instalmentSchedule(arrangement).forEach((due, i) =>
      payments.push({ loan: loan.Loan_ID, date: due.dueDate, amount: due.amount, reference: `PAY-${loan.Loan_ID}-${i}` }),
    );
    const at = addDays(agreed, -1).toISOString();
    await app.experiments.record({ experimentId, loanId: loan.Loan_ID, arm: kept.arm, policyVersion: 'v', at, riskProbability: 0.3 });
    agreedPlans++;
  }
  if (agreedPlans !== kept.count) throw new Error(`the demo book has fewer than ${kept.count} loans with a short plan`);
  const body = JSON.stringify({ id: `delivery-${experimentId}`, payments });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers = {
    'content-type': 'application/json',
    'x-forbear-timestamp': timestamp,
    'x-forbear-signature': signServicingPayload(EVIDENCE_SECRET, timestamp, body),
  };
  const res = await fetch(`${url}/api/servicing/payments`, { method: 'POST', headers, body });
  const { recorded } = (await res.json()) as { recorded: number };
  if (recorded !== payments.length) throw new Error(`the servicing webhook recorded ${recorded} of ${payments.length} payments`);
  const at = addDays(new Date(), -40).toISOString();
  for (const arm of lapsed.arms)
    for (let i = 0; i < lapsed.count; i++)
      await app.experiments.record({ experimentId, loanId: `LN_${arm}_${i}`, arm, policyVersion: 'v', at, riskProbability: 0.3 });
}
