import { describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../models/loanBook/syntheticLoanBook';
import { IntakeConversation, intakeServices, textOf } from '../support/intakeConversation';

const [LOW, MEDIUM, HIGH] = ['low', 'medium', 'high'].map((band) => DEMO_BORROWERS.find((b) => b.expectedBand === band)!);

async function reachStory(conv: IntakeConversation, borrower = MEDIUM, secret = borrower.dateOfBirth.split('-').reverse().join('/')) {
  await conv.say('hi');
  await conv.say('yes');
  await conv.say(borrower.loanId);
  return conv.sayText(secret);
}

describe('intake happy paths', () => {
  it('medium band: story, budget, offers as cards, accept → arrangement, in at most 12 borrower messages', async () => {
    const { services, ports } = intakeServices();
    const conv = new IntakeConversation(services);
    expect(await conv.sayText('hello')).toMatch(/Northwind Lending virtual assistant[\s\S]*Would you like to continue\?/);
    expect(await conv.sayText('Yes, continue')).toMatch(/loan reference/);
    expect(await conv.sayText('ln 90002')).toMatch(/date of birth/);
    expect(await conv.sayText('02/07/1980')).toMatch(/verified[\s\S]*What has made it hard/);
    const readBack = await conv.sayText('work has dried up and my income dropped a lot');
    expect(readBack).toMatch(/It sounds like your income has gone down[\s\S]*Is that right\?/);
    expect(await conv.sayText("Yes, that's right")).toMatch(/get better/);
    expect(await conv.sayText("I don't know")).toMatch(/take-home income/);
    // The demo borrower's own figures (models/risk/syntheticLoanBook.ts), which the model scores medium.
    expect(await conv.sayText(`${MEDIUM.intake.currentMonthlyIncome} a month`)).toMatch(/rent or mortgage/);
    expect(await conv.sayText('15,000')).toMatch(/bills, food/);
    expect(await conv.sayText('about 12000 monthly')).toMatch(/other loans/);
    const offers = await conv.say('None');
    const why = offers.find((a) => a.text?.includes("I've looked at your account"))?.text ?? '';
    // Why these plans, in the borrower's words: no score, no figures, never "risk".
    expect(why).toMatch(/we've looked at plans/);
    expect(why).not.toMatch(/risk|estimate|\d/);
    const cards = offers.flatMap((a) => a.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(cards.length).toBeGreaterThan(0);
    const firstCard = cards[0].content as { actions: { title: string; data: { action: string; planId?: string } }[] };
    expect(firstCard.actions.map((a) => a.title)).toEqual(['Accept this plan', 'I need time', 'None of these', 'Talk to someone']);

    const done = await conv.sayText({ type: 'message', value: firstCard.actions[0].data });
    expect(ports.arrangements.saved).toHaveLength(1);
    const arrangement = ports.arrangements.saved[0];
    expect(arrangement.loanId).toBe('LN_90002');
    expect(arrangement.plan.id).toBe(firstCard.actions[0].data.planId);
    expect(done).toContain(arrangement.reference);
    expect(done).toMatch(/first payment of .* is due on/);
    expect(conv.borrowerMessages).toBeLessThanOrEqual(12);
    expect((await conv.intake()).stage).toBe('closed');

    const kinds = conv.decisions().map((d) => d.kind);
    for (const kind of [
      'consent',
      'identity_verified',
      'reasons_found',
      'reasons_confirmed',
      'budget',
      'risk_score',
      'offers_shown',
      'offer_choice',
      'arrangement',
    ])
      expect(kinds).toContain(kind);
    const score = conv.decisions('risk_score')[0];
    expect(score.band).toBe('medium');
    expect((score.reasons as unknown[]).length).toBeGreaterThan(0);
  });

  it('low band: self-serve relief offered and accepted by typing', async () => {
    const { services, ports } = intakeServices();
    const conv = new IntakeConversation(services);
    await reachStory(conv, LOW, '0101');
    expect(await conv.sayText("I was ill for a few weeks so I lost my overtime, it's temporary, back to normal in 2 months")).toMatch(/Is that right/);
    await conv.say('yes');
    await conv.say('135000');
    await conv.say('30000 a month');
    await conv.say('20k');
    const offers = await conv.say('None');
    const score = conv.decisions('risk_score')[0];
    expect(score.band).toBe('low');
    const types = conv.decisions('offers_shown')[0].plans as { type: string }[];
    expect(types.length).toBeGreaterThan(0);
    for (const plan of types) expect(['deferral', 'arrears_plan']).toContain(plan.type);
    expect(offers.length).toBeGreaterThan(0);
    await conv.say('I want option 1');
    expect(ports.arrangements.saved).toHaveLength(1);
  });

  it('high band: no self-serve offer, escalated to an agent with the prepared options attached', async () => {
    const { services, ports } = intakeServices();
    const conv = new IntakeConversation(services);
    await reachStory(conv, HIGH, '0303');
    await conv.say('I lost my job when the plant closed and there is no work around here');
    await conv.say('yes');
    await conv.say('Not for a long time');
    await conv.say('15000');
    await conv.say('5000');
    await conv.say('6000');
    const reply = await conv.sayText('None');
    expect(conv.decisions('risk_score')[0].band).toBe('high');
    expect(reply).toMatch(/member of our team/);
    expect(ports.arrangements.saved).toHaveLength(0);
    expect(ports.escalations.requests).toHaveLength(1);
    expect(ports.escalations.requests[0].reason).toMatch(/high_risk|none_affordable/);
    expect(ports.escalations.requests[0].intake.verifiedLoanId).toBe('LN_90003');
    expect((await conv.intake()).stage).toBe('escalated');
  });

  it('reads back a misread story and lets the borrower pick the right reason', async () => {
    const { services } = intakeServices();
    const conv = new IntakeConversation(services);
    await reachStory(conv);
    expect(await conv.sayText('my rent went up a lot')).toMatch(/your costs have gone up/);
    expect(await conv.sayText('Not quite')).toMatch(/\[Lost my job\][\s\S]*\[Something else\]/);
    expect(await conv.sayText('Business trouble')).toMatch(/get better/);
    expect(
      (conv.decisions('reasons_confirmed').at(-1) ?? {}).reasons ?? (await conv.say('Within 3 months'), conv.decisions('reasons_confirmed')[0].reasons),
    ).toEqual(['business_failure']);
  });

  it('declining every option escalates; asking for time parks the intake and resumes it later', async () => {
    const { services, ports } = intakeServices();
    const decliner = new IntakeConversation(services);
    await reachStory(decliner);
    for (const answer of ['my hours were cut at work', 'yes', 'Within 3 months', '60000', '15000', '12000', 'None']) await decliner.say(answer);
    expect(await decliner.sayText('None of these')).toMatch(/member of our team/);
    expect(ports.escalations.requests.at(-1)?.reason).toBe('declined_offers');

    const thinker = new IntakeConversation(services);
    await reachStory(thinker);
    for (const answer of ['my hours were cut at work', 'yes', 'Within 3 months', '60000', '15000', '12000', 'None']) await thinker.say(answer);
    expect(await thinker.sayText('I need time to think')).toMatch(/saved your options/);
    expect((await thinker.intake()).stage).toBe('parked');
    const back = await thinker.say('hi again');
    expect(textOf(back)).toMatch(/Welcome back/);
    expect(back.flatMap((a) => a.attachments ?? []).length).toBeGreaterThan(0);
  });

  // Reported: the offers decided before a disclosure were shown again after it, settlements included.
  it('a borrower who discloses a bereavement at the offers and comes back later is not shown the earlier plans again', async () => {
    const { services, ports } = intakeServices();
    const conv = new IntakeConversation(services);
    await reachStory(conv);
    for (const answer of ['work has dried up and my income dropped a lot', 'yes', "I don't know", `${MEDIUM.intake.currentMonthlyIncome}`, '15000', '12000'])
      await conv.say(answer);
    const offers = await conv.say('None');
    expect(offers.flatMap((a) => a.attachments ?? []).length).toBeGreaterThan(0);
    await conv.say('my husband passed away last month');
    await conv.say('I need time to think');
    expect((await conv.intake()).stage).toBe('parked');

    const back = await conv.say('hi again');
    expect(back.flatMap((a) => a.attachments ?? [])).toEqual([]);
    expect(conv.decisions('offers_shown').at(-1)).toMatchObject({ action: 'escalate', escalationReason: 'vulnerable', inputs: { vulnerable: true } });
    expect(ports.escalations.requests.at(-1)?.reason).toBe('vulnerable');
    expect(ports.escalations.requests.at(-1)?.plans?.some((p) => p.type.startsWith('settlement'))).toBe(false);
  });
});
