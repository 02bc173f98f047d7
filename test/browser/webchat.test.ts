import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startTestApp } from '../support/testApp';

describe('Web Chat in a real browser', () => {
  it('opens /, shows the welcome, types a message and sees the reply', async () => {
    const { url } = await startTestApp();
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 480, height: 820 } });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(url);
    await page.getByText(/Northwind Lending/).first().waitFor({ timeout: 20_000 });
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('hello there');
    await input.press('Enter');
    await page.locator('.webchat__bubble--from-user').getByText('hello there').waitFor();
    const botBubbles = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
    await expect.poll(() => botBubbles.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: screenshotPath('webchat-foundation'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
