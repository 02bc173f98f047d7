import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startTestApp } from '../support/testApp';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
];

describe('supervisor dashboard: promises and payments', () => {
  it.each(VIEWPORTS)(
    'shows the promise KPIs, roll rates and time to cure on the demo store, and passes axe at $width×$height',
    async (viewport) => {
      // The demo data alone: its arrangements and intakes come with the conversations that scored them.
      const { url } = await startTestApp({ DEMO_ARRANGEMENTS: '40' });
      const browser = await launchBrowser();
      try {
        const page = await (await browser.newContext({ viewport })).newPage();
        await page.goto(`${url}/supervisor`);
        await page.locator('#signin-form [name=name]').fill('supervisor');
        await page.locator('#signin-form [name=password]').fill('supervisor-demo-pass');
        await page.locator('#signin-form button[type=submit]').click();
        await page.locator('#promise-kpis .kpi').first().waitFor();
        const kpis = await page.locator('#promise-kpis .kpi').allTextContents();
        expect(kpis[0]).toMatch(/^\d+ %promises kept$/);
        expect(kpis[1]).toMatch(/^\d+ %cure rate$/);
        expect(kpis[4]).toBe('40arrangements');
        expect(await page.locator('#roll-rates tbody tr').count()).toBe(3);
        expect(await page.locator('#ttc-stats').textContent()).toMatch(/n=\d+/);
        await page.locator('#promise-group').selectOption('byChannel');
        await page.waitForTimeout(600);
        await page.locator('#promises').screenshot({ path: screenshotPath(`supervisor-promises-${viewport.name}`) });
        expect(await page.locator('#monitoring-summary').textContent()).toMatch(/^\d{2} intakes scored by risk-outcome-synthetic-v2\. PSI below/);
        expect(await page.locator('#psi-table tbody tr').count()).toBe(19);
        await page.locator('#monitoring').screenshot({ path: screenshotPath(`supervisor-monitoring-${viewport.name}`) });
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

        // A range with no arrangements shows empty rates, not zeros.
        await page.locator('#range [name=from]').fill('2020-01-01');
        await page.locator('#range [name=to]').fill('2020-01-02');
        await page.locator('#range button[type=submit]').click();
        await expect.poll(() => page.locator('#promise-kpis .kpi').first().textContent()).toBe('–promises kept');
        expect(await page.locator('#ttc-stats').textContent()).toBe('(no arrangements yet)');
        await expect.poll(() => page.locator('#monitoring-summary').textContent()).toMatch(/^no scored intake in the range/);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
