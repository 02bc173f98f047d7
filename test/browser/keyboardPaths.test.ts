import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { DirectLineClient } from '../support/directLineClient';
import { startTestApp } from '../support/testApp';
import { reachOffers } from '../support/webChatBorrower';

/** Presses Tab (at most `max` times) until the focused element matches `selector` and its accessible text `name`. */
async function tabTo(page: Page, selector: string, name: RegExp, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((css) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || !el.matches(css)) return '';
      return `${el.getAttribute('aria-label') ?? ''} ${el.innerText ?? ''} ${el.getAttribute('placeholder') ?? ''}`.trim();
    }, selector);
    if (focused && name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${selector} ${name}`);
}

describe('keyboard-only paths', () => {
  it('a borrower accepts an offer card with Tab and Enter only', async () => {
    const { url } = await startTestApp();
    const browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(url);
    await reachOffers(page);
    // Web Chat's keyboard model: Shift+Tab from the message box to the chat history, arrow keys (End: the newest)
    // to pick a message, Enter to step into it, then Tab through its buttons.
    await page.locator('[data-id="webchat-sendbox-input"]').focus();
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.classList.contains('webchat__basic-transcript'))); i++)
      await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button', /Accept this plan/, 30);
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.boxShadow}`;
    });
    await page.screenshot({ path: screenshotPath('keyboard-webchat-accept-focused') });
    expect(outline).not.toBe('none none');
    await page.keyboard.press('Enter');
    await page
      .getByText(/Your reference is FB-/)
      .first()
      .waitFor({ timeout: 15_000 });
  });

  it('an agent claims, sends a message and closes a case (outcome + confirmation) with the keyboard only', { timeout: 90_000 }, async () => {
    const { url, app } = await startTestApp({ AGENT_DAYS: 'Sun-Sat', AGENT_HOURS: '00:00-24:00' });
    const browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(`${url}/agent`);
    await page.locator('#name').focus();
    await page.keyboard.type('agent');
    await page.keyboard.press('Tab');
    await page.keyboard.type('agent-demo-pass');
    await page.keyboard.press('Enter');
    await page.locator('#status-dot.live').waitFor();

    const borrower = new DirectLineClient(url);
    await borrower.start();
    await borrower.botReplies(3);
    await borrower.say('I want to talk to a person');
    const item = page.locator('.queue-item').first();
    await item.waitFor({ timeout: 10_000 });
    const caseId = app.cases.openCases()[0].id;

    await tabTo(page, '.queue-item, .queue-item *', new RegExp(caseId));
    await page.keyboard.press('Enter');
    await page.locator('#case-title').getByText(caseId).waitFor();
    await tabTo(page, 'button', /^Claim/);
    await page.keyboard.press('Enter');
    await page
      .locator('.event')
      .getByText(/You joined/)
      .waitFor();

    await tabTo(page, 'textarea', /Write to the borrower/);
    await page.keyboard.type('Hello, I am here to help.');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await borrower.botReplies(0, 200), borrower.received.map((r) => r.text)), { timeout: 10_000 })
      .toContain('Hello, I am here to help.');

    await tabTo(page, 'select#disposition', /Outcome/);
    // A closed select takes keys too: End picks the last outcome ("No contact").
    await page.keyboard.press('End');
    expect(await page.inputValue('#disposition')).toBe('no_contact');
    await tabTo(page, 'button#close-case', /Close case/);
    await page.keyboard.press('Enter');
    await page.locator('#close-dialog[open]').waitFor();
    await page.screenshot({ path: screenshotPath('keyboard-agent-close-confirm') });
    await tabTo(page, 'button#close-confirm', /Close case/, 5);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app.cases.get(caseId))?.status, { timeout: 5_000 }).toBe('closed');
  });
});
