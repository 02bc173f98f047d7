import { describe, expect, it } from 'vitest';
import { signServicingPayload } from '../../../../bot/channels/servicing/servicingSignature';
import { createArrangement, instalmentSchedule, makeOffers, computeBudget } from '../../../../models/offers';
import { addDays, isoDate } from '../../../../models/shared/calendar';
import { budgetInput, loan, policy } from '../../../models/offers/fixtures';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

const SECRET = 'servicing-test-secret-0123456789abcdef';

describe('promise KPIs on the supervisor dashboard', () => {
  it('computes kept and cure rates from the stored arrangements and payments, for supervisors only', async () => {
    const { url, app } = await startTestApp({ SERVICING_WEBHOOK_SECRET: SECRET, PROMISE_GRACE_DAYS: '3', PROMISE_CURE_PAYMENTS: '2' });
    // Mid-morning UTC, the same calendar day in India: in the evening UTC the agreement's local day is the next one
    // and the date range below read one day off (this test failed after 18:30 UTC).
    const agreedAt = addDays(new Date(`${isoDate(new Date())}T06:00:00Z`), -130);
    const inputs = {
      loan: loan({ Loan_ID: 'LN_90001' }),
      risk: { probability: 0.3, band: 'medium' as const },
      budget: computeBudget(budgetInput(3000), policy),
    };
    const { plans } = makeOffers({ ...inputs, vulnerable: false, crisis: false, temporary: true, today: agreedAt }, policy);
    const arrangement = createArrangement({ loan: inputs.loan, plan: plans.find((p) => p.type !== 'deferral')!, channel: 'agent', now: agreedAt });
    await app.arrangements.save(arrangement);
    // The first instalment is paid on its day, nothing after: kept nothing, broken, and in arrears by the rest that fell due.
    const [first, ...rest] = instalmentSchedule(arrangement).filter((s) => s.dueDate < isoDate(addDays(new Date(), -3)));
    const body = JSON.stringify({ id: 'delivery-kpi', payments: [{ loan: 'LN_90001', date: first.dueDate, amount: first.amount, reference: 'PAY-K1' }] });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const headers = {
      'content-type': 'application/json',
      'x-forbear-timestamp': timestamp,
      'x-forbear-signature': signServicingPayload(SECRET, timestamp, body),
    };
    expect((await (await fetch(`${url}/api/servicing/payments`, { method: 'POST', headers, body })).json()).recorded).toBe(1);

    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const { status, json } = await supervisor.get('/api/supervisor/promises');
    expect(status).toBe(200);
    expect(json).toMatchObject({ arrangements: 1, due: 1, kept: 0, keptRate: 0, brokenEver: 1, cured: 0, cureRate: 0, recovered: first.amount });
    expect(json.arrears).toBeCloseTo(
      rest.reduce((s, r) => s + r.amount, 0),
      2,
    );
    expect(json.byChannel).toMatchObject([{ key: 'agent', arrangements: 1 }]);
    expect(json.byBand).toMatchObject([{ key: 'not scored' }]);
    expect((json.timeToCure as { all: { n: number } }).all.n).toBe(1);

    // The range is by the day it was agreed.
    const later = isoDate(addDays(agreedAt, 1));
    expect((await supervisor.get(`/api/supervisor/promises?from=${later}`)).json.arrangements).toBe(0);
    expect((await supervisor.get(`/api/supervisor/promises?to=${isoDate(agreedAt)}`)).json.arrangements).toBe(1);

    expect((await supervisor.get('/api/supervisor/promises?from=2026-02-30')).status).toBe(400);
    expect((await supervisor.get('/api/supervisor/promises?from=2026-03-02&to=2026-03-01')).status).toBe(400);
    expect((await (await StaffClient.signIn(url, 'agent')).get('/api/supervisor/promises')).status).toBe(403);
    expect((await fetch(`${url}/api/supervisor/promises`)).status).toBe(401);
  });

  it('the demo store is seeded with the same arrangements and payments every time, and only once', async () => {
    const kpis = async (dataDir?: string) => {
      const { url, app, config } = await startTestApp({ DEMO_ARRANGEMENTS: '25' }, dataDir);
      const { json } = await (await StaffClient.signIn(url, 'supervisor')).get('/api/supervisor/promises');
      await app.close();
      return { json, dataDir: config.dataDir };
    };
    const first = await kpis();
    expect(first.json.arrangements).toBe(25);
    expect(first.json.keptRate).toBeGreaterThan(0);
    expect(first.json.cured).toBeGreaterThan(0);
    expect(first.json.brokenEver).toBeGreaterThan(first.json.cured as number);
    expect((await kpis()).json).toEqual(first.json);
    // A restart on the same store adds nothing.
    expect((await kpis(first.dataDir)).json.arrangements).toBe(25);
  });
});
