import { afterAll, describe, expect, it } from 'vitest';
import { experimentResults } from '../../../../bot/casework/experiments/experimentOutcomes';
import { ExperimentStore } from '../../../../bot/casework/experiments/experimentStore';
import { computeBudget, createArrangement, instalmentSchedule, makeOffers, type Arrangement } from '../../../../models/offers';
import { experimentArms, type ArmAssignment, type Experiment } from '../../../../models/offers/experiment';
import type { Payment } from '../../../../models/payments/payment';
import { addDays } from '../../../../models/shared/calendar';
import { seededRandom } from '../../../../models/shared/random';
import { memoryBackend } from '../../../support/memoryDocuments';
import { testSchema } from '../../../support/postgresSchema';
import { pgInstances } from '../promises/promiseFixture';
import { budgetInput, loan, policy } from '../../../models/offers/fixtures';

const experiment: Experiment = {
  id: 'exp_0123456789abcdef',
  name: 'longer deferrals',
  status: 'running',
  championVersion: policy.version,
  arms: experimentArms(1, [{ name: 'challenger', weight: 1, policy: { ...policy, version: 'v-challenger' } }], 0.2),
  createdBy: 'sam',
  createdAt: '2026-01-01T09:00:00.000Z',
};
const assigned = new Date('2026-01-05T10:00:00Z');
const random = seededRandom(5);
const settings = { graceDays: 3, curePayments: 2 };

function arrangementFor(loanId: string, at: Date): Arrangement {
  const inputs = { loan: loan({ Loan_ID: loanId }), risk: { probability: 0.3, band: 'medium' as const }, budget: computeBudget(budgetInput(3000), policy) };
  const plan = makeOffers({ ...inputs, vulnerable: false, crisis: false, temporary: true, today: at }, policy).plans.find((p) => p.type !== 'deferral')!;
  return createArrangement({ loan: inputs.loan, plan, channel: 'webchat', now: at, random });
}

const assignment = (loanId: string, at = assigned, extra: Partial<ArmAssignment> = {}): ArmAssignment => ({
  experimentId: experiment.id,
  loanId,
  arm: 'challenger',
  policyVersion: 'v-challenger',
  at: at.toISOString(),
  riskProbability: 0.4,
  ...extra,
});

describe('experiment outcomes, by intention to treat', () => {
  it('judges the first arrangement after the assignment by its promise, and no take-up within the experiment window (30 days unless chosen) as not cured', async () => {
    const kept = arrangementFor('LN_1', addDays(assigned, 1));
    const broken = arrangementFor('LN_2', addDays(assigned, 1));
    const all = instalmentSchedule(kept);
    const today = addDays(new Date(`${all.at(-1)!.dueDate}T12:00:00Z`), 10);
    const recent = arrangementFor('LN_3', addDays(today, -5));
    const before = arrangementFor('LN_6', addDays(assigned, -20));
    const payments: Payment[] = all.map((p, i) => ({
      reference: `P${i}`,
      loanId: 'LN_1',
      date: p.dueDate,
      amount: p.amount,
      source: 'csv',
      recordedAt: p.dueDate,
    }));
    const byLoan = new Map([kept, broken, recent, before].map((a) => [a.loanId, [a]]));
    const sources = {
      arrangements: { forLoan: async (id: string) => byLoan.get(id) ?? [] },
      payments: { forLoan: async (id: string) => payments.filter((p) => p.loanId === id) },
      settings,
    };
    const assignments = [
      assignment('LN_1'),
      assignment('LN_2'),
      assignment('LN_3'),
      assignment('LN_4'),
      assignment('LN_5', addDays(today, -10)),
      assignment('LN_6'),
      assignment('LN_7', assigned, { excluded: true }),
    ];
    const { results, excluded } = await experimentResults(experiment, assignments, sources, today);
    expect(excluded).toBe(1);
    expect(results.map((r) => [r.outcome, r.arrangement])).toEqual([
      ['cured', true],
      ['not_cured', true],
      ['pending', true],
      ['not_cured', false],
      ['pending', false],
      // Its arrangement came before the experiment assigned it an arm.
      ['not_cured', false],
    ]);
    // An experiment started with a 7-day take-up window judges the borrower assigned 10 days ago already.
    const short = await experimentResults(
      { ...experiment, settings: { takeUpDays: 7, minOutcomes: 30 } },
      [assignment('LN_5', addDays(today, -10))],
      sources,
      today,
    );
    expect(short.results.map((r) => r.outcome)).toEqual(['not_cured']);
  });
});

