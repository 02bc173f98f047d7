import { describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../models/loanBook/syntheticLoanBook';
import type { IntakeServices } from '../../models/ports/intakeServices';
import { IntakeConversation, intakeServices, textOf } from '../support/intakeConversation';

const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;
const dateOfBirth = MEDIUM.dateOfBirth.split('-').reverse().join('/');

/** LN_90002's borrower tells the bot what happened and their budget; returns the turn that answers the budget. */
async function upToTheOffers(services: IntakeServices) {
  const conv = new IntakeConversation(services);
  for (const said of ['hi', 'yes', MEDIUM.loanId, dateOfBirth, 'work has dried up and my income dropped a lot', 'yes', "I don't know"]) await conv.say(said);
  for (const said of [`${MEDIUM.intake.currentMonthlyIncome} a month`, '15,000', '12000']) await conv.say(said);
  return { conv, offers: await conv.say('None') };
}

const cardsIn = (turn: Awaited<ReturnType<IntakeConversation['say']>>) =>
  turn.flatMap((a) => a.attachments ?? []).map((a) => a.content as { actions: { data: { action: string; planId?: string } }[] });

/** The borrower agrees the first plan offered, as last week. */
async function agreeAPlan(services: IntakeServices) {
  const { conv, offers } = await upToTheOffers(services);
  await conv.say({ type: 'message', value: cardsIn(offers)[0].actions[0].data });
}

describe('one live arrangement per loan', () => {
  it('a borrower who already has an arrangement is shown it (plan, next payment, reference) instead of new offers', async () => {
    const { services, ports } = intakeServices();
    await agreeAPlan(services);
    const [agreed] = ports.arrangements.saved;

    const { conv, offers } = await upToTheOffers(services);
    const reply = textOf(offers);
    expect(cardsIn(offers)).toEqual([]);
    expect(reply).toContain(`You already have an arrangement for this loan: "${agreed.plan.title}"`);
    expect(reply).toContain(`reference ${agreed.reference}`);
    expect(reply).toMatch(/Your next payment of ₹[\d,.]+ is due on/);
    expect(reply).toMatch(/\[Change my arrangement\] \[That's fine, thanks\]/);
    expect(conv.decisions('offers_shown')).toEqual([]);
    expect(conv.decisions('arrangement_in_place')[0]).toMatchObject({ reference: agreed.reference, planId: agreed.plan.id });

    expect(await conv.sayText("That's fine, thanks")).toMatch(new RegExp(`Your arrangement ${agreed.reference} stays as it is`));
    expect(await conv.intake()).toMatchObject({ stage: 'closed', arrangementReference: agreed.reference });
    expect(ports.arrangements.saved).toHaveLength(1);
  });

  it('asking to change it goes to a person, with the arrangement named on the case', async () => {
    const { services, ports } = intakeServices();
    await agreeAPlan(services);
    const { conv } = await upToTheOffers(services);
    expect(await conv.sayText('Change my arrangement')).toMatch(/passing you to a member of our team/);
    const request = ports.escalations.requests.at(-1)!;
    expect(request.reason).toBe('change_arrangement');
    expect(request.note).toContain(ports.arrangements.saved[0].reference);
    expect((await conv.intake()).stage).toBe('escalated');
    expect(ports.arrangements.saved).toHaveLength(1);
  });

  // Reported: the same loan got three live arrangements.
  it('an arrangement agreed meanwhile in another chat is not doubled: accepting a second plan is refused, and the first is shown', async () => {
    const { services, ports } = intakeServices();
    const { conv: first, offers: firstOffers } = await upToTheOffers(services);
    // The same borrower in a second chat: verified, they carry on from the same offers.
    const second = new IntakeConversation(services);
    for (const said of ['hi', 'yes', MEDIUM.loanId]) await second.say(said);
    const secondOffers = await second.say(dateOfBirth);
    expect(textOf(secondOffers)).toMatch(/Welcome back/);

    await first.say({ type: 'message', value: cardsIn(firstOffers)[0].actions[0].data });
    expect(ports.arrangements.saved).toHaveLength(1);
    const refused = await second.sayText({ type: 'message', value: cardsIn(secondOffers)[0].actions[0].data });
    expect(refused).toContain(`You already have an arrangement for this loan: "${ports.arrangements.saved[0].plan.title}"`);
    expect(refused).not.toMatch(/All set/);
    expect(ports.arrangements.saved).toHaveLength(1);
  });
});
