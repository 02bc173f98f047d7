import { describe, expect, it } from 'vitest';
import { RECOVERY_MIN_LOANS } from '../../../../bot/staff/supervisor/recoveryRoutes';
import { recoveryPatterns, type GeometryPatterns } from '../../../../models/recovery/recoveryPatterns';
import { generateRecoveryCohort, PLANTED_DRIVERS } from '../../../../models/recovery/syntheticCashFlows';
import { COHORT_WEBHOOK_SECRET, seedRecoveryCohortStore, sendCohortPayments } from '../../../support/recoveryCohortStore';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

/** Asks again, as the page does, until the background report is no longer computing. */
async function whenReady(client: StaffClient, path: string) {
  for (;;) {
    const answer = await client.get(path);
    if (answer.status !== 202) return answer;
    expect(answer.json).toMatchObject({ state: 'computing', since: expect.any(String) });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const shape = (g: GeometryPatterns, months: number, loans: number) => {
  expect(g.clusters).toHaveLength(g.k);
  expect(g.clusters.reduce((n, c) => n + c.loans, 0)).toBe(loans);
  for (const c of g.clusters) {
    expect(c.centroid).toHaveLength(months);
    expect(c.recovered).toBeCloseTo(c.recoveredShare * c.balance, 6);
  }
  // Fastest first; a cluster that collected nothing last.
  const times = g.clusters.map((c) => c.weightedRecoveryMonths ?? Infinity);
  expect(times).toEqual([...times].sort((a, b) => a - b));
};

describe('recovery patterns for supervisors (GET /api/supervisor/recovery)', () => {
  it('on the demo store says there is not enough payment history, and gives labelled synthetic data only when asked', async () => {
    const { url, app } = await startTestApp({ DEMO_ARRANGEMENTS: '60' });
    await app.users.add('ops-admin', 'admin', 'ops-admin-demo-pass', 'Ops admin');
    const supervisor = await StaffClient.signIn(url, 'supervisor');

    const store = await supervisor.get('/api/supervisor/recovery');
    expect(store.status).toBe(200);
    expect(store.json).toMatchObject({ enough: false, need: RECOVERY_MIN_LOANS, months: 12, source: { kind: 'store' } });
    expect(store.json.message).toMatch(new RegExp(`^not enough payment history \\(\\d+ loans, need ${RECOVERY_MIN_LOANS}\\)`));
    expect(store.json).not.toHaveProperty('dtw');
    // The demo's arrangements were agreed over the last ten months: too recent for a 12-month window.
    expect(store.json.counts).toMatchObject({ arrangedLoans: expect.any(Number), observed: 0, notInBook: 0 });
    expect((store.json.counts as { tooRecent: number }).tooRecent).toBeGreaterThan(40);

    const synthetic = await whenReady(supervisor, '/api/supervisor/recovery?demo=1');
    expect(synthetic.status).toBe(200);
    expect(synthetic.json).toMatchObject({
      state: 'ready',
      enough: true,
      months: 36,
      source: { kind: 'synthetic' },
      series: { available: 300, used: 300, cap: 400, months: 36 },
    });
    expect((synthetic.json.source as { label: string }).label).toMatch(/^Seeded synthetic data, not this deployment's loans/);
    const dtw = synthetic.json.dtw as GeometryPatterns;
    const euclidean = synthetic.json.euclidean as GeometryPatterns;
    shape(dtw, 36, 300);
    shape(euclidean, 36, 300);
    // The planted patterns: DTW finds the four, each cluster one pattern, and separates them better than Euclidean.
    expect(dtw.k).toBe(4);
    for (const c of dtw.clusters) expect(Object.keys(c.planted ?? {})).toHaveLength(1);
    expect(dtw.silhouette).toBeGreaterThan(euclidean.silhouette);
    expect(dtw.clusters[0].planted).toHaveProperty('fast_cure');
    expect(dtw.clusters[0].features[0].feature).toBe('Income_Change_Pct');
    // The forest names the planted drivers first, in plain words; Age and Gender are never among the features.
    const importances = synthetic.json.featureImportances as { feature: string; title: string; importance: number }[];
    expect(new Set(importances.slice(0, 3).map((f) => f.feature))).toEqual(new Set(PLANTED_DRIVERS));
    expect(importances[0]).toMatchObject({ feature: 'Days_Past_Due', title: 'Days past due' });
    expect(importances.map((f) => f.feature).filter((f) => /age|gender/i.test(f))).toEqual([]);
    expect(synthetic.json.outOfBagAccuracy).toBeGreaterThan(0.85);
    // A fixed k, the same for both geometries: its own report; asking again reads the same one.
    const three = await whenReady(supervisor, '/api/supervisor/recovery?source=synthetic&k=3');
    expect([(three.json.dtw as GeometryPatterns).k, (three.json.euclidean as GeometryPatterns).k]).toEqual([3, 3]);
    expect((three.json.dtw as GeometryPatterns).silhouettes).toHaveLength(1);
    expect((await supervisor.get('/api/supervisor/recovery?source=synthetic&k=3')).json).toMatchObject({ state: 'ready', computedAt: three.json.computedAt });

    for (const bad of ['k=1', 'k=9', 'k=abc', 'k=3.5', 'months=1', 'months=37', 'source=csv', 'from=2026-02-30', 'from=2026-03-02&to=2026-03-01']) {
      const { status, json } = await supervisor.get(`/api/supervisor/recovery?${bad}`);
      expect({ bad, status }).toEqual({ bad, status: 400 });
      expect(json.error).toMatch(/"(k|months|source|from)"/);
    }
    expect((await (await StaffClient.signIn(url, 'agent')).get('/api/supervisor/recovery')).status).toBe(403);
    expect((await fetch(`${url}/api/supervisor/recovery`)).status).toBe(401);
    expect((await (await StaffClient.signIn(url, 'ops-admin')).get('/api/supervisor/recovery?demo=1')).status).toBe(200);

    const audit = await supervisor.get('/api/supervisor/audit?action=recovery.view');
    const entries = audit.json.entries as { actor: string; detail: { source: string } }[];
    expect(entries.map((e) => `${e.actor}:${e.detail.source}`)).toEqual(
      expect.arrayContaining(['supervisor:store', 'supervisor:synthetic', 'ops-admin:synthetic']),
    );
  }, 60_000);

  it("clusters the deployment's own arrangements and payments once enough loans have been observed for the window", async () => {
    const running = await startTestApp({ SERVICING_WEBHOOK_SECRET: COHORT_WEBHOOK_SECRET });
    const cohort = await seedRecoveryCohortStore(running, { n: 120, seed: 3, monthsAgo: 25 });
    const supervisor = await StaffClient.signIn(running.url, 'supervisor');

    const { status, json } = await whenReady(supervisor, '/api/supervisor/recovery?months=24');
    expect(status).toBe(200);
    expect(json).toMatchObject({ enough: true, months: 24, source: { kind: 'store' }, series: { available: 120, used: 120, months: 24 } });
    expect(json.counts).toMatchObject({ arrangedLoans: 120, observed: 120, tooRecent: 0, notInBook: 0 });
    const dtw = json.dtw as GeometryPatterns;
    shape(dtw, 24, 120);
    shape(json.euclidean as GeometryPatterns, 24, 120);
    expect(dtw.clusters.every((c) => c.planted === undefined)).toBe(true);
    expect(dtw.silhouette).toBeGreaterThan((json.euclidean as GeometryPatterns).silhouette);
    // The centroids are shares of the balance collected per month: the fastest cluster recovers most of it.
    expect(dtw.clusters[0].recoveredShare).toBeGreaterThan(0.5);

    // A new payment changes the data, so the stored report is not served for it: it is computed again.
    const [first] = cohort.loans;
    const windowEnd = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 2, 5)).toISOString().slice(0, 10);
    await sendCohortPayments(running.url, 'late-lump', [
      { reference: 'late-lump-1', loanId: first.Loan_ID, date: windowEnd, amount: first.Outstanding_Loan_Amount / 2 },
    ]);
    const afterPayment = await supervisor.get('/api/supervisor/recovery?months=24');
    expect(afterPayment).toMatchObject({ status: 202, json: { state: 'computing' } });
    const recomputed = await whenReady(supervisor, '/api/supervisor/recovery?months=24');
    expect(Date.parse(recomputed.json.computedAt as string)).toBeGreaterThanOrEqual(Date.parse(json.computedAt as string));
    const total = (r: Record<string, unknown>) => (r.dtw as GeometryPatterns).clusters.reduce((sum, c) => sum + c.recovered, 0);
    expect(total(recomputed.json) - total(json)).toBeCloseTo(first.Outstanding_Loan_Amount / 2, 2);

    // A window longer than the loans have been observed leaves them all out, and says why.
    const long = await supervisor.get('/api/supervisor/recovery?months=30');
    expect(long.json).toMatchObject({ enough: false, counts: { tooRecent: 120, observed: 0 } });
    expect(long.json.message).toMatch(/^not enough payment history \(0 loans, need 50\)/);
  }, 90_000);
  it('clusters off the request thread: the server answers other requests while a report computes, and the report is the in-thread one', async () => {
    const { url } = await startTestApp();
    const supervisor = await StaffClient.signIn(url, 'supervisor');

    const started = await supervisor.get('/api/supervisor/recovery?demo=1');
    expect(started).toMatchObject({ status: 202, json: { state: 'computing', source: { kind: 'synthetic' } } });
    // The health check and a second read are answered while the clustering is still running, and the second read
    // joins the computation already under way instead of starting its own.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const joined = await supervisor.get('/api/supervisor/recovery?demo=1');
    expect(joined).toMatchObject({ status: 202, json: { state: 'computing', since: started.json.since } });

    const { json } = await whenReady(supervisor, '/api/supervisor/recovery?demo=1');
    const cohort = generateRecoveryCohort({ n: 300, seed: 1 });
    const inThread = recoveryPatterns({ ...cohort, balances: cohort.loans.map((l) => l.Outstanding_Loan_Amount) }, { seed: 1, maxSeries: 400 });
    expect({ series: json.series, dtw: json.dtw, euclidean: json.euclidean, featureImportances: json.featureImportances }).toEqual({
      series: inThread.series,
      dtw: inThread.dtw,
      euclidean: inThread.euclidean,
      featureImportances: inThread.explanation?.importances,
    });
  }, 60_000);
});
