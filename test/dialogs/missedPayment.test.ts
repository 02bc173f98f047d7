import { describe, expect, it } from 'vitest';
import { formatDate } from '../../models/shared/calendar';
import { formatMoney } from '../../models/shared/money';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';
import { MEDIUM, TO, walk } from '../support/intakePaths';
import { agreedInAugust } from '../support/lapsedArrangement';

/**
 * LN_90002's borrower agreed a plan in August and has paid nothing since: by 23 November the instalments of
 * 20 September, 20 October and 20 November are past grace (₹42,000 + ₹42,000 + ₹21,000), and the next is
 * due on 20 December.
 */
const ARREARS = formatMoney(105_000, { currency: 'INR', locale: 'en-IN' });
const MISSED_ON = formatDate('2026-09-20', 'en-IN');
const NEXT_ON = formatDate('2026-12-20', 'en-IN');

async function lapsed(paid?: { until: string }) {
  const { services, ports } = intakeServices();
  const arrangement = await agreedInAugust(services, ports, MEDIUM.loanId, paid);
  const conv = new IntakeConversation(services);
  return { conv, ports, arrangement };
}

/** Up to the question before the last secret; returns what verifying says. */
async function verify(conv: IntakeConversation): Promise<{ before: string; verified: string }> {
  await walk(conv, TO.secret);
  const before = conv.transcriptText();
  return { before, verified: await conv.sayText(MEDIUM.phoneLast4) };
}

