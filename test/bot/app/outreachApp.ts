import { afterEach } from 'vitest';
import { createApp, type App } from '../../../bot/app/createApp';
import { loadConfig } from '../../../bot/app/config';
import { createLogger } from '../../../bot/infra/logger';
import type { FakeGraphServer } from '../../support/fakeGraphServer';
import { tempDir } from '../../support/tempDir';
import { APP_SECRET, PHONE_NUMBER_ID, VERIFY_TOKEN } from '../channels/whatsApp/support/webhookFixtures';

/** 11:00 in India on a Monday: inside every contact window the demo book (India) is read in. */
export const OUTREACH_NOW = '2026-03-02T05:30:00.000Z';

/** The real app on a clock the test moves, the scheduler ticked by the test, WhatsApp on the fake Graph API when given. */
export async function startOutreachApp(
  graph?: FakeGraphServer,
  now = OUTREACH_NOW,
  env: Record<string, string> = {},
): Promise<{ app: App; url: string; clock: { now: Date } }> {
  const clock = { now: new Date(now) };
  const whatsapp = graph
    ? {
        WHATSAPP_TOKEN: 'wa-token',
        WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
        WHATSAPP_APP_SECRET: APP_SECRET,
        WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
        WHATSAPP_API_BASE_URL: graph.url,
      }
    : {};
  const config = loadConfig({
    PORT: '0',
    DATA_DIR: tempDir(),
    LOG_LEVEL: 'silent',
    DEMO_LOANS: '40',
    DEMO_ARRANGEMENTS: '0',
    OUTREACH_TICK_MS: '0',
    ...whatsapp,
    ...env,
  });
  const app = await createApp(config, createLogger('silent'), { now: () => clock.now });
  const url = await app.listen(0, '127.0.0.1');
  afterEach(() => app.close());
  return { app, url, clock };
}

export const CAMPAIGN_INPUT = {
  name: 'Early arrears, March',
  segment: { daysPastDue: { min: 0 } },
  message: { template: 'payment_support', variables: ['lender_name'] },
  steps: [0],
  start: '2026-03-01T00:00:00Z',
  dailyCap: 6,
  holdoutShare: 0.2,
};
