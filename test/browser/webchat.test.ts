import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startTestApp } from '../support/testApp';
import { botBubbles, openVerified, reachOffers, say } from '../support/webChatBorrower';

describe('Web Chat in a real browser', () => {
  it('completes an intake: consent, identity, story, budget, then Accept on the offer card', async () => {
    const { url, app } = await startTestApp();
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 480, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    page.on('response', (res) => {
      if (res.status() >= 400) errors.push(`${res.status()} ${res.url()}`);
    });
    await page.goto(url);
    await page
      .getByText(/Northwind Lending virtual assistant/)
      .first()
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath('webchat-1-welcome') });

    await reachOffers(page);
    await page.screenshot({ path: screenshotPath('webchat-2-offers') });

    await page.getByRole('button', { name: 'Accept this plan' }).first().click();
    await page
      .getByText(/Your reference is FB-/)
      .first()
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('webchat-3-accepted') });

    let reference = '';
    for await (const arrangement of app.arrangements.all()) reference = arrangement.reference;
    expect(reference).toMatch(/^FB-/);
    await expect.poll(() => page.getByText(new RegExp(`Your reference is ${reference}`)).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('a reload keeps the same conversation: the history comes back and the intake carries on', async () => {
    const { url } = await startTestApp();
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 480, height: 800 } });
    await openVerified(page, url);
    await page
      .getByText(/What has made it hard/)
      .first()
      .waitFor();

    await page.reload();
    await page
      .getByText(/you.re verified/)
      .first()
      .waitFor({ timeout: 20_000 });
    await say(page, 'work has dried up and my income dropped a lot');
    await page
      .getByText(/It sounds like your income has gone down/)
      .first()
      .waitFor();
    await page.screenshot({ path: screenshotPath('webchat-4-after-reload') });
    // One welcome only: the reload resumed the conversation rather than starting another.
    expect(
      await botBubbles(page)
        .filter({ hasText: /Would you like to continue/ })
        .count(),
    ).toBe(1);
  });
});
