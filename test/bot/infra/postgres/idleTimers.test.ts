import { afterAll, afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createApp, type App } from '../../../../bot/app/createApp';
import { PgIdleSchedule } from '../../../../bot/casework/idle/pgIdleSchedule';
import { loadConfig } from '../../../../bot/app/config';
import { createLogger } from '../../../../bot/infra/logger';
import { DEMO_BORROWERS } from '../../../../models/loanBook/syntheticLoanBook';
import { DirectLineClient } from '../../../support/directLineClient';
import { testSchema } from '../../../support/postgresSchema';
import { tempDir } from '../../../support/tempDir';

const schema = await testSchema();
afterAll(() => schema.drop());

const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;

describe.skipIf(schema.unreachable !== null)('idle follow-ups on PostgreSQL (durable timers)', () => {
  const apps: App[] = [];
  afterEach(async () => void (await Promise.all(apps.splice(0).map((app) => app.close()))));

  let clock = Date.parse('2026-11-23T10:00:00Z');
  async function instance(): Promise<{ app: App; url: string }> {
    const config = loadConfig({
      ...{ PORT: '0', DATA_DIR: tempDir(), LOG_LEVEL: 'silent', DEMO_LOANS: '40', DEMO_ARRANGEMENTS: '0', STORE: 'postgres', DATABASE_URL: schema.url },
      ...{ IDLE_REMINDER_MINUTES: '15', IDLE_PARK_MINUTES: '60' },
    });
    const app = await createApp(config, createLogger('silent'), { now: () => new Date(clock) });
    apps.push(app);
    return { app, url: await app.listen(0, '127.0.0.1') };
  }

  it('a reminder due for a conversation on an instance that is gone is sent once by another, however many sweep', async () => {
    const a = await instance();
    const b = await instance();
    const c = await instance();
    const borrower = new DirectLineClient(a.url);
    await borrower.start();
    await borrower.botReplies(3);
    for (const text of ['yes', MEDIUM.loanId, MEDIUM.phoneLast4]) await borrower.say(text);
    await a.app.close();
    apps.splice(apps.indexOf(a.app), 1);

    clock += 16 * 60_000;
    await Promise.all([b.app.idle.sweep(), c.app.idle.sweep(), b.app.idle.sweep()]);
    await Promise.all([b.app.idle.sweep(), c.app.idle.sweep()]);
    // The borrower's poll now goes to B (A is gone): B holds the stream, including what C sent.
    const onB = new DirectLineClient(b.url);
    Object.assign(onB, { conversationId: borrower.conversationId, token: borrower.token, watermark: borrower.watermark });
    await new Promise((r) => setTimeout(r, 300));
    const replies = await onB.botReplies(0, 0);
    expect(replies.filter((r) => /Are you still there\?/.test(r.text ?? ''))).toHaveLength(1);

    clock += 50 * 60_000;
    await Promise.all([b.app.idle.sweep(), c.app.idle.sweep()]);
    const outcome = () => b.app.transcripts.allSummaries().find((summary) => summary.conversationId === borrower.conversationId)?.outcome;
    await expect.poll(outcome, { timeout: 5000 }).toBe('parked');
  });

  it('a burst of messages writes the clock once; a message 15 s on, or after a reminder, moves it', async () => {
    await instance(); // applies the migrations to the schema
    const pool = new pg.Pool({ connectionString: schema.url, max: 2 });
    try {
      const schedule = new PgIdleSchedule(pool);
      const lastAt = async () => (await pool.query<{ last_at: Date }>('SELECT last_at FROM idle_timers WHERE key = $1', ['t:burst'])).rows[0].last_at.getTime();
      const t0 = Date.parse('2026-11-23T10:00:00Z');
      await schedule.touch('t:burst', { channelId: 't' }, t0);
      await schedule.touch('t:burst', { channelId: 't' }, t0 + 5_000);
      await schedule.touch('t:burst', { channelId: 't' }, t0 + 14_999);
      expect(await lastAt()).toBe(t0);
      await schedule.touch('t:burst', { channelId: 't' }, t0 + 15_000);
      expect(await lastAt()).toBe(t0 + 15_000);
      const due = await schedule.claimDue(t0 + 16 * 60_000, t0 + 60_000, t0 - 60 * 60_000);
      expect(due.map((d) => d.key)).toContain('t:burst');
      await schedule.touch('t:burst', { channelId: 't' }, t0 + 16 * 60_000 + 1_000);
      expect(await lastAt()).toBe(t0 + 16 * 60_000 + 1_000);
    } finally {
      await pool.end();
    }
  });
});
