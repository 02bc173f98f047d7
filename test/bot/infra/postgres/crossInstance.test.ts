import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DirectLineClient } from '../../../support/directLineClient';
import { testSchema } from '../../../support/postgresSchema';
import { AGENTS_AVAILABLE, StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

const schema = await testSchema();
afterAll(() => schema.drop());

/** The Direct Line calls of one borrower, each sent to whichever instance `via` names (a load balancer without affinity). */
function sameBorrowerOn(client: DirectLineClient, url: string): DirectLineClient {
  const moved = new DirectLineClient(url);
  Object.assign(moved, { conversationId: client.conversationId, token: client.token, watermark: client.watermark });
  return moved;
}

describe.skipIf(schema.unreachable !== null)('a borrower on one instance, the agent console on another (LISTEN/NOTIFY)', () => {
  const env = { STORE: 'postgres', DATABASE_URL: schema.url, ...AGENTS_AVAILABLE };

  it("B's console sees A's case live, claims it, and messages flow both ways; the borrower's poll works on either", async () => {
    const [a, b] = await Promise.all([startTestApp(env), startTestApp(env)]);
    const agent = await StaffClient.signIn(b.url, 'agent');
    const feed = agent.stream();
    await feed.next('queue');
    // B announces its agent on connect; the borrower below is queued on A only if A heard it (else: a callback offer).
    await new Promise((r) => setTimeout(r, 300));

    const borrower = new DirectLineClient(a.url);
    await borrower.start();
    await borrower.botReplies(3);
    const asked = await borrower.say('I want to talk to a person');
    expect(asked.map((r) => r.text).join(' ')).toMatch(/Someone should be with you/);

    const added = await feed.next('case', (c) => c.status === 'queued');
    const caseId = String(added.id);
    await feed.next('escalation', (e) => e.caseId === caseId);
    expect((await agent.post(`/api/agent/cases/${caseId}/claim`)).status).toBe(200);
    // The claim made on B is A's too: A's cached case shows who holds it.
    await expect.poll(async () => (await a.app.cases.get(caseId))?.assignedTo, { timeout: 5000 }).toBe('agent');

    expect((await agent.post(`/api/agent/cases/${caseId}/messages`, { text: 'Hello, this is Priya. How can I help?' })).status).toBe(200);
    const onA = await borrower.botReplies(1);
    expect(onA.map((r) => r.text)).toContain('Hello, this is Priya. How can I help?');

    await borrower.post('My salary is late this month');
    const live = await feed.next('transcript', (t) => (t.entries as { text?: string }[]).some((e) => e.text === 'My salary is late this month'));
    expect(live.caseId).toBe(caseId);

    // The same borrower's next poll lands on B: the stream there holds what A served.
    const polledOnB = sameBorrowerOn(borrower, b.url);
    polledOnB.watermark = 0;
    await polledOnB.botReplies(0, 0);
    const texts = polledOnB.received.map((r) => r.text);
    expect(texts).toContain('I want to talk to a person');
    expect(texts).toContain('Hello, this is Priya. How can I help?');
    expect(texts).toContain('My salary is late this month');
    feed.close();
  });

  /** The application names of the cluster buses listening right now. */
  async function listeners(): Promise<string[]> {
    const client = new pg.Client({ connectionString: schema.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        "SELECT application_name AS name FROM pg_stat_activity WHERE application_name LIKE 'forbear-bus-%'",
      );
      return rows.map((r) => r.name);
    } finally {
      await client.end();
    }
  }

  it('an instance whose listening connection dropped reconnects and reloads what changed meanwhile', async () => {
    const before = new Set(await listeners());
    const a = await startTestApp(env);
    const [busOfA] = (await listeners()).filter((name) => !before.has(name));
    const b = await startTestApp(env);
    const borrower = new DirectLineClient(b.url);
    await borrower.start();
    await borrower.botReplies(3);
    await borrower.say('I want to talk to a person');
    const caseId = b.app.cases.openCaseFor('directline', borrower.conversationId)!.id;
    await expect.poll(() => a.app.cases.openCases().some((c) => c.id === caseId), { timeout: 5000 }).toBe(true);

    const admin = new pg.Client({ connectionString: schema.url });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [busOfA]);
    await admin.end();
    // Changed while A is not listening: only the resync after reconnecting can tell A.
    await b.app.cases.update(caseId, (record) => ({ ...record, priority: 99 }));
    await expect.poll(() => a.app.cases.openCases().find((c) => c.id === caseId)?.priority, { timeout: 10_000 }).toBe(99);
  });
});
