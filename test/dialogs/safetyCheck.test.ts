import { describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../models/loanBook/syntheticLoanBook';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';

const borrower = DEMO_BORROWERS[1];
const toStep = {
  reference: ['hi', 'yes'],
  dateOfBirth: ['hi', 'yes', borrower.loanId],
  income: ['hi', 'yes', borrower.loanId, borrower.phoneLast4, 'my hours were cut', 'yes', 'Within 3 months'],
  housing: ['hi', 'yes', borrower.loanId, borrower.phoneLast4, 'my hours were cut', 'yes', 'Within 3 months', '45k a month'],
  offers: ['hi', 'yes', borrower.loanId, borrower.phoneLast4, 'my hours were cut', 'yes', 'Within 3 months', '58500', '15,000', '12000', 'None'],
  queued: ['hi', 'yes', borrower.loanId, borrower.phoneLast4, 'can I talk to a person please'],
};

async function at(step: keyof typeof toStep) {
  const { services, ports } = intakeServices();
  const conv = new IntakeConversation(services);
  for (const text of toStep[step]) await conv.say(text);
  return { conv, ports };
}

const CHECK = /I want to check in — are you safe right now\? If you're thinking about harming yourself, you can call Tele-MANAS on 14416 any time\./;
const QUICK_REPLIES = /\[I'm safe\] \[I'm not safe\] \[Talk to a person\]/;
/** Anything about the debt or money: none of it may come with the check. */
const COLLECTION_TALK = /payment|arrangement|afford|budget|income|owe|debt|loan|amount|₹|reference|date of birth/i;
const CRISIS_REPLY = /You don't have to deal with this on your own[\s\S]*112[\s\S]*Tele-MANAS any time on 14416/;

/** No identity attempt was counted, in the dialog or in the store. */
function noFailedAttempt(conv: IntakeConversation, ports: Awaited<ReturnType<typeof at>>['ports']): void {
  expect(conv.decisions('identity_failed')).toHaveLength(0);
  expect([...ports.identityLocks.records.values()].every((r) => r.failures === 0)).toBe(true);
}

describe('safety check on ambiguous distress', () => {
  it('at the loan-reference prompt: a gentle check, then "I\'m safe" asks for the reference again and nothing is counted', async () => {
    const { conv, ports } = await at('reference');
    const check = await conv.sayText("honestly I just can't cope anymore");
    expect(check).toMatch(CHECK);
    expect(check).toMatch(QUICK_REPLIES);
    expect(check).not.toMatch(COLLECTION_TALK);
    expect(ports.escalations.requests).toHaveLength(0);

    expect(await conv.sayText("I'm safe")).toMatch(/glad you're safe[\s\S]*What is your loan reference\?/);
    expect(await conv.sayText(borrower.loanId)).toMatch(/date of birth/);
    expect(await conv.sayText(borrower.phoneLast4)).toMatch(/you're verified/);
    noFailedAttempt(conv, ports);
    expect(conv.decisions('safety_check')).toEqual([
      { kind: 'safety_check', stage: 'verify', outcome: 'asked' },
      { kind: 'safety_check', stage: 'verify', outcome: 'safe' },
    ]);
  });

  it('at the date-of-birth prompt: Hinglish distress is checked, "yes" resumes the same question, and the attempt counter does not move', async () => {
    const { conv, ports } = await at('dateOfBirth');
    expect(await conv.sayText('sab kuch barbaad ho gaya')).toMatch(CHECK);
    noFailedAttempt(conv, ports);
    const resumed = await conv.sayText('yes');
    expect(resumed).toMatch(/glad you're safe[\s\S]*your date of birth \(day\/month\/year\), or the last 4 digits/);
    expect(resumed).not.toMatch(/couldn't verify|start that again|loan reference/);
    noFailedAttempt(conv, ports);
    expect(await conv.sayText(borrower.phoneLast4)).toMatch(/you're verified/);
  });

  it('"I\'m not safe" at the date-of-birth prompt gets the full crisis response and an urgent person, and is no failed attempt', async () => {
    const { conv, ports } = await at('dateOfBirth');
    await conv.say('mujhse ab aur nahi hota');
    const reply = await conv.sayText("I'm not safe");
    expect(reply).toMatch(CRISIS_REPLY);
    expect(reply.replace(/We won't talk about payments now\./, '')).not.toMatch(COLLECTION_TALK);
    expect(ports.escalations.requests.at(-1)?.reason).toBe('crisis');
    expect((await conv.intake()).stage).toBe('crisis');
    noFailedAttempt(conv, ports);
    expect(conv.decisions('safety_check').at(-1)).toMatchObject({ outcome: 'not_safe' });
  });

  it('at a budget question: no figures in the check, "I\'m safe" repeats the question and the next answer is read as usual', async () => {
    const { conv } = await at('income');
    const check = await conv.sayText('these loans are slowly killing me');
    expect(check).toMatch(CHECK);
    expect(check).not.toMatch(COLLECTION_TALK);
    expect(await conv.sayText("I'm safe")).toMatch(/glad you're safe[\s\S]*take-home income each month/);
    expect(await conv.sayText('45k a month')).toMatch(/Noted: ₹45,000 a month\.[\s\S]*rent or mortgage/);
  });

  it('at a later budget question, "no" is not safe: the crisis path, then the bot stops asking about money', async () => {
    const { conv, ports } = await at('housing');
    expect(await conv.sayText('rasa macam dah tak larat')).toMatch(CHECK);
    expect(await conv.sayText('no')).toMatch(CRISIS_REPLY);
    expect(ports.escalations.requests.at(-1)?.reason).toBe('crisis');
    const after = await conv.sayText('45k');
    expect(after).toMatch(/priority/);
    expect(after).not.toMatch(/rent or mortgage|Noted/);
  });

  it('distress again instead of an answer is a crisis follow-up', async () => {
    const { conv, ports } = await at('reference');
    await conv.say('everything feels hopeless');
    expect(await conv.sayText("what's even the use, I give up")).toMatch(CRISIS_REPLY);
    expect(ports.escalations.requests.at(-1)?.reason).toBe('crisis');
  });

  it('an explicit "I\'m safe" is taken at its word even beside more strain', async () => {
    const { conv, ports } = await at('income');
    await conv.say('no hope left honestly');
    expect(await conv.sayText("i'm safe, just can't handle all this")).toMatch(/glad you're safe[\s\S]*take-home income/);
    expect(ports.escalations.requests).toHaveLength(0);
  });

  it('"Talk to a person" hands over, and the case is raised for the concern', async () => {
    const { conv, ports } = await at('income');
    await conv.say("I'm at the end of my rope");
    expect(await conv.sayText('Talk to a person')).toMatch(/passing you to a member of our team/);
    const request = ports.escalations.requests.at(-1)!;
    expect(request.reason).toBe('asked_for_human');
    expect(request.intake.safetyCheck).toMatchObject({ stage: 'budget', answer: 'talk_to_person' });
  });

  it('an answer to the step instead of the check moves on: the step reads it', async () => {
    const { conv, ports } = await at('reference');
    await conv.say('my life is falling apart');
    expect(await conv.sayText(borrower.loanId)).toMatch(/date of birth/);
    expect(conv.decisions('safety_check').at(-1)).toMatchObject({ outcome: 'moved_on' });
    noFailedAttempt(conv, ports);
  });

  it('at the offers: the check, then "I\'m safe" repeats what can be done with the plans', async () => {
    const { conv } = await at('offers');
    expect(await conv.sayText('i am so tired of all of this')).toMatch(CHECK);
    expect(await conv.sayText("I'm safe")).toMatch(/glad you're safe[\s\S]*tap "Accept this plan"[\s\S]*\[None of these\]/);
  });

  it('distress written in Hindi is answered in Hindi, with the helpline, and the Hindi "I\'m safe" button is understood', async () => {
    const { conv } = await at('offers');
    const check = await conv.sayText('सब खत्म हो गया');
    expect(check).toMatch(/क्या आप अभी सुरक्षित हैं\?[\s\S]*Tele-MANAS को 14416 पर कॉल[\s\S]*\[मैं सुरक्षित हूँ\] \[सुरक्षित नहीं हूँ\] \[व्यक्ति से बात करें\]/);
    expect(check).not.toMatch(COLLECTION_TALK);
    expect(await conv.sayText('मैं सुरक्षित हूँ')).toMatch(/मुझे खुशी है कि आप सुरक्षित हैं[\s\S]*"योजना स्वीकार करें" टैप करें[\s\S]*\[इनमें से कोई नहीं\]/);
    expect(conv.decisions('safety_check').at(-1)).toMatchObject({ outcome: 'safe' });
  });

  it('while queued for a person: the check, and "I\'m safe" keeps the borrower in the queue', async () => {
    const { conv, ports } = await at('queued');
    expect(await conv.sayText('i am so tired of all of this')).toMatch(CHECK);
    expect(await conv.sayText("I'm safe")).toMatch(/glad you're safe[\s\S]*in the queue/);
    expect(ports.escalations.requests).toHaveLength(1);
  });

  it('STOP straight after distress is honoured, with no check', async () => {
    const { conv, ports } = await at('income');
    const reply = await conv.sayText("stop messaging me, I can't take this any more");
    expect(reply).toMatch(/won't get any more messages/);
    expect(reply).not.toMatch(/are you safe/);
    expect(ports.contacts.optedOut.size).toBe(1);
  });
});
