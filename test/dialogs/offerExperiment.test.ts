import { describe, expect, it } from 'vitest';
import { ExperimentStore } from '../../bot/casework/experiments/experimentStore';
import { loadPolicy } from '../../models/offers';
import { experimentArms, type Experiment } from '../../models/offers/experiment';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';
import { TO, MEDIUM, walk } from '../support/intakePaths';
import { memoryBackend } from '../support/memoryDocuments';

const champion = loadPolicy();
// One plan only: the borrower's cards show which policy decided.
const challenger = { ...champion, version: 'challenger-one-plan', maxPlansOffered: 1 };

/** Services with an experiment that sends every borrower to one arm (the others weigh nothing). */
async function withExperiment(arm: 'challenger' | 'control' | 'champion') {
  const { services, ports } = intakeServices();
  const store = new ExperimentStore(memoryBackend());
  const experiment: Experiment = {
    id: 'exp_00000000000000aa',
    name: 'one plan',
    status: 'running',
    championVersion: champion.version,
    arms: experimentArms(
      arm === 'champion' ? 1 : 0,
      [{ name: 'challenger', weight: arm === 'challenger' ? 1 : 0, policy: challenger }],
      arm === 'control' ? 1 : 0,
    ),
    createdBy: 'sam',
    createdAt: '2026-11-20T09:00:00.000Z',
  };
  await store.start(experiment);
  services.experiments = { current: (loanId) => store.setting(champion, loanId), record: (a) => store.record(a), assigned: (loanId) => store.assigned(loanId) };
  return { services, ports, store };
}

describe('offers in a champion/challenger experiment', () => {
  it("offers the challenger arm's plans, and records the arm on the decision, the assignment and the arrangement", async () => {
    const { services, ports, store } = await withExperiment('challenger');
    const conv = new IntakeConversation(services);
    await walk(conv, TO.offers);
    const cards = conv.activities.flatMap((a) => a.attachments ?? []);
    expect(cards).toHaveLength(1);
    const tag = { id: 'exp_00000000000000aa', arm: 'challenger', policyVersion: 'challenger-one-plan' };
    expect(conv.decisions('offers_shown').at(-1)).toMatchObject({ action: 'offer', policyVersion: 'challenger-one-plan', experiment: tag });
    expect((await conv.intake()).decision?.experiment).toEqual(tag);
    expect(await store.assignments('exp_00000000000000aa')).toEqual([
      expect.objectContaining({ loanId: MEDIUM.loanId, arm: 'challenger', policyVersion: 'challenger-one-plan', at: '2026-11-23T10:00:00.000Z' }),
    ]);

    await walk(conv, TO.accepted.slice(TO.offers.length));
    const [arrangement] = ports.arrangements.saved;
    expect(arrangement.experiment).toEqual(tag);
    expect(arrangement.terms?.policyVersion).toBe('challenger-one-plan');
  });

  it("hands the control arm to a person, the lender's standard treatment, with the champion's plans for the agent", async () => {
    const { services, ports, store } = await withExperiment('control');
    const conv = new IntakeConversation(services);
    await walk(conv, TO.otherDebts);
    const text = await conv.sayText('None');
    expect(text).toMatch(/A member of our team will go through your options with you/);
    expect(conv.activities.flatMap((a) => a.attachments ?? [])).toEqual([]);
    expect(conv.decisions('offers_shown').at(-1)).toMatchObject({
      action: 'escalate',
      escalationReason: 'standard_treatment',
      policyVersion: champion.version,
      experiment: { arm: 'control', policyVersion: champion.version },
    });
    const request = ports.escalations.requests.at(-1)!;
    expect(request.reason).toBe('standard_treatment');
    expect(request.plans!.length).toBeGreaterThan(0);
    expect((await store.assignments('exp_00000000000000aa')).map((a) => a.arm)).toEqual(['control']);
  });

  it('gives a borrower who discloses a vulnerability the champion, and leaves them out of the analysis', async () => {
    const { services, ports, store } = await withExperiment('challenger');
    const conv = new IntakeConversation(services);
    await walk(conv, TO.offers);
    await conv.say('my husband passed away last month');
    await conv.say('I need time to think');
    await conv.say('hi again');
    expect(conv.decisions('offers_shown').at(-1)).toMatchObject({
      escalationReason: 'vulnerable',
      policyVersion: champion.version,
      experiment: { arm: 'champion', policyVersion: champion.version, excluded: true },
    });
    expect(ports.escalations.requests.at(-1)?.reason).toBe('vulnerable');
    expect(await store.assignments('exp_00000000000000aa')).toEqual([expect.objectContaining({ arm: 'challenger', excluded: true })]);
  });

  it('keeps a borrower once recorded as protected on the champion in a later conversation that discloses nothing', async () => {
    const { services, store } = await withExperiment('challenger');
    await store.record({
      experimentId: 'exp_00000000000000aa',
      loanId: MEDIUM.loanId,
      arm: 'challenger',
      policyVersion: challenger.version,
      at: '2026-11-21T09:00:00.000Z',
      riskProbability: 0.3,
      excluded: true,
    });
    const conv = new IntakeConversation(services);
    await walk(conv, TO.offers);
    expect(conv.decisions('offers_shown').at(-1)).toMatchObject({
      policyVersion: champion.version,
      experiment: { arm: 'champion', policyVersion: champion.version, excluded: true },
    });
  });
});
