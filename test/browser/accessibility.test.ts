import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startTestApp } from '../support/testApp';

/** Serious and critical axe findings, one line each (rule, then the first offending element). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
];

describe('axe on the borrower Web Chat page and the agent console', () => {
  it.each(VIEWPORTS)(
    'no serious or critical findings at $width×$height',
    async (viewport) => {
      const { url } = await startTestApp();
      const browser = await launchBrowser();
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(`${url}/agent`);
      await page.fill('#name', 'agent');
      await page.fill('#password', 'agent-demo-pass');
      await page.click('#sign-in-form button[type=submit]');
      await page.getByText('No one is waiting.').waitFor();
      await page.screenshot({ path: screenshotPath(`a11y-agent-${viewport.name}`) });
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(url);
      await page.locator('[data-testid="webchat-sendbox-input"], textarea, input[type=text]').first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(1500);
      await page.screenshot({ path: screenshotPath(`a11y-webchat-${viewport.name}`) });
      expect(await seriousViolations(page)).toEqual([]);
    },
    90_000,
  );
});