describe('follow-up on a missed payment, in the conversation', () => {
  it('says nothing of it before verification; after, tells what was missed and since when, with three choices', async () => {
    const { conv, arrangement } = await lapsed();
    const { before, verified } = await verify(conv);
    expect(before).not.toMatch(/₹|missed|hasn't reached us|FB-/);
    expect(verified).toContain(
      `We noticed that the payment due on ${MISSED_ON} under your arrangement ${arrangement.reference} hasn't reached us in full: ${ARREARS} is still to pay.`,
    );
    expect(verified).toMatch(/\[Catch up\] \[Change the plan\] \[Talk to someone\]/);
    expect(verified).not.toMatch(/What has made it hard/); // the story waits
    expect(conv.decisions('missed_payment')).toEqual([
      { kind: 'missed_payment', reference: arrangement.reference, dueDate: '2026-09-20', arrears: 105_000, daysPastDue: expect.any(Number) },
    ]);
  });

  it('catch up: how much and by when, recorded; the conversation closes with the arrangement named', async () => {
    const { conv, ports, arrangement } = await lapsed();
    await verify(conv);
    const reply = await conv.sayText('Catch up');
    expect(reply).toContain(`To catch up, please pay ${ARREARS} the way you usually pay your instalments, before your next payment on ${NEXT_ON}.`);
    expect(conv.decisions('catch_up')).toEqual([
      { kind: 'catch_up', reference: arrangement.reference, dueDate: '2026-09-20', arrears: 105_000, by: '2026-12-20' },
    ]);
    expect(await conv.intake()).toMatchObject({ stage: 'closed', arrangementReference: arrangement.reference });
    expect(ports.escalations.requests).toEqual([]);
  });

  it('change the plan: a person takes it, with the missed payment and the arrangement on the case', async () => {
    const { conv, ports, arrangement } = await lapsed();
    await verify(conv);
    const reply = await conv.sayText('Change the plan');
    expect(reply).toMatch(/Changing the plan is for a member of our team[\s\S]*passing you to a member of our team/);
    const request = ports.escalations.requests.at(-1)!;
    expect(request.reason).toBe('change_arrangement');
    expect(request.note).toContain(arrangement.reference);
    expect(request.note).toContain('2026-09-20');
    expect((await conv.intake()).stage).toBe('escalated');
    expect(conv.decisions('catch_up')).toEqual([]);
  });

  it('talk to someone: handed to a person as a broken promise, with the missed payment on the case', async () => {
    const { conv, ports, arrangement } = await lapsed();
    await verify(conv);
    expect(await conv.sayText('Talk to someone')).toMatch(/passing you to a member of our team/);
    expect(ports.escalations.requests.map((r) => r.reason)).toEqual(['broken_promise']);
    expect(ports.escalations.requests[0].note).toContain(`missed payment due 2026-09-20 on arrangement ${arrangement.reference}`);
    expect((await conv.intake()).stage).toBe('escalated');
  });

  it('a reply that is none of the three asks again; "I can\'t pay" is a change, not a promise', async () => {
    const { conv, ports } = await lapsed();
    await verify(conv);
    expect(await conv.sayText('hmm ok')).toMatch(/Would you like to catch up, change the plan, or talk to someone\?[\s\S]*\[Catch up\]/);
    expect(await conv.sayText("I can't pay it this month")).toMatch(/passing you to a member of our team/);
    expect(ports.escalations.requests.map((r) => r.reason)).toEqual(['change_arrangement']);
    expect(conv.decisions('catch_up')).toEqual([]);
  });

  it('paid up: nothing about a missed payment, the intake goes on to the story', async () => {
    const { conv } = await lapsed({ until: '2026-12-01' });
    const { verified } = await verify(conv);
    expect(verified).not.toMatch(/We noticed|hasn't reached us/);
    expect(verified).toMatch(/What has made it hard/);
    expect(conv.decisions('missed_payment')).toEqual([]);
  });

  it('a crisis beats it, and so does STOP', async () => {
    const crisis = await lapsed();
    await verify(crisis.conv);
    expect(await crisis.conv.sayText("i can't go on anymore, i want to end my life")).toMatch(/contact you as a priority/);
    expect((await crisis.conv.intake()).stage).toBe('crisis');
    expect(crisis.ports.escalations.requests.map((r) => r.reason)).toEqual(['crisis']);
    expect(crisis.conv.decisions('catch_up')).toEqual([]);

    const stop = await lapsed();
    await verify(stop.conv);
    expect(await stop.conv.sayText('STOP')).toMatch(/won't get any more messages/);
    expect(await stop.conv.say('Catch up')).toEqual([]);
    expect(stop.conv.decisions('catch_up')).toEqual([]);
  });

  it('in Hindi: told in Hindi, with the Hindi buttons, and catching up answered in Hindi', async () => {
    const { conv, arrangement } = await lapsed();
    for (const said of ['नमस्ते', 'हाँ', MEDIUM.loanId]) await conv.say(said);
    const verified = await conv.sayText(MEDIUM.phoneLast4);
    // Dates in Hindi too ("20 सितंबर 2026"); money keeps the deployment's format.
    expect(verified).toContain(
      `हमने देखा कि आपकी व्यवस्था ${arrangement.reference} की ${formatDate('2026-09-20', 'hi-IN')} को देय किस्त हम तक पूरी नहीं पहुँची है: ${ARREARS} अभी बाकी है।`,
    );
    expect(verified).toMatch(/\[बकाया चुकाऊँगा\] \[योजना बदलें\] \[किसी से बात करें\]/);
    const reply = await conv.sayText('बकाया चुकाऊँगा');
    expect(reply).toContain(
      `बकाया चुकाने के लिए, कृपया ${ARREARS} उसी तरह भरें जैसे आप अपनी किस्तें भरते हैं, ${formatDate('2026-12-20', 'hi-IN')} को आपकी अगली किस्त से पहले।`,
    );
    expect(conv.decisions('catch_up')).toHaveLength(1);
  });

  it('in Hindi, tapping "change the plan" hands over (the tap sends the Hindi label)', async () => {
    const { conv, ports } = await lapsed();
    for (const said of ['नमस्ते', 'हाँ', MEDIUM.loanId]) await conv.say(said);
    await conv.say(MEDIUM.phoneLast4);
    await conv.say('योजना बदलें');
    expect(ports.escalations.requests.map((r) => r.reason)).toEqual(['change_arrangement']);
    expect(conv.decisions('catch_up')).toEqual([]);
  });
});
