import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../models/offers';
import { experimentArms, type Experiment } from '../../../models/offers/experiment';
import { experimentReport, type BorrowerResult, type ExperimentOutcome } from '../../../models/uplift/experimentReport';

const champion = loadPolicy();
const experiment: Experiment = {
  id: 'exp_0123456789abcdef',
  name: 'longer deferrals',
  status: 'running',
  championVersion: champion.version,
  arms: experimentArms(1, [{ name: 'challenger', weight: 1, policy: { ...champion, version: 'v-challenger' } }], 0.2),
  createdBy: 'sam',
  createdAt: '2026-06-01T09:00:00.000Z',
};

const rows = (arm: string, outcome: ExperimentOutcome, n: number, riskProbability: number, arrangement = true, agentBuilt = false): BorrowerResult[] =>
  Array.from({ length: n }, () => ({ arm, riskProbability, arrangement, agentBuilt, outcome }));

describe('experiment report', () => {
  // Control 48 of 80 cured, challenger 56 of 70 (and 5 still on track), champion only 10 outcomes.
  const results = [
    ...rows('challenger', 'cured', 56, 0.8),
    ...rows('challenger', 'not_cured', 10, 0.8),
    ...rows('challenger', 'not_cured', 4, 0.8, true, true),
    ...rows('challenger', 'pending', 5, 0.8),
    ...rows('control', 'cured', 48, 0.2),
    ...rows('control', 'not_cured', 20, 0.2),
    ...rows('control', 'not_cured', 12, 0.2, false),
    ...rows('champion', 'cured', 5, 0.5),
    ...rows('champion', 'not_cured', 5, 0.5),
  ];
  const report = experimentReport(experiment, results, 3);
  const arm = (name: string) => report.arms.find((a) => a.arm === name)!;

  it('counts borrowers, arrangements and outcomes per arm, the cure rate over those with an outcome', () => {
    expect(report).toMatchObject({ experimentId: experiment.id, minOutcomes: 30, takeUpDays: 30, excluded: 3 });
    expect(arm('challenger')).toMatchObject({
      policyVersion: 'v-challenger',
      borrowers: 75,
      arrangements: 75,
      agentBuilt: 4,
      cured: 56,
      notCured: 14,
      pending: 5,
      cureRate: 0.8,
    });
    expect(arm('control')).toMatchObject({ policyVersion: champion.version, borrowers: 80, arrangements: 68, cured: 48, notCured: 32, cureRate: 0.6 });
    expect(arm('control').uplift).toBeNull();
  });

  it("gives the uplift over the control with Newcombe's interval: +0.2000 (0.0524 to 0.3339)", () => {
    const { uplift } = arm('challenger');
    expect(uplift!.difference).toBeCloseTo(0.2, 10);
    expect(uplift!.low).toBeCloseTo(0.0524, 4);
    expect(uplift!.high).toBeCloseTo(0.3339, 4);
    expect(uplift!.significant).toBe(true);
    // The champion has 10 outcomes: too few to hold the challenger against it, and the uplift alone does not block.
    expect(arm('challenger')).toMatchObject({ versusChampion: null, promotionBlockers: [] });
  });

  it('draws the Qini curve with the riskiest first: 56 extra cures once the 70 challengers are in, 56 − 48 × 70/80 = 14 at the end', () => {
    const { points } = arm('challenger').qini!;
    expect(points).toHaveLength(151);
    expect(points[0]).toEqual({ share: 0, qini: 0 });
    expect(points[70]).toEqual({ share: 70 / 150, qini: 56 });
    expect(points.at(-1)!.share).toBe(1);
    expect(points.at(-1)!.qini).toBeCloseTo(14, 10);
  });

  it('says "not enough outcomes yet" instead of an uplift for an arm with too few', () => {
    expect(arm('champion')).toMatchObject({ borrowers: 10, cureRate: 0.5, uplift: null, qini: null });
    expect(arm('champion').note).toBe('not enough outcomes yet: 10 in this arm and 80 in the control, 30 each needed');
    const early = experimentReport(experiment, rows('challenger', 'pending', 40, 0.5), 0);
    expect(early.arms.map((a) => a.cureRate)).toEqual([null, null, null]);
    expect(early.arms[1].note).toMatch(/^not enough outcomes yet: 0 in this arm and 0 in the control/);
  });

  it('thins a long curve for the chart, keeping the last point', () => {
    const many = experimentReport(experiment, [...rows('challenger', 'cured', 300, 0.6), ...rows('control', 'not_cured', 300, 0.4)], 0);
    const { points } = many.arms[1].qini!;
    expect(points.length).toBeLessThanOrEqual(201);
    expect(points.at(-1)).toEqual({ share: 1, qini: 300 });
  });
});
