import { describe, expect, it } from 'vitest';
import { signServicingPayload } from '../../../../bot/channels/servicing/servicingSignature';
import { computeBudget, createArrangement, instalmentSchedule, makeOffers } from '../../../../models/offers';
import { addDays } from '../../../../models/shared/calendar';
import { budgetInput, loan, policy } from '../../../models/offers/fixtures';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

const SECRET = 'servicing-test-secret-0123456789abcdef';

describe('promise history for agents and supervisors', () => {
  it('shows each instalment paid or missed and the promise broken, to agents and supervisors only', async () => {
    const { url, app } = await startTestApp({ SERVICING_WEBHOOK_SECRET: SECRET, PROMISE_GRACE_DAYS: '3' });
    const agreedAt = addDays(new Date(), -100);
    const inputs = {
      loan: loan({ Loan_ID: 'LN_90001' }),
      risk: { probability: 0.3, band: 'medium' as const },
      budget: computeBudget(budgetInput(3000), policy),
    };
    const { plans } = makeOffers({ ...inputs, vulnerable: false, crisis: false, temporary: true, today: agreedAt }, policy);
    const arrangement = createArrangement({ loan: inputs.loan, plan: plans.find((p) => p.type !== 'deferral')!, channel: 'webchat', now: agreedAt });
    await app.arrangements.save(arrangement);
    const first = instalmentSchedule(arrangement)[0];
    const body = JSON.stringify({ id: 'delivery-history', payments: [{ loan: 'LN_90001', date: first.dueDate, amount: first.amount, reference: 'PAY-H1' }] });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const paid = await fetch(`${url}/api/servicing/payments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forbear-timestamp': timestamp, 'x-forbear-signature': signServicingPayload(SECRET, timestamp, body) },
      body,
    });
    expect((await paid.json()).recorded).toBe(1);

    const path = '/api/staff/loans/LN_90001/promises';
    for (const name of ['agent', 'supervisor']) {
      const { status, json } = await (await StaffClient.signIn(url, name)).get(path);
      expect(status).toBe(200);
      const [promise] = json.promises as { reference: string; state: string; instalments: { state: string }[]; daysPastDue: number }[];
      expect(promise).toMatchObject({ reference: arrangement.reference, state: 'broken' });
      expect(promise.instalments.slice(0, 2).map((i) => i.state)).toEqual(['paid', 'missed']);
      expect(promise.daysPastDue).toBeGreaterThan(3);
      expect(json.payments).toEqual([{ reference: 'PAY-H1', date: first.dueDate, amount: first.amount, source: 'webhook' }]);
    }
    expect((await fetch(url + path)).status).toBe(401);
    expect((await (await StaffClient.signIn(url, 'agent')).get('/api/staff/loans/LN%20bad/promises')).status).toBe(400);
  });
});
