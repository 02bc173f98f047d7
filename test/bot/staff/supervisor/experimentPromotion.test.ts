import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../../models/offers';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp, type RunningApp } from '../../../support/testApp';

const BASE = '/api/supervisor/experiments';
const champion = loadPolicy();
const challenger = { ...champion, version: 'challenger-longer-deferral', deferral: { ...champion.deferral, maxMonths: 6 } };
const INPUT = { name: 'Longer deferrals', controlShare: 0.2, challengers: [{ name: 'challenger', policy: challenger }] };
const REASON = 'Board decision 2026-12: deferrals up to 6 months for all';

async function running(settings: object = {}) {
  const started = await startTestApp();
  const supervisor = await StaffClient.signIn(started.url, 'supervisor');
  const created = await supervisor.call('POST', BASE, { ...INPUT, ...settings });
  expect(created.status).toBe(201);
  return { ...started, supervisor, id: String(created.json.id) };
}

/** `n` borrowers in each arm assigned 40 days ago who never took a plan up: an outcome each, not cured. */
async function lapsed(app: RunningApp['app'], id: string, n: number) {
  const at = new Date(Date.now() - 40 * 86_400_000).toISOString();
  for (const arm of ['champion', 'challenger', 'control'])
    for (let i = 0; i < n; i++) await app.experiments.record({ experimentId: id, loanId: `LN_${arm}_${i}`, arm, policyVersion: 'v', at, riskProbability: 0.5 });
}

describe('experiment settings', () => {
  it('takes the take-up window and minimum outcomes at creation, defaults as before, and shows them on the experiment and the report', async () => {
    const { supervisor, id } = await running({ takeUpDays: 45, minOutcomes: 12 });
    expect((await supervisor.get(`${BASE}/${id}`)).json.settings).toEqual({ takeUpDays: 45, minOutcomes: 12 });
    expect((await supervisor.get(BASE)).json.items).toMatchObject([{ id, settings: { takeUpDays: 45, minOutcomes: 12 } }]);
    expect((await supervisor.get(`${BASE}/${id}/report`)).json).toMatchObject({ takeUpDays: 45, minOutcomes: 12 });
    await supervisor.call('POST', `${BASE}/${id}/stop`);
    const plain = await supervisor.call('POST', BASE, { ...INPUT, name: 'defaults' });
    expect(plain.json.settings).toEqual({ takeUpDays: 30, minOutcomes: 30 });
  });

  it('reads an experiment started before settings were chosen as the defaults it ran with', async () => {
    const { url, app } = await startTestApp();
    const id = 'exp_00000000000000ee';
    await app.experiments.start({
      ...{ id, name: 'older', status: 'running', championVersion: champion.version, createdBy: 'supervisor', createdAt: new Date().toISOString() },
      arms: [
        { name: 'champion', weight: 0.5 },
        { name: 'challenger', weight: 0.4, policy: challenger },
        { name: 'control', weight: 0.1 },
      ],
    });
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    expect((await supervisor.get(`${BASE}/${id}`)).json.settings).toEqual({ takeUpDays: 30, minOutcomes: 30 });
    expect((await supervisor.get(`${BASE}/${id}/report`)).json).toMatchObject({ takeUpDays: 30, minOutcomes: 30 });
  });

  it('refuses settings outside their ranges with a 400 naming the field', async () => {
    const { url } = await startTestApp();
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const cases: [object, string][] = [
      [{ takeUpDays: 6 }, 'takeUpDays: must be from 7 to 180'],
      [{ takeUpDays: 181 }, 'takeUpDays: must be from 7 to 180'],
      [{ takeUpDays: 30.5 }, 'takeUpDays: must be a whole number'],
      [{ minOutcomes: 9 }, 'minOutcomes: must be from 10 to 1000'],
      [{ minOutcomes: '30' }, 'minOutcomes: must be a number'],
    ];
    for (const [settings, error] of cases) {
      const res = await supervisor.call('POST', BASE, { ...INPUT, ...settings });
      expect([res.status, res.json.error], JSON.stringify(settings)).toEqual([400, error]);
    }
    expect((await supervisor.get(BASE)).json.count).toBe(0);
  });

  it("judges take-up by the experiment's own window", async () => {
    const { app, supervisor, id } = await running({ takeUpDays: 60, minOutcomes: 10 });
    await lapsed(app, id, 10);
    // Assigned 40 days ago, inside a 60-day window: not yet an outcome.
    const arms = (await supervisor.get(`${BASE}/${id}/report`)).json.arms as { pending: number; notCured: number }[];
    expect(arms.map((a) => [a.pending, a.notCured])).toEqual([
      [10, 0],
      [10, 0],
      [10, 0],
    ]);
  });
});

