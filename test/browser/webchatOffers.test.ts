import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startTestApp } from '../support/testApp';
import { botBubbles, reachOffers } from '../support/webChatBorrower';

/** DevTools-style "Fast 3G": about 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency. */
const FAST_3G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const FIRST_MESSAGE_BUDGET_MS = 6_000;

/** Each figure's value block on the offer cards (the second of a caption-and-value pair): its text, whether it is cut short, its line count. */
function figureValues(page: Page) {
  return page.locator('.ac-adaptiveCard .ac-container').evaluateAll((containers) =>
    containers
      .map((c) => c.querySelectorAll(':scope > .ac-textBlock'))
      .filter((blocks) => blocks.length === 2)
      .map((blocks) => {
        const value = blocks[1] as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(value);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        const cut = [value, ...value.querySelectorAll<HTMLElement>('*')].some((e) => e.scrollWidth > e.clientWidth + 1);
        return { text: value.innerText, lines, truncated: cut };
      }),
  );
}

async function offersAt(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<void> {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  await reachOffers(page);
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Option 1 of' }).first();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(`webchat-offers-${viewport.width}`) });
  await card.screenshot({ path: screenshotPath(`webchat-offer-card-${viewport.width}`) });

  const stated = Number(/Here are (\d+) options/.exec((await botBubbles(page).allInnerTexts()).join(' '))?.[1]);
  const cards = page.locator('.ac-adaptiveCard').filter({ hasText: /^Option \d+ of \d+/ });
  expect(await cards.count()).toBe(stated);
  for (let i = 0; i < stated; i++) {
    const buttons = await cards.nth(i).getByRole('button').allInnerTexts();
    expect(buttons.map((b) => b.trim())).toEqual(['Accept this plan', 'I need time', 'None of these', 'Talk to someone']);
  }
  const values = await figureValues(page);
  expect(values.length).toBeGreaterThanOrEqual(stated * 4);
  expect(
    values.some((v) => /^₹\d{1,2},\d{2},\d{3}\.\d\d$/.test(v.text)),
    'a lakh-sized amount with paise is among them',
  ).toBe(true);
  for (const value of values) expect(value, value.text).toMatchObject({ lines: 1, truncated: false });
  await page.close();
}

describe('Web Chat offers and page weight in a real browser', () => {
  it('offer cards keep every figure on one line, uncut, on a phone (390×844) and a laptop (1366×900)', async () => {
    const browser = await launchBrowser();
    // A server each: the second visit would otherwise resume the first one's saved progress at the offers.
    await offersAt(browser, (await startTestApp()).url, { width: 390, height: 844 });
    await offersAt(browser, (await startTestApp()).url, { width: 1366, height: 900 });
  }, 90_000);

  it('on Fast 3G the page shows a loading state at once and the first bot message within 6 s', async () => {
    const { url } = await startTestApp();
    const browser = await launchBrowser();
    // Warm the server (compression runs at start) so the measurement is the network's, not the test's start-up.
    await fetch(`${url}/assets/webchat.js`, { headers: { 'Accept-Encoding': 'br' } }).then((r) => r.arrayBuffer());
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    let bundleBytes = 0;
    let bundleDone = false;
    page.on('requestfinished', async (request) => {
      if (!/\/assets\/webchat\.[0-9a-f]+\.js$/.test(request.url())) return;
      bundleBytes = (await request.sizes()).responseBodySize;
      bundleDone = true;
    });

    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('.loading[role="status"]').waitFor({ state: 'visible', timeout: 5_000 });
    const loadingAt = Date.now() - started;
    expect(bundleDone, 'the loading state shows before the bundle has arrived').toBe(false);
    await page.screenshot({ path: screenshotPath('webchat-fast3g-loading') });

    await page
      .getByText(/Northwind Lending virtual assistant/)
      .first()
      .waitFor({ timeout: 20_000 });
    const firstMessageAt = Date.now() - started;
    await page.screenshot({ path: screenshotPath('webchat-fast3g-first-message') });
    expect(await page.locator('.loading').count()).toBe(0);
    console.log(`Fast 3G: loading state at ${loadingAt} ms, first bot message at ${firstMessageAt} ms, bundle ${bundleBytes} bytes on the wire`);
    expect(bundleBytes).toBeGreaterThan(0);
    expect(bundleBytes).toBeLessThan(1_000_000);
    expect(firstMessageAt).toBeLessThanOrEqual(FIRST_MESSAGE_BUDGET_MS);
  });
});
