import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../models/offers';
import { arrangementTag, assignArm, championPolicy, experimentArms, treatmentFor, type Experiment } from '../../../models/offers/experiment';

const champion = loadPolicy();
const challenger = { ...champion, version: 'challenger-richer-deferral', deferral: { ...champion.deferral, maxMonths: 6 } };
const loans = Array.from({ length: 10_000 }, (_, i) => `LN_${100000 + i}`);

function experiment(status: Experiment['status'] = 'running'): Experiment {
  return {
    id: 'exp_0123456789abcdef',
    name: 'longer deferrals',
    status,
    championVersion: champion.version,
    arms: experimentArms(1, [{ name: 'challenger', weight: 1, policy: challenger }], 0.2),
    createdBy: 'sam',
    createdAt: '2026-12-01T09:00:00.000Z',
  };
}

describe('champion/challenger assignment', () => {
  it('splits the borrowers by weight: 10 000 loans land within 2 points of 40/40/20', () => {
    const counts = new Map<string, number>();
    for (const loan of loans) {
      const arm = assignArm(loan, 'exp_0123456789abcdef', experiment().arms);
      counts.set(arm, (counts.get(arm) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['challenger', 'champion', 'control']);
    expect(Math.abs(counts.get('champion')! / 10_000 - 0.4)).toBeLessThan(0.02);
    expect(Math.abs(counts.get('challenger')! / 10_000 - 0.4)).toBeLessThan(0.02);
    expect(Math.abs(counts.get('control')! / 10_000 - 0.2)).toBeLessThan(0.02);
  });

  it('gives a loan the same arm every time, and a different experiment draws afresh', () => {
    const arms = experiment().arms;
    const first = loans.slice(0, 500).map((l) => assignArm(l, 'exp_0123456789abcdef', arms));
    expect(
      loans.slice(0, 500).map((l) =>
        assignArm(
          l,
          'exp_0123456789abcdef',
          [...arms].map((a) => ({ ...a })),
        ),
      ),
    ).toEqual(first);
    const other = loans.slice(0, 500).map((l) => assignArm(l, 'exp_fedcba9876543210', arms));
    expect(other).not.toEqual(first);
    // Pinned: a change to the hash would silently move borrowers between arms mid-experiment.
    expect(first.slice(0, 6)).toMatchInlineSnapshot(`
      [
        "challenger",
        "challenger",
        "challenger",
        "challenger",
        "champion",
        "challenger",
      ]
    `);
  });

  it('never picks an arm of weight 0, and refuses weights that add up to nothing', () => {
    const weights = [
      { name: 'champion', weight: 1 },
      { name: 'control', weight: 0 },
    ];
    expect(new Set(loans.slice(0, 1000).map((l) => assignArm(l, 'e', weights)))).toEqual(new Set(['champion']));
    expect(() => assignArm('LN_1', 'e', [{ name: 'champion', weight: 0 }])).toThrow(RangeError);
    expect(() =>
      assignArm('LN_1', 'e', [
        { name: 'champion', weight: -1 },
        { name: 'x', weight: 2 },
      ]),
    ).toThrow(RangeError);
  });

  it('splits what the control leaves by relative weights', () => {
    const arms = experimentArms(
      2,
      [
        { name: 'a', weight: 1, policy: challenger },
        { name: 'b', weight: 1, policy: challenger },
      ],
      0.2,
    );
    expect(arms.map((a) => [a.name, a.weight])).toEqual([
      ['champion', 0.4],
      ['a', 0.2],
      ['b', 0.2],
      ['control', 0.2],
    ]);
  });
});

describe('treatment of one borrower', () => {
  it("gives each arm its policy: a challenger's own, the champion's for the champion and the control (sent to a person)", () => {
    const seen = new Map<string, ReturnType<typeof treatmentFor>>();
    for (const loan of loans.slice(0, 200)) {
      const t = treatmentFor(loan, false, champion, experiment());
      seen.set(t.tag!.arm, t);
    }
    expect(seen.get('challenger')).toMatchObject({ policy: challenger, control: false, tag: { policyVersion: 'challenger-richer-deferral' } });
    expect(seen.get('champion')).toMatchObject({ policy: champion, control: false, tag: { policyVersion: champion.version } });
    expect(seen.get('control')).toMatchObject({ policy: champion, control: true, tag: { arm: 'control', policyVersion: champion.version } });
  });

  it('keeps every protected borrower on the champion, excluded from the analysis', () => {
    for (const loan of loans.slice(0, 300)) {
      const t = treatmentFor(loan, true, champion, experiment());
      expect(t).toEqual({
        policy: champion,
        control: false,
        tag: { id: 'exp_0123456789abcdef', arm: 'champion', policyVersion: champion.version, excluded: true },
      });
    }
  });

  it('keeps a borrower recorded as protected on the champion, even when a later decision finds nothing to protect', () => {
    const treated = loans.find((loan) => assignArm(loan, 'exp_0123456789abcdef', experiment().arms) === 'challenger')!;
    const recorded = {
      experimentId: 'exp_0123456789abcdef',
      loanId: treated,
      arm: 'champion',
      policyVersion: champion.version,
      at: '2026-12-02T10:00:00.000Z',
      riskProbability: 0.3,
      excluded: true as const,
    };
    expect(treatmentFor(treated, false, champion, experiment(), recorded)).toEqual({
      policy: champion,
      control: false,
      tag: { id: 'exp_0123456789abcdef', arm: 'champion', policyVersion: champion.version, excluded: true },
    });
    // An assignment from another experiment says nothing about this one.
    expect(treatmentFor(treated, false, champion, experiment(), { ...recorded, experimentId: 'exp_other' }).tag?.arm).toBe('challenger');
  });

  it('is the champion, untagged, when no experiment runs', () => {
    expect(treatmentFor('LN_1', false, champion, undefined)).toEqual({ policy: champion, control: false });
    expect(treatmentFor('LN_1', false, champion, experiment('stopped'))).toEqual({ policy: champion, control: false });
  });
});

describe('the champion in force', () => {
  const promoted = (at: string, replaces: string, policy = challenger): Experiment => ({
    ...experiment('promoted'),
    arms: experimentArms(1, [{ name: 'challenger', weight: 1, policy }], 0.2),
    ended: { at, by: 'sam', promotedArm: 'challenger', replaces },
  });

  it('is the latest promoted challenger while the deployed file is the one it replaced, and a newer file once ops deploy one', () => {
    expect(championPolicy(champion, [experiment(), experiment('stopped')])).toBe(champion);
    expect(championPolicy(champion, [promoted('2026-12-04T10:00:00Z', champion.version)])).toBe(challenger);
    const later = { ...challenger, version: 'later' };
    expect(championPolicy(champion, [promoted('2026-12-04T10:00:00Z', champion.version), promoted('2026-12-05T10:00:00Z', champion.version, later)])).toBe(
      later,
    );
    const redeployed = { ...champion, version: '2027.1' };
    expect(championPolicy(redeployed, [promoted('2026-12-04T10:00:00Z', champion.version)])).toBe(redeployed);
  });
});

describe("an arrangement's arm", () => {
  const recorded = {
    experimentId: 'exp_0123456789abcdef',
    loanId: 'LN_1',
    arm: 'champion',
    policyVersion: 'v1',
    at: '2026-06-01T09:00:00.000Z',
    riskProbability: 0.4,
  };
  const decided = { id: 'exp_0123456789abcdef', arm: 'challenger', policyVersion: 'v-challenger' };

  it('is the recorded assignment, never the arm of a later decision, and keeps its exclusion', () => {
    expect(arrangementTag(recorded, decided, {})).toEqual({ id: recorded.experimentId, arm: 'champion', policyVersion: 'v1' });
    expect(arrangementTag({ ...recorded, excluded: true }, decided, {})).toEqual({
      id: recorded.experimentId,
      arm: 'champion',
      policyVersion: 'v1',
      excluded: true,
    });
  });

  it("is the decision's when nothing is recorded, marked when an agent built the plan, and none outside an experiment", () => {
    expect(arrangementTag(undefined, decided, {})).toEqual(decided);
    expect(arrangementTag(recorded, decided, { agentBuilt: true })).toMatchObject({ arm: 'champion', agentBuilt: true });
    expect(arrangementTag(undefined, undefined, { agentBuilt: true })).toBeUndefined();
  });
});
