import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { computeBudget, createArrangement, makeOffers } from '../../models/offers';
import { launchBrowser, screenshotPath } from '../support/browser';
import { verifiedCase } from '../support/verifiedCase';
import { budgetInput, policy } from '../models/offers/fixtures';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;

describe('agent console promise history in a real browser', () => {
  for (const size of SIZES) {
    it(`${size.name} (${size.width}×${size.height}): the case's loan shows its arrangement, instalment states and arrears`, async () => {
      const { app, url, loan, caseId } = await verifiedCase({ claimed: false });
      // An arrangement agreed four months ago and never paid: its first instalments are missed.
      const agreed = new Date(Date.now() - 120 * 86_400_000);
      const risk = { probability: 0.3, band: 'medium' as const };
      const offers = makeOffers(
        { loan, risk, budget: computeBudget(budgetInput(loan.Monthly_Income * 0.4), policy), vulnerable: false, crisis: false, temporary: true, today: agreed },
        policy,
      );
      const plan = offers.plans.find((p) => p.type !== 'deferral') ?? offers.plans[0];
      await app.arrangements.save(createArrangement({ loan, plan, channel: 'webchat', now: agreed }));

      const browser = await launchBrowser();
      const page = await (await browser.newContext({ viewport: { width: size.width, height: size.height } })).newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await page.goto(`${url}/agent`);
      await page.fill('#name', 'agent');
      await page.fill('#password', 'agent-demo-pass');
      await page.click('#sign-in-form button[type=submit]');
      await page.locator(`.queue-item[data-case="${caseId}"]`).click();
      const panel = page.locator('#promises');
      await panel.getByText(/arrears ₹/).waitFor();
      await expect(panel.getByText('missed').first().isVisible()).resolves.toBe(true);
      await expect(panel.getByText('No payments received.').isVisible()).resolves.toBe(true);
      // Dates in the profile's format (India: 5 Mar 2026), never ISO.
      expect(await panel.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      await panel.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath(`agent-promises-${size.name}`), fullPage: size.name === 'desktop' });
      const axe = await new AxeBuilder({ page }).include('#promises').analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      expect(errors).toEqual([]);
      await browser.close();
    });
  }
});
