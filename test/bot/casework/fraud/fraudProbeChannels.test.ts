import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../../../bot/app/createApp';
import { textOf } from '../../../support/intakeConversation';
import { FakeGraphServer } from '../../../support/fakeGraphServer';
import { messagesBorrower } from '../../../support/messagesBorrower';
import { AGENTS_AVAILABLE, StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';
import { bodyText, WHATSAPP_ENV, whatsAppBorrower } from '../../channels/whatsApp/support/whatsAppBorrower';

const ACCUSING = /fraud|suspic|invent|lie|lying|probe|anomal|flag/i;
const NEUTRAL = 'A member of our team will look at your options with you.';
const WRONG_DOB = '01/01/1950';

const fraudCases = (app: App) => app.cases.openCases().filter((c) => c.reason === 'fraud_review');

/** What supervisors see: the flagged cases' signal kinds and reasons, once the fraud files are written. */
async function supervisorView(url: string, count: number) {
  const supervisor = await StaffClient.signIn(url, 'supervisor');
  const read = async () => (await supervisor.get('/api/supervisor/fraud')).json.cases as { record: { signals: { kind: string; reasons: string[] }[] } }[];
  await expect.poll(async () => (await read()).length).toBe(count);
  return (await read()).flatMap((c) => c.record.signals);
}

describe('identity probes on the other channels', () => {
  let graph: FakeGraphServer | undefined;
  afterEach(() => graph?.close());

  it('one WhatsApp number trying loan after loan over the signed webhook goes to a person at the third, told only the neutral line', async () => {
    graph = await FakeGraphServer.start('wa-token');
    const { url, app } = await startTestApp({ ...WHATSAPP_ENV(graph), ...AGENTS_AVAILABLE });
    const { text, tap } = whatsAppBorrower(url, graph, '919800000777');
    await tap(await text('hi'), 'Yes, continue');
    const said: string[] = [];
    let flaggedAt = 0;
    for (let i = 1; i <= 3 && !flaggedAt; i++) {
      await text(`LN_${i}`);
      said.push(...(await text(WRONG_DOB)).map(bodyText));
      if (fraudCases(app).length > 0) flaggedAt = i;
    }
    expect(flaggedAt).toBe(3);
    expect(said.join('\n')).toContain(NEUTRAL);
    expect(said.join('\n')).not.toMatch(ACCUSING);
    const [flagged] = fraudCases(app);
    expect(flagged.channelId).toBe('whatsapp');
    expect(flagged.note).toMatch(/3 different loan references were tried from (one conversation|one address or WhatsApp number)/);
    const signals = await supervisorView(url, 1);
    expect(signals.map((s) => s.kind)).toEqual(['identity_probe_source']);
    // Nothing about the number reaches the supervisors' fraud view.
    expect(JSON.stringify(signals)).not.toMatch(/9800000777|0777/);
    expect(graph.refused).toEqual([]);
  }, 60_000);

  it('over /api/messages: one sender across ten conversations, and one conversation whose sender changes every message', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const escalatedAt: number[] = [];
    const later: string[] = [];
    for (let i = 1; i <= 10; i++) {
      const say = messagesBorrower(url, `probe-${i}`, 'the-same-sender');
      await say('hello');
      await say('yes');
      await say(`LN_${i}`);
      const replies = textOf(await say(WRONG_DOB));
      expect(replies).not.toMatch(ACCUSING);
      if (fraudCases(app).some((c) => c.conversation.conversation?.id === `probe-${i}`)) {
        escalatedAt.push(i);
        expect(replies).toContain(NEUTRAL);
      } else if (i > 3) later.push(replies);
    }
    // The third loan goes to a person; after it the sender's failed checks have locked it out, so nothing more is tried.
    expect(escalatedAt).toEqual([3]);
    expect(later).toHaveLength(7);
    for (const replies of later) expect(replies).toMatch(/can't try verifying again for 30 minutes/);

    // A client may name itself anything on this endpoint: a new sender on every message still counts as one conversation.
    const before = fraudCases(app).length;
    let n = 0;
    const say = messagesBorrower(url, 'rotating', 'sender-0');
    const rotating = (text: string) => say({ text, from: { id: `sender-${++n}`, name: 'B' } });
    await rotating('hello');
    await rotating('yes');
    let flagged = false;
    for (let i = 101; i <= 103 && !flagged; i++) {
      await rotating(`LN_${i}`);
      await rotating(WRONG_DOB);
      flagged = fraudCases(app).some((c) => c.conversation.conversation?.id === 'rotating');
    }
    expect(flagged).toBe(true);
    const reasons = (await supervisorView(url, before + 1)).flatMap((s) => s.reasons).join('\n');
    expect(reasons).toMatch(/tried from one address or WhatsApp number/);
    expect(reasons).toMatch(/tried from one conversation/);
  }, 120_000);
});
