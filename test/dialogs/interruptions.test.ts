import { describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../models/loanBook/syntheticLoanBook';
import { MemoryEscalations } from '../support/memoryPorts';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';

const borrower = DEMO_BORROWERS[1];
const toStep: Record<string, string[]> = {
  welcome: ['hi'],
  verify: ['hi', 'yes'],
  story: ['hi', 'yes', borrower.loanId, borrower.phoneLast4],
  budget: ['hi', 'yes', borrower.loanId, borrower.phoneLast4, 'my hours were cut', 'yes', 'Within 3 months'],
};

async function at(step: keyof typeof toStep, options: Parameters<typeof intakeServices>[0] = {}) {
  const { services, ports } = intakeServices(options);
  const conv = new IntakeConversation(services);
  for (const text of toStep[step]) await conv.say(text);
  return { conv, ports };
}

const COLLECTION_TALK = /payment|arrangement|afford|budget|income|loan reference|date of birth/i;

describe('interruptions at any step', () => {
  it.each(['welcome', 'verify', 'story', 'budget'] as const)('crisis language at %s: support first, urgent human, no collection talk', async (step) => {
    const { conv, ports } = await at(step);
    const reply = await conv.sayText("honestly I don't see the point anymore");
    expect(reply).toMatch(/You don't have to deal with this on your own[\s\S]*112[\s\S]*Tele-MANAS any time on 14416/);
    expect(ports.escalations.requests.at(-1)?.reason).toBe('crisis');
    expect((await conv.intake()).stage).toBe('crisis');
    const after = await conv.sayText('ok');
    expect(after).toMatch(/priority/);
    expect(after.replace(/won't talk about payments/, '')).not.toMatch(/\?$/);
    expect(reply.replace(/We won't talk about payments now\./, '')).not.toMatch(COLLECTION_TALK);
  });

  it.each(['welcome', 'story', 'budget'] as const)('STOP at %s: confirmed once, recorded, then silence until START', async (step) => {
    const { conv, ports } = await at(step);
    const confirm = await conv.say('STOP');
    expect(confirm).toHaveLength(1);
    expect(confirm[0].text).toMatch(/won't get any more messages/);
    expect(ports.contacts.optedOut.size).toBe(1);
    expect(await conv.say('hello?')).toHaveLength(0);
    expect(await conv.say('what about my loan')).toHaveLength(0);
    expect(await conv.sayText('START')).toMatch(/Welcome back/);
    expect(ports.contacts.optedOut.size).toBe(0);
  });

  it.each(['welcome', 'verify', 'story', 'budget'] as const)('asking for a person at %s escalates at once', async (step) => {
    const { conv, ports } = await at(step);
    expect(await conv.sayText('can I talk to a real person please')).toMatch(/passing you to a member of our team[\s\S]*about 4 minutes/);
    expect(ports.escalations.requests.at(-1)?.reason).toBe('asked_for_human');
    expect(await conv.sayText('hello?')).toMatch(/in the queue/);
  });

  it('after escalation, crisis language and STOP are still acted on at once, and a closed case stops the queue message', async () => {
    const { conv, ports } = await at('story');
    await conv.say('agent');
    expect(await conv.sayText('when will someone come?')).toMatch(/in the queue/);
    expect(await conv.sayText('i just want to end it all')).toMatch(/Tele-MANAS/);
    expect(ports.escalations.requests.at(-1)?.reason).toBe('crisis');
    expect(await conv.sayText('STOP')).toMatch(/won't get any more messages/);
    expect(ports.contacts.optedOut.size).toBe(1);

    const other = await at('budget');
    await other.conv.say('can I speak to a person');
    other.ports.escalations.closed.add('C-1');
    expect(await other.conv.sayText('hello?')).toMatch(/Our team has finished looking at your case/);
  });

  it('offers callback slots when nobody is available, and books the chosen one', async () => {
    const escalations = new MemoryEscalations({
      agentsAvailable: false,
      estimatedWaitMinutes: null,
      callbackSlots: ['2026-11-24T09:00:00.000Z', '2026-11-24T09:30:00.000Z'],
    });
    const { conv } = await at('story', { escalations });
    const reply = await conv.say('agent');
    const slots = reply.at(-1)!.suggestedActions!.actions.map((a) => a.title);
    expect(slots).toHaveLength(3);
    expect(await conv.sayText(slots[1])).toMatch(/We'll call you/);
    expect(escalations.callbacks).toEqual([{ caseId: 'C-1', slot: '2026-11-24T09:30:00.000Z' }]);
  });

  it.each(['verify', 'story', 'budget'] as const)('a dispute at %s stops collection talk, is recorded and routed to a person', async (step) => {
    const { conv, ports } = await at(step);
    const reply = await conv.sayText('this is not my debt');
    expect(reply).toMatch(/recorded that you dispute this/);
    expect(conv.decisions('dispute')).toHaveLength(1);
    expect(ports.escalations.requests.at(-1)?.reason).toBe('dispute');
  });

  it('a complaint is recorded and routed', async () => {
    const { conv, ports } = await at('budget');
    expect(await conv.sayText('I want to make a complaint about how I have been treated')).toMatch(/recorded your complaint/);
    expect(ports.escalations.requests.at(-1)?.reason).toBe('complaint');
  });

  it('restart begins again and help explains the options then repeats the question', async () => {
    const { conv } = await at('budget');
    expect(await conv.sayText('help')).toMatch(/type "agent"[\s\S]*take-home income/);
    expect(await conv.sayText('restart')).toMatch(/start again[\s\S]*Would you like to continue/);
    expect((await conv.intake()).verifiedLoanId).toBeUndefined();
  });
});

describe('robust to anything typed', () => {
  it('empty messages, emoji, files, 10,000 characters and another language get a polite answer and the question again', async () => {
    const { conv } = await at('story');
    expect(await conv.sayText({ type: 'message', text: '', attachments: [{ contentType: 'image/png', name: 'x.png' }] })).toMatch(
      /can't open files[\s\S]*What has made it hard/,
    );
    expect(await conv.sayText('   ')).toMatch(/type your answer/);
    expect(await conv.sayText('Hola, no puedo pagar este mes porque perdí mi trabajo')).toMatch(
      /can chat in English, Hindi or Malay[\s\S]*\[Talk to someone\] \[English\/हिंदी\/Melayu\]/,
    );
    const huge = 'I lost my job and things are hard. '.repeat(300).slice(0, 10_000);
    expect(await conv.sayText(huge)).toMatch(/Is that right\?/);
    expect(await conv.sayText('😢😢')).toMatch(/Is that right/);
  });

  it('an unreadable budget answer is asked again with options', async () => {
    const { conv } = await at('budget');
    expect(await conv.sayText('dunno really')).toMatch(/Please type an amount/);
    expect(await conv.sayText('45k a month')).toMatch(/rent or mortgage/);
  });
});
