import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../../bot/app/createApp';
import { loadConfig } from '../../../../bot/app/config';
import { createLogger } from '../../../../bot/infra/logger';
import { DEMO_BORROWERS } from '../../../../models/loanBook/syntheticLoanBook';
import { DirectLineClient } from '../../../support/directLineClient';
import { textOf } from '../../../support/intakeConversation';
import { tempDir } from '../../../support/tempDir';

const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;

describe('a borrower who goes quiet mid-intake', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(() => close?.());

  it('gets one reminder, then the intake is parked and resumes when they come back', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const config = loadConfig({
      PORT: '0',
      DATA_DIR: tempDir(),
      LOG_LEVEL: 'silent',
      DEMO_LOANS: '40',
      DEMO_ARRANGEMENTS: '0',
      IDLE_REMINDER_MINUTES: '15',
      IDLE_PARK_MINUTES: '60',
    });
    const app = await createApp(config, createLogger('silent'), { now: () => new Date(clock) });
    close = () => app.close();
    const client = new DirectLineClient(await app.listen(0, '127.0.0.1'));
    await client.start();
    await client.botReplies(3);
    for (const text of ['yes', MEDIUM.loanId, MEDIUM.phoneLast4]) await client.say(text);

    clock += 10 * 60_000;
    await app.idle.sweep();
    expect(await client.botReplies(0, 300)).toEqual([]);

    clock += 6 * 60_000;
    await app.idle.sweep();
    expect(textOf(await client.botReplies(1))).toMatch(/Are you still there\?/);
    clock += 5 * 60_000;
    await app.idle.sweep();
    expect(await client.botReplies(0, 300)).toEqual([]);

    clock += 50 * 60_000;
    await app.idle.sweep();
    const summary = app.transcripts.allSummaries()[0];
    expect(summary.outcome).toBe('parked');

    expect(textOf(await client.say('sorry, I was called away'))).toMatch(/Welcome back! Let's carry on with what has happened[\s\S]*What has made it hard/);
  });
});
