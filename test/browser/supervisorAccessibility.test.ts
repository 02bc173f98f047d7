import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startTestApp } from '../support/testApp';
import { POPULATION, seed } from '../bot/staff/supervisor/transcriptFixtures';

/** Serious and critical axe findings, one line each (rule, then the first offending element). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
];

describe('supervisor pages: loan search, close outcome, corrections, date range, accessibility', () => {
  it.each(VIEWPORTS)(
    'works and passes axe at $width×$height',
    async (viewport) => {
      const { url, app } = await startTestApp();
      await seed(app.transcripts, POPULATION);
      await app.transcripts.append('directline', 'a1', [
        {
          at: '2026-11-20T09:30:00.000Z',
          speaker: 'agent',
          agent: 'agent',
          kind: 'decision',
          decision: { kind: 'agent_closed', value: { agent: 'agent', disposition: 'callback_booked' } },
        },
        {
          at: '2026-11-20T09:40:00.000Z',
          speaker: 'system',
          kind: 'decision',
          decision: { kind: 'reasons_corrected', value: { reasons: ['illness'], supervisor: 'supervisor', note: '' } },
        },
      ]);
      const browser = await launchBrowser();
      // AxeBuilder needs a page from an explicit context.
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(`${url}/supervisor`);
      await page.locator('#signin-form [name=name]').fill('supervisor');
      await page.locator('#signin-form [name=password]').fill('supervisor-demo-pass');
      await page.locator('#signin-form button[type=submit]').click();
      await page.locator('#kpis .kpi').first().waitFor();

      await page.locator('#range [name=from]').fill('2026-11-23');
      await page.locator('#range [name=to]').fill('2026-11-23');
      await page.locator('#range button[type=submit]').click();
      await expect.poll(() => page.locator('#kpis .kpi b').first().textContent()).toBe('2');
      await page.locator('#range [name=from]').fill('2026-11-24');
      await page.locator('#range button[type=submit]').click();
      await expect.poll(() => page.locator('#range-error').textContent()).toMatch(/after "to"/);
      await page.locator('#range [data-days=""]').click();
      await expect.poll(() => page.locator('#kpis .kpi b').first().textContent()).toBe('5');
      await page.waitForTimeout(800);
      await page.screenshot({ path: screenshotPath(`supervisor-range-${viewport.name}`), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);

      await page.locator('#tabs [data-tab=conversations]').click();
      await page.locator('#filters [name=loan]').fill(' ln-a1 ');
      await page.locator('#filters button[type=submit]').click();
      await expect.poll(() => page.locator('#conversation-table tbody tr').count()).toBe(1);
      const row = page.locator('#conversation-table tbody tr').first();
      expect(await row.textContent()).toMatch(/LN_a1.*closed.*callback booked/);
      expect(await row.locator('.pill.corrected').getAttribute('title')).toMatch(/first read as unemployment; corrected by supervisor supervisor/);
      // Keyboard only: the row takes focus and opens with Enter.
      await row.focus();
      await page.keyboard.press('Enter');
      await page.locator('#transcript .facts .pill.disposition').waitFor();
      expect(await page.locator('#transcript .facts').textContent()).toMatch(/closed: callback booked by agent/);
      expect(await page.locator('#transcript .badge.superseded').count()).toBe(1);
      await page.screenshot({ path: screenshotPath(`supervisor-corrected-${viewport.name}`), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    },
    120_000,
  );
});
