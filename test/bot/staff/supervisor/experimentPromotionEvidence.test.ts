import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../../models/offers';
import { EVIDENCE_SECRET, experimentOutcomes } from '../../../support/experimentEvidence';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

const BASE = '/api/supervisor/experiments';
const champion = loadPolicy();
const INPUT = {
  name: 'evidence',
  controlShare: 0.2,
  minOutcomes: 10,
  challengers: [{ name: 'challenger', policy: { ...champion, version: 'challenger-evidence' } }],
};

type ArmRow = {
  arm: string;
  cured: number;
  uplift: { low: number; significant: boolean };
  versusChampion: { high: number; harm: boolean } | null;
  promotionBlockers?: string[];
};

async function running() {
  const started = await startTestApp({ SERVICING_WEBHOOK_SECRET: EVIDENCE_SECRET });
  const supervisor = await StaffClient.signIn(started.url, 'supervisor');
  const id = String((await supervisor.call('POST', BASE, INPUT)).json.id);
  const challenger = async () => ((await supervisor.get(`${BASE}/${id}/report`)).json.arms as ArmRow[]).find((a) => a.arm === 'challenger')!;
  return { started, supervisor, id, challenger };
}

// Wilson's 95 % bounds for 10 of 10 are 0.72247 to 1 and for 0 of 10, 0 to 0.27753: Newcombe's interval for the
// difference, 1 − 0 either way, runs from 1 − 0.27753 × √2 = 0.6075 up.
describe('promoting on evidence that shows the uplift', () => {
  it('needs no override when every challenger borrower kept their plan and no control borrower took one up', async () => {
    const { started, supervisor, id, challenger } = await running();
    await experimentOutcomes(started, id, { arm: 'challenger', count: 10 }, { arms: ['control'], count: 10 });
    const arm = await challenger();
    expect(arm).toMatchObject({ cured: 10, uplift: { significant: true }, versusChampion: null, promotionBlockers: [] });
    expect(arm.uplift.low).toBeCloseTo(1 - 0.27753 * Math.SQRT2, 4);
    const promoted = await supervisor.call('POST', `${BASE}/${id}/promote`, {});
    expect(promoted.status).toBe(200);
    const [entry] = await started.app.audit.read({ action: 'experiment.promote', target: id });
    expect(entry.detail).toMatchObject({ borrowers: 10, blockers: [] });
    expect(entry.detail).not.toHaveProperty('override');
  });

  it('flags harm, and refuses promotion, when the champion cures every borrower and the challenger none', async () => {
    const { started, supervisor, id, challenger } = await running();
    await experimentOutcomes(started, id, { arm: 'champion', count: 10 }, { arms: ['challenger', 'control'], count: 10 });
    const arm = await challenger();
    expect(arm.versusChampion).toMatchObject({ harm: true });
    expect(arm.versusChampion!.high).toBeCloseTo(-(1 - 0.27753 * Math.SQRT2), 4);
    expect(arm.promotionBlockers).toEqual([
      'the uplift over the control is not shown: its 95 % interval (-27.8 pts to +27.8 pts) does not exclude zero',
      "its cure rate is worse than the champion's (-100.0 pts, 95 % interval -100.0 pts to -60.8 pts)",
    ]);
    const res = await supervisor.call('POST', `${BASE}/${id}/promote`, {});
    expect([res.status, res.json.error]).toEqual([409, expect.stringContaining("its cure rate is worse than the champion's")]);
  });
});