describe('promoting on little evidence', () => {
  it('is refused (409) with the reason while there are not enough outcomes, and the experiment keeps running', async () => {
    const { app, supervisor, id } = await running();
    const res = await supervisor.call('POST', `${BASE}/${id}/promote`, { arm: 'challenger' });
    expect(res.status).toBe(409);
    expect(res.json.error).toBe(
      'Promoting "challenger" is blocked: not enough outcomes yet: 0 in this arm and 0 in the control, 30 each needed. ' +
        'To promote it anyway, send override: { reason } (at least 20 characters); the audit log keeps it with this evidence.',
    );
    expect((await app.services.experiments!.current()).experiment?.id).toBe(id);
    expect((await app.audit.read({ target: id })).map((e) => e.action)).toEqual(['experiment.create']);
  });

  it('is refused when the uplift interval does not exclude zero, even with enough outcomes', async () => {
    const { app, supervisor, id } = await running({ minOutcomes: 10 });
    await lapsed(app, id, 10);
    const report = (await supervisor.get(`${BASE}/${id}/report`)).json.arms as {
      arm: string;
      uplift: { low: number; high: number };
      promotionBlockers?: string[];
    }[];
    const arm = report.find((a) => a.arm === 'challenger')!;
    // 0 of 10 against 0 of 10: Wilson's interval for 0/10 is 0 to 0.2775, so the difference runs ±27.8 points.
    expect(arm.uplift.low).toBeCloseTo(-0.2775, 4);
    expect(arm.promotionBlockers).toEqual(['the uplift over the control is not shown: its 95 % interval (-27.8 pts to +27.8 pts) does not exclude zero']);
    const res = await supervisor.call('POST', `${BASE}/${id}/promote`, {});
    expect(res.status).toBe(409);
    expect(res.json.error).toMatch(/^Promoting "challenger" is blocked: the uplift over the control is not shown/);
  });

  it('needs a reason of at least 20 characters to override', async () => {
    const { supervisor, id } = await running();
    const cases: [object, string][] = [
      [{ override: {} }, 'override.reason: must say why'],
      [{ override: { reason: '   too short      ' } }, 'override.reason: say why you promote on this evidence, in at least 20 characters'],
      [{ override: { reason: REASON, by: 'someone' } }, expect.stringMatching(/^override: /) as unknown as string],
    ];
    for (const [body, error] of cases) {
      const res = await supervisor.call('POST', `${BASE}/${id}/promote`, body);
      expect([res.status, res.json.error], JSON.stringify(body)).toEqual([400, error]);
    }
  });

  it('promotes with an override, and the audit log keeps the reason with the evidence that blocked it', async () => {
    const { app, supervisor, id } = await running({ minOutcomes: 10 });
    await lapsed(app, id, 10);
    const res = await supervisor.call('POST', `${BASE}/${id}/promote`, { arm: 'challenger', override: { reason: `  ${REASON}  ` } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'promoted', champion: { version: challenger.version } });
    const [entry] = await app.audit.read({ action: 'experiment.promote', target: id });
    expect(entry.detail).toMatchObject({
      arm: 'challenger',
      borrowers: 10,
      uplift: { difference: 0, significant: false },
      versusChampion: { difference: 0, harm: false },
      blockers: [expect.stringMatching(/does not exclude zero/)],
      override: { reason: REASON },
    });
  });
});
