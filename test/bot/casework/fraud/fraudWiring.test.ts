import { describe, expect, it } from 'vitest';
import { SETTLEMENT_TYPES } from '../../../../models/offers/plan';
import { DirectLineClient } from '../../../support/directLineClient';
import { AGENTS_AVAILABLE, StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

const ACCUSING = /fraud|suspic|invent|lie|lying|probe|anomal/i;
const text = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

async function verifiedBorrower(url: string): Promise<DirectLineClient> {
  const client = new DirectLineClient(url);
  await client.start();
  await client.botReplies(1);
  await client.say('yes');
  await client.say('LN_90002');
  await client.say('02/07/1980');
  return client;
}

describe('fraud signals through the real endpoints', () => {
  it('a probe run across 50 loans from one address is flagged and escalated, and nothing accusing is said', async () => {
    const { url, app } = await startTestApp({ ...AGENTS_AVAILABLE, DIRECTLINE_NEW_CONVERSATIONS_PER_MINUTE: '100' });
    const escalatedAt: number[] = [];
    const said: string[] = [];
    for (let i = 1; i <= 50; i++) {
      const client = new DirectLineClient(url);
      await client.start();
      await client.botReplies(1);
      await client.say('yes');
      await client.say(`LN_${i}`);
      said.push(text(await client.say('01/01/1950')));
      const open = app.cases.openCaseFor('directline', client.conversationId);
      if (open?.reason === 'fraud_review') escalatedAt.push(i);
    }
    expect(escalatedAt[0]).toBe(3);
    expect(escalatedAt.length).toBeGreaterThanOrEqual(45);
    expect(said.join('\n')).toContain('A member of our team will look at your options with you.');
    expect(said.join('\n')).not.toMatch(ACCUSING);

    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const { json } = await supervisor.get('/api/supervisor/fraud');
    const cases = json.cases as { record: { signals: { kind: string }[]; decision: { agentReasons: string[] } } }[];
    expect(cases.length).toBe(escalatedAt.length);
    expect(cases[0].record.signals.map((s) => s.kind)).toContain('identity_probe_source');
    expect(cases[0].record.decision.agentReasons.join(' ')).toMatch(/different loan references were tried from one address/);
  }, 120_000);

  it('an invented budget withholds settlements and sends the case to a person with the reasons', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const client = await verifiedBorrower(url);
    const replies: string[] = [];
    // Income five times the loan book's, essentials far too low for the household, and a story that explains nothing.
    for (const answer of ['work has dried up, I am self employed and my income dropped a lot', 'yes', 'In 3 to 6 months', '400000', '100', '100', '0'])
      replies.push(text(await client.say(answer)));
    const record = app.cases.openCaseFor('directline', client.conversationId);
    expect(record?.reason).toBe('fraud_review');
    expect(record?.note).toMatch(/Stated income|Essential costs/);
    expect(record?.plans.some((p) => SETTLEMENT_TYPES.includes(p.type))).toBe(false);
    expect(replies.join('\n')).toContain('A member of our team will look at your options with you.');
    expect(replies.join('\n')).not.toMatch(ACCUSING);
  }, 60_000);

  it('a genuine borrower is not flagged and sees the offers', async () => {
    const { url, app } = await startTestApp(AGENTS_AVAILABLE);
    const client = await verifiedBorrower(url);
    let last: { text?: string; attachments?: unknown[] }[] = [];
    for (const answer of [
      'work has dried up, I am self employed and my income dropped a lot',
      'yes',
      'In 3 to 6 months',
      '60k a month',
      '15,000',
      'about 12000 monthly',
      'None',
    ])
      last = await client.say(answer);
    expect(app.cases.openCaseFor('directline', client.conversationId)).toBeUndefined();
    expect(last.some((r) => (r.attachments ?? []).length > 0)).toBe(true);
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    expect(((await supervisor.get('/api/supervisor/fraud')).json.cases as unknown[]).length).toBe(0);
  }, 60_000);
});
