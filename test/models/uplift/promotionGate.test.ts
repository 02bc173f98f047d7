import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../models/offers';
import { experimentArms, type Experiment } from '../../../models/offers/experiment';
import { experimentReport, type BorrowerResult } from '../../../models/uplift/experimentReport';

const champion = loadPolicy();
const experiment = (minOutcomes: number): Experiment => ({
  id: 'exp_0123456789abcdef',
  name: 'gate',
  status: 'running',
  championVersion: champion.version,
  arms: experimentArms(1, [{ name: 'challenger', weight: 1, policy: { ...champion, version: 'v-challenger' } }], 0.2),
  settings: { takeUpDays: 45, minOutcomes },
  createdBy: 'sam',
  createdAt: '2026-06-01T09:00:00.000Z',
});

/** `cured` of `n` borrowers in `arm` with an outcome. */
const arm = (name: string, cured: number, n: number): BorrowerResult[] =>
  Array.from({ length: n }, (_, i) => ({ arm: name, riskProbability: 0.5, arrangement: true, agentBuilt: false, outcome: i < cured ? 'cured' : 'not_cured' }));

const challengerOf = (results: BorrowerResult[], minOutcomes = 40) => {
  const report = experimentReport(experiment(minOutcomes), results, 0);
  return { report, challenger: report.arms.find((a) => a.arm === 'challenger')! };
};

// Newcombe's hybrid score intervals below are worked by hand from the Wilson intervals of each side (z = 1.96).
describe('promotion gate and harm signal', () => {
  it('takes the minimum outcomes and take-up window from the experiment', () => {
    const { report, challenger } = challengerOf([...arm('challenger', 24, 39), ...arm('control', 12, 40)]);
    expect(report).toMatchObject({ minOutcomes: 40, takeUpDays: 45 });
    expect(challenger.uplift).toBeNull();
    expect(challenger.promotionBlockers).toEqual(['not enough outcomes yet: 39 in this arm and 40 in the control, 40 each needed']);
  });

  it('lets a challenger through when its uplift excludes zero: 24/40 against 12/40 is +0.300 (0.0820 to 0.4813)', () => {
    const { challenger } = challengerOf([...arm('challenger', 24, 40), ...arm('control', 12, 40), ...arm('champion', 20, 40)]);
    expect(challenger.uplift!.low).toBeCloseTo(0.082, 4);
    expect(challenger.uplift!.high).toBeCloseTo(0.4813, 4);
    expect(challenger.versusChampion).toMatchObject({ harm: false });
    expect(challenger.promotionBlockers).toEqual([]);
  });

  it('blocks an uplift whose interval spans zero: 20/40 against 16/40 is +0.100 (−0.1136 to +0.3014)', () => {
    const { challenger } = challengerOf([...arm('challenger', 20, 40), ...arm('control', 16, 40)]);
    expect(challenger.uplift).toMatchObject({ significant: false });
    expect(challenger.uplift!.low).toBeCloseTo(-0.1136, 4);
    expect(challenger.uplift!.high).toBeCloseTo(0.3014, 4);
    expect(challenger.promotionBlockers).toEqual([
      'the uplift over the control is not shown: its 95 % interval (-11.4 pts to +30.1 pts) does not exclude zero',
    ]);
  });

  it('flags harm when the challenger cures fewer than the champion: 12/40 against 28/40 is −0.400 (−0.5686 to −0.1818)', () => {
    const { challenger } = challengerOf([...arm('challenger', 12, 40), ...arm('control', 4, 40), ...arm('champion', 28, 40)]);
    expect(challenger.versusChampion!.difference).toBeCloseTo(-0.4, 10);
    expect(challenger.versusChampion!.low).toBeCloseTo(-0.5686, 4);
    expect(challenger.versusChampion!.high).toBeCloseTo(-0.1818, 4);
    expect(challenger.versusChampion!.harm).toBe(true);
    // Better than the control, and still blocked: promoting it would cure fewer than the champion does now.
    expect(challenger.uplift!.significant).toBe(true);
    expect(challenger.promotionBlockers).toEqual(["its cure rate is worse than the champion's (-40.0 pts, 95 % interval -56.9 pts to -18.2 pts)"]);
  });

  it('compares with the champion only once both have enough outcomes, and gates only challengers', () => {
    const { report, challenger } = challengerOf([...arm('challenger', 12, 40), ...arm('control', 4, 40), ...arm('champion', 28, 39)]);
    expect(challenger.versusChampion).toBeNull();
    const champ = report.arms.find((a) => a.arm === 'champion')!;
    expect([champ.versusChampion, champ.promotionBlockers]).toEqual([null, undefined]);
  });
});
