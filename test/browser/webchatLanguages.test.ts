import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startTestApp } from '../support/testApp';
import { botBubbles, MEDIUM, say, tap } from '../support/webChatBorrower';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;

describe('Web Chat in Hindi and Malay, in a real browser', () => {
  for (const size of SIZES) {
    it(`${size.name}: the language button switches to Hindi, and writing in Malay switches again; identity is still asked first`, async () => {
      const { url } = await startTestApp();
      const browser = await launchBrowser();
      // axe-core's Playwright integration needs a page of an explicit context.
      const page = await (await browser.newContext({ viewport: { width: size.width, height: size.height } })).newPage();
      await page.goto(url);
      await page
        .getByText(/Would you like to continue/)
        .first()
        .waitFor({ timeout: 20_000 });

      await tap(page, 'English/हिंदी/Melayu');
      await tap(page, 'हिंदी');
      await page.getByText('ठीक है, अब हम हिंदी में बात करेंगे।').first().waitFor();
      await tap(page, 'हाँ, आगे बढ़ें');
      // Nothing about the debt before verification, in any language: the next question is the loan reference.
      const asked = await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').last().innerText();
      expect(asked).not.toMatch(/₹/);
      expect(asked).toMatch(/लोन|ऋण|संदर्भ/);
      // The page's own words follow: header, privacy link, footer, Web Chat's placeholder, the document language.
      await expect.poll(() => page.locator('#subtitle').innerText()).toBe('आपके खाते के बारे में निजी चैट');
      expect(await page.locator('#privacy-note').innerText()).toMatch(/किसी व्यक्ति से कभी भी बात करें/);
      expect(await page.locator('#privacy-note strong').allInnerTexts()).toEqual(['agent', 'STOP']);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');
      await expect
        .poll(() => page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first().getAttribute('placeholder'))
        .toBe('अपना संदेश लिखें');
      await page.screenshot({ path: screenshotPath(`webchat-hindi-${size.name}`) });
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

      await say(page, 'Bahasa Melayu');
      await page
        .getByText(/Bahasa Melayu/)
        .last()
        .waitFor();
      await say(page, MEDIUM.loanId);
      await page.screenshot({ path: screenshotPath(`webchat-malay-${size.name}`) });
      const last = await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').last().innerText();
      expect(last).toMatch(/tarikh lahir|empat digit|nombor/i);
      expect(await page.locator('#subtitle').innerText()).toBe('Sembang peribadi tentang akaun anda');
      expect(await page.locator('.webchat__send-box-text-box__input').first().getAttribute('placeholder')).toBe('Taip mesej anda');
      // A reload keeps the borrower's language for the page's words, before the bot has said anything.
      await page.reload();
      await expect.poll(() => page.locator('#subtitle').innerText()).toBe('Sembang peribadi tentang akaun anda');
    });
  }

  for (const size of SIZES)
    it(`${size.name}: a Hindi borrower's offer cards are in Hindi, with ₹ figures each on one uncut line`, async () => {
      const { url } = await startTestApp();
      const browser = await launchBrowser();
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      await page.goto(url);
      await page
        .getByText(/Would you like to continue/)
        .first()
        .waitFor({ timeout: 20_000 });
      await tap(page, 'English/हिंदी/Melayu');
      await tap(page, 'हिंदी');
      await tap(page, 'हाँ, आगे बढ़ें');
      await say(page, MEDIUM.loanId);
      await say(page, MEDIUM.dateOfBirth.split('-').reverse().join('/'));
      await say(page, 'work has dried up and my income dropped a lot');
      await tap(page, 'हाँ, यह सही है');
      await tap(page, 'पता नहीं');
      await say(page, String(MEDIUM.intake.currentMonthlyIncome));
      await say(page, '15000');
      await say(page, '12,000 a month');
      await say(page, 'None');
      await page.getByText('योजना स्वीकार करें').first().waitFor({ timeout: 15_000 });
      expect((await botBubbles(page).allInnerTexts()).join(' ')).toMatch(/ये \d विकल्प आपके बजट में ठीक बैठते हैं/);
      const card = page
        .locator('.ac-adaptiveCard')
        .filter({ hasText: /^विकल्प 1 \// })
        .first();
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`webchat-hindi-offers-${size.name}`) });
      await card.screenshot({ path: screenshotPath(`webchat-hindi-offer-card-${size.name}`) });
      const text = await card.innerText();
      expect(text).toMatch(/कुल भुगतान\s+₹[\d,]+(\.\d\d)?/);
      expect(text).not.toMatch(/Total you will pay|Overall you pay|Option 1 of/);
      const values = await card.locator('.ac-container').evaluateAll((containers) =>
        containers
          .map((c) => c.querySelectorAll(':scope > .ac-textBlock'))
          .filter((blocks) => blocks.length === 2)
          .map((blocks) => {
            const value = blocks[1] as HTMLElement;
            const range = document.createRange();
            range.selectNodeContents(value);
            return {
              text: value.innerText,
              lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
              cut: value.scrollWidth > value.clientWidth + 1,
            };
          }),
      );
      expect(values.length).toBeGreaterThanOrEqual(4);
      for (const value of values) expect(value, value.text).toMatchObject({ lines: 1, cut: false });
    }, 90_000);
});
