import { describe, expect, it } from 'vitest';
import { signServicingPayload } from '../../../../bot/channels/servicing/servicingSignature';
import { generateLoanBook } from '../../../../models/loanBook/syntheticLoanBook';
import { createArrangement, instalmentSchedule, loadPolicy } from '../../../../models/offers';
import { addDays, addMonths } from '../../../../models/shared/calendar';
import { budgetInput } from '../../../models/offers/fixtures';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

const BASE = '/api/supervisor/experiments';
const SECRET = 'servicing-test-secret-0123456789abcdef';
const champion = loadPolicy();
const challenger = { ...champion, version: 'challenger-evidence' };

describe('promoting on evidence that shows the uplift', () => {
  it('needs no override when every challenger borrower kept their plan and no control borrower took one up', async () => {
    const { url, app, config } = await startTestApp({ SERVICING_WEBHOOK_SECRET: SECRET });
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const created = await supervisor.call('POST', BASE, {
      name: 'evidence',
      controlShare: 0.2,
      minOutcomes: 10,
      challengers: [{ name: 'challenger', policy: challenger }],
    });
    const id = String(created.json.id);
    const { services } = app;
    const budget = services.offers.computeBudget(budgetInput(60_000));
    const payments: { loan: string; date: string; amount: number; reference: string }[] = [];
    const loans = generateLoanBook({ n: config.DEMO_LOANS, seed: config.DEMO_SEED });
    let kept = 0;
    for (const loan of loans) {
      if (kept === 10) break;
      const today = new Date();
      const offers = services.offers.makeOffers({
        loan,
        risk: { probability: 0.3, band: 'medium' },
        budget,
        vulnerable: false,
        crisis: false,
        temporary: true,
        today,
      });
      const shortest = offers.plans.filter((p) => p.monthlyPayment > 0).sort((a, b) => a.termMonths - b.termMonths)[0];
      if (!shortest || shortest.termMonths > 24) continue;
      // Agreed long enough ago that the whole plan has fallen due, every instalment paid on its day: kept.
      const agreed = addMonths(today, -(shortest.termMonths + 2));
      const plan = services.offers
        .makeOffers({ loan, risk: { probability: 0.3, band: 'medium' }, budget, vulnerable: false, crisis: false, temporary: true, today: agreed })
        .plans.find((p) => p.id === shortest.id)!;
      const arrangement = createArrangement({ loan, plan, channel: 'agent', now: agreed });
      await app.arrangements.save(arrangement);
      instalmentSchedule(arrangement).forEach((due, i) =>
        payments.push({ loan: loan.Loan_ID, date: due.dueDate, amount: due.amount, reference: `PAY-${loan.Loan_ID}-${i}` }),
      );
      const at = addDays(agreed, -1).toISOString();
      await app.experiments.record({ experimentId: id, loanId: loan.Loan_ID, arm: 'challenger', policyVersion: challenger.version, at, riskProbability: 0.3 });
      kept++;
    }
    expect(kept).toBe(10);
    const body = JSON.stringify({ id: 'delivery-evidence', payments });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers = {
      'content-type': 'application/json',
      'x-forbear-timestamp': timestamp,
      'x-forbear-signature': signServicingPayload(SECRET, timestamp, body),
    };
    expect((await (await fetch(`${url}/api/servicing/payments`, { method: 'POST', headers, body })).json()).recorded).toBe(payments.length);
    const lapsedAt = addDays(new Date(), -40).toISOString();
    for (let i = 0; i < 10; i++)
      await app.experiments.record({
        experimentId: id,
        loanId: `LN_control_${i}`,
        arm: 'control',
        policyVersion: champion.version,
        at: lapsedAt,
        riskProbability: 0.3,
      });

    const arms = (await supervisor.get(`${BASE}/${id}/report`)).json.arms as {
      arm: string;
      cured: number;
      uplift: { low: number; significant: boolean };
      promotionBlockers?: string[];
    }[];
    const arm = arms.find((a) => a.arm === 'challenger')!;
    // 10 of 10 against 0 of 10: Wilson's bounds are 0.7225 to 1 and 0 to 0.2775, so Newcombe's low end is 1 − 0.27753 × √2.
    expect(arm).toMatchObject({ cured: 10, uplift: { significant: true }, promotionBlockers: [] });
    expect(arm.uplift.low).toBeCloseTo(1 - 0.2775 * Math.SQRT2, 4);
    const promoted = await supervisor.call('POST', `${BASE}/${id}/promote`, {});
    expect(promoted.status).toBe(200);
    const [entry] = await app.audit.read({ action: 'experiment.promote', target: id });
    expect(entry.detail).toMatchObject({ borrowers: 10, blockers: [] });
    expect(entry.detail).not.toHaveProperty('override');
  });
});
