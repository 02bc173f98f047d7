import { describe, expect, it } from 'vitest';
import { resumeStage } from '../../models/intake/resumeStage';
import { IntakeConversation, intakeServices, textOf } from '../support/intakeConversation';
import { TO, walk } from '../support/intakePaths';

/** What the console's hand-back does: the case closes, the bot picks up at the first missing answer and runs at once. */
async function handBack(conv: IntakeConversation, close: (caseId: string) => void) {
  const caseId = (await conv.intake()).escalation!.caseId;
  close(caseId);
  await conv.changeIntake((intake) => {
    intake.stage = resumeStage(intake);
  });
  return textOf(await conv.say({ type: 'event', name: 'continueConversation' }));
}

describe('talking to someone and coming back', () => {
  it('typed "Talk to someone" after the offers hands the agent the plans; back with the bot, the offers return without the budget', async () => {
    const { services, ports } = intakeServices();
    const conv = new IntakeConversation(services);
    await walk(conv, TO.offers);
    const shown = (await conv.intake()).decision!.plans.map((p) => p.id);
    await conv.say('Talk to someone');
    const request = ports.escalations.requests.at(-1)!;
    expect(request.reason).toBe('asked_for_human');
    expect(request.plans?.map((p) => p.id)).toEqual(shown);
    expect(conv.decisions('escalation').at(-1)).toMatchObject({ plansAttached: shown.length });

    const back = await handBack(conv, (id) => ports.escalations.closed.add(id));
    expect(back).toMatch(/I've looked at your account/);
    expect(back).not.toMatch(/take-home income|rent or mortgage/);
    expect(conv.decisions('risk_score')).toHaveLength(1);
  });

  it('a hand-back in the middle of the budget asks only the questions not yet answered', async () => {
    const { services, ports } = intakeServices();
    const conv = new IntakeConversation(services);
    await walk(conv, [...TO.essentials, 'can I speak to a person']);
    expect((await conv.intake()).budgetAnswers).toMatchObject({ income: { value: 58_500 }, housing: { value: 15_000 } });
    const back = await handBack(conv, (id) => ports.escalations.closed.add(id));
    expect(back).toMatch(/bills, food, transport/);
    expect(back).not.toMatch(/take-home income|rent or mortgage/);
    await conv.say('12000');
    await conv.say('None');
    const intake = await conv.intake();
    expect(intake.budgetInput).toMatchObject({ income: [{ value: 58_500 }], housing: { value: 15_000 }, otherCosts: { value: 12_000 } });
    expect(intake.budgetAnswers).toBeUndefined();
  });

  it('plans decided before a disclosure are not handed to the agent as prepared plans', async () => {
    const { services, ports } = intakeServices();
    const conv = new IntakeConversation(services);
    await walk(conv, [...TO.offers, 'my husband passed away last month']);
    expect((await conv.intake()).vulnerabilityDrivers).toContain('bereavement');
    await conv.say('Talk to someone');
    expect(ports.escalations.requests.at(-1)?.plans).toBeUndefined();
  });
});
