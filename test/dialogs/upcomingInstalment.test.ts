import { describe, expect, it } from 'vitest';
import { instalmentSchedule } from '../../models/offers';
import { formatDate } from '../../models/shared/calendar';
import { formatMoney } from '../../models/shared/money';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';
import { MEDIUM, TO, walk } from '../support/intakePaths';
import { agreedInAugust } from '../support/lapsedArrangement';

/** 18 December, 10:30 in India: the instalment of 20 December is two days ahead, inside the three reminder days. */
const DEC_18 = new Date('2026-12-18T05:00:00Z');
const DUE_ON = formatDate('2026-12-20', 'en-IN');

/** LN_90002's borrower agreed a plan in August and has paid each instalment so far (`paid`), or none of them (null). */
async function borrower(paid: { until: string } | null = { until: '2026-12-01' }) {
  const { services, ports } = intakeServices({ now: DEC_18 });
  const arrangement = await agreedInAugust(services, ports, MEDIUM.loanId, paid ?? undefined);
  const due = instalmentSchedule(arrangement).find((i) => i.dueDate === '2026-12-20')!;
  const key = `${arrangement.reference}:2026-12-20`;
  return { conv: new IntakeConversation(services), ports, arrangement, amount: formatMoney(due.amount, { currency: 'INR', locale: 'en-IN' }), key };
}

async function verify(conv: IntakeConversation): Promise<{ before: string; verified: string }> {
  await walk(conv, TO.secret);
  const before = conv.transcriptText();
  return { before, verified: await conv.sayText(MEDIUM.phoneLast4) };
}

describe('the upcoming instalment, told in the conversation after verification', () => {
  it('nothing before verification; after it the date and amount, then the story; the reminder is settled so none is sent after it', async () => {
    const { conv, ports, arrangement, amount, key } = await borrower();
    const { before, verified } = await verify(conv);
    expect(before).not.toMatch(/₹|instalment|FB-|20 Dec/);
    expect(verified).toContain(`A reminder: your next instalment of ${amount} under your arrangement ${arrangement.reference} is due on ${DUE_ON}.`);
    expect(verified).toMatch(/What has made it hard/);
    expect((await ports.ledgers.reminders.get(key))?.value).toMatchObject({ state: 'sent', via: 'visit', loanId: MEDIUM.loanId, dueDate: '2026-12-20' });
  });

  it('a reminder already sent on a channel is still told here (it promised the details after verification), and stays as it was', async () => {
    const { conv, ports, key } = await borrower();
    const sent = { key, loanId: MEDIUM.loanId, dueDate: '2026-12-20', state: 'sent' as const, via: 'whatsapp' as const, suppressions: [], updatedAt: 'x' };
    await ports.ledgers.reminders.put(key, sent);
    expect((await verify(conv)).verified).toContain(`is due on ${DUE_ON}`);
    expect((await ports.ledgers.reminders.get(key))?.value).toEqual(sent);
  });

  it('a reminder suppressed by STOP, a dispute or a complaint is not told', async () => {
    const { conv, ports, key } = await borrower();
    const rule = { rule: 'opted_out' as const, detail: 'the borrower sent STOP on webchat', count: 1, lastAt: 'x' };
    await ports.ledgers.reminders.put(key, { key, loanId: MEDIUM.loanId, dueDate: '2026-12-20', state: 'suppressed', suppressions: [rule], updatedAt: 'x' });
    const { verified } = await verify(conv);
    expect(verified).not.toMatch(/A reminder|instalment/);
    expect(verified).toMatch(/What has made it hard/);
  });

  it('a borrower with a lapse hears of the lapse only, never the reminder as well', async () => {
    const { conv, ports, key, arrangement } = await borrower(null);
    const { verified } = await verify(conv);
    expect(verified).toMatch(/hasn't reached us in full/);
    expect(verified).not.toMatch(/A reminder/);
    expect(await ports.ledgers.reminders.get(key)).toBeUndefined();
    // Told of the lapse here, its follow-up message is settled: nothing follows in this conversation or on WhatsApp.
    const lapse = (await ports.ledgers.followUps.get(`${arrangement.reference}:2026-09-20`))?.value;
    expect(lapse).toMatchObject({ state: 'sent', via: 'visit', messageId: expect.any(String) });
  });

  it('in Hindi, with the date in Hindi', async () => {
    const { conv, arrangement } = await borrower();
    for (const said of ['नमस्ते', 'हाँ', MEDIUM.loanId]) await conv.say(said);
    const verified = await conv.sayText(MEDIUM.phoneLast4);
    expect(verified).toContain(`आपकी व्यवस्था ${arrangement.reference} के तहत`);
    expect(verified).toContain(`${formatDate('2026-12-20', 'hi-IN')} को देय है।`);
  });

  it('nothing more than three days ahead', async () => {
    const { services, ports } = intakeServices({ now: new Date('2026-12-10T05:00:00Z') });
    await agreedInAugust(services, ports, MEDIUM.loanId, { until: '2026-12-01' });
    const { verified } = await verify(new IntakeConversation(services));
    expect(verified).not.toMatch(/A reminder/);
  });
});
