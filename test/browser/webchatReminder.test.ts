import { describe, expect, it } from 'vitest';
import { createApp } from '../../bot/app/createApp';
import { loadConfig } from '../../bot/app/config';
import { createLogger } from '../../bot/infra/logger';
import { instalmentSchedule } from '../../models/offers';
import { agreeMediumPlan, DAY, DEC_10 } from '../support/agreedPlan';
import { launchBrowser, screenshotPath } from '../support/browser';
import { tempDir } from '../support/tempDir';
import { botBubbles, MEDIUM, openVerified, say, tap } from '../support/webChatBorrower';

const REMINDER = /A friendly reminder: something on your account with us is coming up on 20 December 2026/;

describe('a reminder before a due date, in the borrower’s open Web Chat page', () => {
  it('arrives in the page with nothing about the debt; replying verifies first, then gives the date and amount', async () => {
    const clock = { at: DEC_10 };
    const env = { PORT: '0', DATA_DIR: tempDir(), LOG_LEVEL: 'silent', DEMO_LOANS: '40', DEMO_ARRANGEMENTS: '0', OUTREACH_TICK_MS: '40' };
    const app = await createApp(loadConfig(env), createLogger('silent'), { now: () => new Date(clock.at) });
    try {
      const url = await app.listen(0, '127.0.0.1');
      const arrangement = await agreeMediumPlan(app);
      const page = await (await launchBrowser()).newPage({ viewport: { width: 390, height: 844 } });
      await openVerified(page, url);
      // The borrower goes quiet and the intake is parked; the page stays open.
      clock.at += 66 * 60_000;
      await app.idle.sweep();
      const before = await botBubbles(page).count();

      clock.at = DEC_10 + 8 * DAY; // 18 December, 10:30 in India: two days before the first instalment
      await page.getByText(REMINDER).first().waitFor({ timeout: 20_000 });
      await page
        .getByText(REMINDER)
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: screenshotPath('webchat-reminder-phone') });
      const arrived = (await botBubbles(page).allInnerTexts()).slice(before).join('\n');
      expect(arrived).not.toMatch(/₹|instalment|FB-/);

      await say(page, 'hi');
      await tap(page, 'Yes, continue');
      await say(page, MEDIUM.loanId);
      const unverified = (await botBubbles(page).allInnerTexts()).slice(before).join('\n');
      expect(unverified).not.toMatch(/₹|FB-/);
      await say(page, MEDIUM.phoneLast4);
      const told = page.getByText(new RegExp(`under your arrangement ${arrangement.reference} is due on 20 December 2026`)).first();
      await told.waitFor({ timeout: 15_000 });
      expect(await told.innerText()).toContain(instalmentSchedule(arrangement)[0].amount.toLocaleString('en-IN'));
      await told.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: screenshotPath('webchat-reminder-verified-phone') });
    } finally {
      await app.close();
    }
  }, 120_000);
});
