import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startTestApp } from '../support/testApp';
import { reachOffers } from '../support/webChatBorrower';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
];

describe('written confirmation in the browser', () => {
  it('a borrower accepts an offer in Web Chat, opens the link, and reads a printable page at both sizes', async () => {
    const { url, app } = await startTestApp();
    const browser = await launchBrowser();
    const chat = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    await chat.goto(url);
    await reachOffers(chat);
    await chat.getByRole('button', { name: 'Accept this plan' }).first().click();
    const link = chat.getByRole('link', { name: /\/confirmation\// }).last();
    await link.waitFor({ timeout: 15_000 });
    await link.scrollIntoViewIfNeeded();
    await chat.screenshot({ path: screenshotPath('confirmation-webchat-phone') });
    // The server's PUBLIC_URL defaults to localhost:PORT, and this test server listens on a port picked at start.
    const path = new URL((await link.getAttribute('href'))!).pathname;
    const arrangements = [];
    for await (const a of app.arrangements.all()) arrangements.push(a);
    const [arrangement] = arrangements;

    for (const viewport of VIEWPORTS) {
      const page = await (await browser.newContext({ viewport })).newPage();
      const res = await page.goto(`${url}${path}`);
      expect(res!.status()).toBe(200);
      await page.getByRole('heading', { name: 'Confirmation of your payment arrangement' }).waitFor();
      await expect.poll(() => page.getByText(arrangement.termsDigest!).count()).toBe(1);
      // Nothing sideways at 390 px: the page fits its width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: screenshotPath(`confirmation-page-${viewport.name}`), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByText("To keep a copy, use your browser's Print or Share menu.").isVisible()).toBe(false);
      await page.screenshot({ path: screenshotPath(`confirmation-print-${viewport.name}`), fullPage: true });
      await page.close();
    }
  }, 180_000);
});