describe('experiment store', () => {
  it("keeps a loan's first arm, and marks it excluded when a later decision finds a protection", async () => {
    const store = new ExperimentStore(memoryBackend());
    await store.record(assignment('LN_1'));
    await store.record(assignment('LN_1', addDays(assigned, 3), { arm: 'champion' }));
    expect(await store.assignments(experiment.id)).toEqual([assignment('LN_1')]);
    await store.record(assignment('LN_1', addDays(assigned, 4), { arm: 'champion', excluded: true }));
    expect(await store.assignments(experiment.id)).toEqual([{ ...assignment('LN_1'), excluded: true }]);
  });

  it("gives a loan's recorded arm in the running experiment only", async () => {
    const store = new ExperimentStore(memoryBackend());
    await store.record(assignment('LN_1'));
    expect(await store.assigned('LN_1')).toBeUndefined();
    await store.start(experiment);
    expect(await store.assigned('LN_1')).toEqual(assignment('LN_1'));
    expect(await store.assigned('LN_2')).toBeUndefined();
    await store.end(experiment.id, { at: '2026-02-01T00:00:00Z', by: 'sam' }, 'stopped');
    expect(await store.assigned('LN_1')).toBeUndefined();
  });

  it('runs one experiment at a time and ends it once', async () => {
    const store = new ExperimentStore(memoryBackend());
    expect(await store.start(experiment)).toBeUndefined();
    expect(await store.start({ ...experiment, id: 'exp_fedcba9876543210' })).toEqual(experiment);
    expect((await store.setting(policy)).experiment?.id).toBe(experiment.id);
    expect(await store.end(experiment.id, { at: '2026-02-01T00:00:00Z', by: 'sam' }, 'stopped')).toMatchObject({ status: 'stopped' });
    expect(await store.end(experiment.id, { at: '2026-02-01T00:00:00Z', by: 'kim' }, 'stopped')).toBeUndefined();
    expect(await store.setting(policy)).toEqual({ champion: policy, experiment: undefined });
  });
});

const schema = await testSchema();
afterAll(() => schema.drop());

describe.skipIf(schema.unreachable !== null)('experiment store on PostgreSQL', () => {
  it('is one store for every instance: an experiment started on one is read on another, a loan keeps one arm, a promotion holds everywhere', async () => {
    const { open, end } = pgInstances(schema);
    const [a, b] = [new ExperimentStore(await open()), new ExperimentStore(await open())];
    expect(await a.start(experiment)).toBeUndefined();
    expect((await b.setting(policy)).experiment).toEqual(experiment);
    await Promise.all([a.record(assignment('LN_1')), b.record(assignment('LN_1', addDays(assigned, 1), { arm: 'champion' }))]);
    expect(await a.assignments(experiment.id)).toHaveLength(1);
    const challenger = experiment.arms[1].policy!;
    await b.end(experiment.id, { at: '2026-02-01T00:00:00Z', by: 'sam', promotedArm: 'challenger', replaces: policy.version }, 'promoted');
    expect(await a.setting(policy)).toEqual({ champion: challenger, experiment: undefined });
    expect((await new ExperimentStore(await open()).experiment(experiment.id))?.status).toBe('promoted');
    await end();
  });
});
