import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../../models/offers';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

const BASE = '/api/supervisor/experiments';
const champion = loadPolicy();
const challenger = { ...champion, version: 'challenger-longer-deferral', deferral: { ...champion.deferral, maxMonths: 6 } };
const INPUT = { name: 'Longer deferrals', controlShare: 0.2, challengers: [{ name: 'challenger', policy: challenger }] };

describe('/api/supervisor/experiments', () => {
  it('is for supervisors: agents get 403, strangers 401', async () => {
    const { url } = await startTestApp();
    const agent = await StaffClient.signIn(url, 'agent');
    expect((await agent.get(BASE)).status).toBe(403);
    expect((await agent.call('POST', BASE, INPUT)).status).toBe(403);
    expect((await agent.call('POST', `${BASE}/exp_0000000000000000/promote`, {})).status).toBe(403);
    expect((await fetch(`${url}${BASE}`)).status).toBe(401);
    expect((await (await StaffClient.signIn(url, 'supervisor')).get(BASE)).status).toBe(200);
  });

  it('checks a challenger policy with the schema of policy.json, and refuses a second running experiment', async () => {
    const { url } = await startTestApp();
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const withPolicy = (policy: unknown, extra: object = {}) => ({ ...INPUT, challengers: [{ name: 'challenger', policy, ...extra }] });
    const cases: [unknown, RegExp][] = [
      [withPolicy({ ...challenger, maxPlansOffered: 0 }), /maxPlansOffered/],
      [
        withPolicy({ ...challenger, bands: { ...challenger.bands, low: { action: 'offer', plans: ['deferral', 'deferral'] } } }),
        /bands\.low\.plans\[1\]: "deferral" is listed twice/,
      ],
      [withPolicy(champion), /version must differ from the champion/],
      [withPolicy({ ...challenger, currency: 'GBP' }), /currency must be the champion's/],
      [withPolicy(challenger, { name: 'control' }), /champion and control/],
      [{ ...INPUT, controlShare: 0 }, /controlShare/],
      [{ ...INPUT, challengers: [] }, /challengers/],
      [{ ...INPUT, challengers: [INPUT.challengers[0], INPUT.challengers[0]] }, /own name/],
    ];
    for (const [body, message] of cases) {
      const res = await supervisor.call('POST', BASE, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(String(res.json.error)).toMatch(message);
    }
    expect((await supervisor.get(BASE)).json.count).toBe(0);
    expect((await supervisor.call('POST', BASE, INPUT)).status).toBe(201);
    expect((await supervisor.call('POST', BASE, { ...INPUT, name: 'another' })).status).toBe(409);
    expect((await supervisor.get(`${BASE}/nope`)).status).toBe(400);
    expect((await supervisor.get(`${BASE}/exp_0000000000000000`)).status).toBe(404);
  });

  it('reports each arm honestly before there are outcomes', async () => {
    const { url } = await startTestApp();
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const id = String((await supervisor.call('POST', BASE, INPUT)).json.id);
    const { status, json } = await supervisor.get(`${BASE}/${id}/report`);
    expect(status).toBe(200);
    const arms = json.arms as { arm: string; weight: number; borrowers: number; uplift: unknown; note?: string }[];
    expect(arms.map((a) => [a.arm, a.weight])).toEqual([
      ['champion', 0.4],
      ['challenger', 0.4],
      ['control', 0.2],
    ]);
    expect(arms.every((a) => a.borrowers === 0 && a.uplift === null)).toBe(true);
    expect(arms[1].note).toMatch(/not enough outcomes yet/);
  });

  it('promotes a challenger (audited): the experiment ends and new borrowers get that policy as champion', async () => {
    const { url, app } = await startTestApp();
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const created = await supervisor.call('POST', BASE, INPUT);
    const id = String(created.json.id);
    expect((await app.services.experiments!.current()).experiment?.id).toBe(id);
    expect((await supervisor.call('POST', `${BASE}/${id}/promote`, { arm: 'champion' })).status).toBe(400);

    // No outcome yet: only with a reason (experimentPromotion.test.ts has the gate).
    const promoted = await supervisor.call('POST', `${BASE}/${id}/promote`, { override: { reason: 'Regulator asked for longer deferrals now' } });
    expect(promoted.status).toBe(200);
    expect(promoted.json).toMatchObject({
      status: 'promoted',
      ended: { by: 'supervisor', promotedArm: 'challenger', replaces: champion.version },
      champion: { version: challenger.version },
    });
    const now = await app.services.experiments!.current();
    expect(now.experiment).toBeUndefined();
    expect(now.champion).toEqual(challenger);
    const list = await supervisor.get(BASE);
    expect(list.json.champion).toEqual({ version: challenger.version, deployedVersion: champion.version, policy: challenger, promotedFrom: id });
    const again = await supervisor.call('POST', `${BASE}/${id}/promote`, { override: { reason: 'Regulator asked for longer deferrals now' } });
    expect([again.status, again.json.error]).toEqual([409, 'A promoted experiment cannot promote']);
    expect((await supervisor.call('POST', `${BASE}/${id}/stop`)).status).toBe(409);

    const audit = await app.audit.read({ target: id });
    expect(audit.map((e) => e.action).reverse()).toEqual(['experiment.create', 'experiment.promote']);
    expect(audit[0]).toMatchObject({
      actor: 'supervisor',
      role: 'supervisor',
      detail: {
        arm: 'challenger',
        policyVersion: challenger.version,
        previousChampion: champion.version,
        borrowers: 0,
        uplift: null,
        blockers: ['not enough outcomes yet: 0 in this arm and 0 in the control, 30 each needed'],
        override: { reason: 'Regulator asked for longer deferrals now' },
      },
    });
  });

  it('stops an experiment (audited): borrowers go back to the champion', async () => {
    const { url, app } = await startTestApp();
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const id = String((await supervisor.call('POST', BASE, INPUT)).json.id);
    const stopped = await supervisor.call('POST', `${BASE}/${id}/stop`);
    expect(stopped.json).toMatchObject({ status: 'stopped', ended: { by: 'supervisor' } });
    expect(await app.services.experiments!.current()).toEqual({ champion, experiment: undefined });
    expect((await app.audit.read({ target: id })).map((e) => e.action)).toEqual(['experiment.stop', 'experiment.create']);
    // With none running, a new one may start.
    expect((await supervisor.call('POST', BASE, { ...INPUT, name: 'second try' })).status).toBe(201);
  });
});
