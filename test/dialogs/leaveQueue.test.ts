import { describe, expect, it } from 'vitest';
import { MemoryEscalations } from '../support/memoryPorts';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';
import { DEMO_BORROWERS } from '../../models/loanBook/syntheticLoanBook';
import { TO, walk } from '../support/intakePaths';

const HIGH = DEMO_BORROWERS.find((b) => b.expectedBand === 'high')!;

async function queuedAt(path: string[], options: Parameters<typeof intakeServices>[0] = {}) {
  const { services, ports } = intakeServices(options);
  const conv = new IntakeConversation(services);
  await walk(conv, path);
  return { conv, ports };
}

describe('waiting for a person', () => {
  it('help gives the place in the queue and the wait, and the ways out', async () => {
    const { conv } = await queuedAt([...TO.essentials, 'can I speak to a person']);
    const help = await conv.say('help');
    expect(help[0].text).toMatch(/You're number 2 in the queue, and someone should be with you in about 4 minutes\. While you wait/);
    expect(help[0].text).toMatch(/"continue with the bot"[\s\S]*"restart"[\s\S]*"STOP"/);
    expect(help[0].suggestedActions?.actions.map((a) => a.title)).toEqual(['Continue with the bot']);
    expect(await conv.sayText('hello?')).toMatch(/in the queue[\s\S]*Type "help"/);
  });

  it.each(['I want to continue with the bot', 'Continue with the bot', 'cancel', 'never mind', 'agent nahi chahiye'])(
    '"%s" leaves the queue and carries on where the borrower was (the budget is not asked again)',
    async (text) => {
      const { conv, ports } = await queuedAt([...TO.essentials, 'can I speak to a person']);
      const reply = await conv.sayText(text);
      expect(reply).toMatch(/taken you out of the queue[\s\S]*bills, food/);
      expect(reply).not.toMatch(/take-home income|rent or mortgage/);
      expect(ports.escalations.withdrawn).toEqual(['C-1']);
      expect(conv.decisions('resumed').at(-1)).toMatchObject({ stage: 'budget', from: 'left_queue' });
      expect(await conv.sayText('about 12000 monthly')).toMatch(/other loans/);
    },
  );

  it('after declining a callback the borrower can still leave the queue, or restart', async () => {
    const noAgents = () =>
      new MemoryEscalations({ agentsAvailable: false, estimatedWaitMinutes: null, callbackSlots: ['2026-11-24T09:00:00.000Z', '2026-11-24T09:30:00.000Z'] });
    const leaving = await queuedAt([...TO.story, 'agent', 'No thanks'], { escalations: noAgents() });
    expect(await leaving.conv.sayText('help')).toMatch(/number 2 in the queue, and our team will be with you as soon as they can/);
    expect(await leaving.conv.sayText('I want to continue with the bot')).toMatch(/out of the queue[\s\S]*What has made it hard/);

    const restarting = await queuedAt([...TO.story, 'agent', 'No thanks'], { escalations: noAgents() });
    expect(await restarting.conv.sayText('restart')).toMatch(/start again[\s\S]*Would you like to continue/);
    expect(restarting.ports.escalations.withdrawn).toEqual(['C-1']);
  });

  it('a borrower who declined the offers goes back to the same offers', async () => {
    const { conv, ports } = await queuedAt([...TO.offers, 'None of these']);
    expect(ports.escalations.requests.at(-1)?.reason).toBe('declined_offers');
    const back = await conv.say('continue with the bot');
    expect(back.flatMap((a) => a.attachments ?? []).length).toBeGreaterThan(0);
    expect(conv.decisions('risk_score')).toHaveLength(1);
  });

  it('a dispute stays with the team: leaving and restarting are explained, not done, and asking for a person keeps it a dispute', async () => {
    const { conv, ports } = await queuedAt([...TO.income, 'this is not my debt']);
    expect(await conv.sayText('agent please')).toMatch(/passing you/);
    expect((await conv.intake()).escalation?.reason).toBe('dispute');
    expect(await conv.sayText('I want to continue with the bot')).toMatch(/needs a member of our team to look at it, so your case stays with them/);
    expect(await conv.sayText('restart')).toMatch(/stays with them/);
    expect(ports.escalations.withdrawn).toEqual([]);
    expect((await conv.intake()).verifiedLoanId).toBe('LN_90002');
    expect(await conv.sayText('help')).toMatch(/number 2 in the queue[\s\S]*stays with them/);
  });

  it("when the bot's own answer needed a person, the place is kept and restart is offered", async () => {
    const { conv, ports } = await queuedAt([
      'hi',
      'yes',
      HIGH.loanId,
      HIGH.phoneLast4,
      'I lost my job when the plant closed and there is no work around here',
      'yes',
      'Not for a long time',
      '15000',
      '5000',
      '6000',
      'None',
    ]);
    expect(ports.escalations.requests.at(-1)?.reason).toMatch(/high_risk|none_affordable/);
    expect(await conv.sayText('never mind, I will continue with the bot')).toMatch(/kept your place in the queue[\s\S]*"restart"/);
    expect(ports.escalations.withdrawn).toEqual([]);
    expect(await conv.sayText('restart')).toMatch(/start again/);
    expect(ports.escalations.withdrawn).toEqual(['C-1']);
  });

  it('an agent who took the case meanwhile keeps it', async () => {
    const { conv, ports } = await queuedAt([...TO.story, 'agent']);
    ports.escalations.assigned.add('C-1');
    expect(await conv.sayText('continue with the bot')).toMatch(/just picked up your case/);
    expect((await conv.intake()).stage).toBe('escalated');
  });
});
