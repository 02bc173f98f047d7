import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { StaffClient } from '../support/staffClient';
import { startTestApp } from '../support/testApp';

describe('supervisor Experiments tab in a real browser', () => {
  it("starts a challenger from the champion's policy, reports each arm with the Qini curve, and promotes it after a confirmation", async () => {
    const { url, app } = await startTestApp();
    const browser = await launchBrowser();
    for (const [name, viewport] of [
      ['desktop', { width: 1366, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      // AxeBuilder needs a page from an explicit context.
      const page = await (await browser.newContext({ viewport })).newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('response', (res) => res.status() >= 400 && !res.url().endsWith('/api/auth/me') && errors.push(`${res.status()} ${res.url()}`));
      await page.goto(`${url}/supervisor`);
      await page.fill('#signin-form [name=name]', 'supervisor');
      await page.fill('#signin-form [name=password]', 'supervisor-demo-pass');
      await page.click('#signin-form button[type=submit]');
      await page.click('#tabs button[data-tab=experiments]');
      await expect.poll(() => page.locator('#experiment-champion').textContent()).toMatch(/Champion policy in force/);
      await page.fill('#experiment-form [name=name]', `Longer deferrals (${name})`);
      await page.click('#experiment-from-champion');
      const policy = JSON.parse(await page.locator('#experiment-form textarea').inputValue());
      await page.fill(
        '#experiment-form textarea',
        JSON.stringify({ ...policy, version: `${policy.version}-${name}`, deferral: { ...policy.deferral, maxMonths: 6 } }),
      );
      await page.click('#experiment-form button[type=submit]');
      const row = page.locator('#experiment-table tbody tr', { hasText: `Longer deferrals (${name})` });
      await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('running');

      // Borrowers assigned 40 days ago who never took a plan up: outcomes (not cured) in every arm.
      const { items } = (await (await StaffClient.signIn(url, 'supervisor')).get('/api/supervisor/experiments')).json as {
        items: { id: string; status: string }[];
      };
      const id = items.find((x) => x.status === 'running')!.id;
      const at = new Date(Date.now() - 40 * 86_400_000).toISOString();
      for (let i = 0; i < 90; i++) {
        const arm = ['challenger', 'control', 'champion'][i % 3];
        await app.experiments.record({ experimentId: id, loanId: `LN_${name}_${i}`, arm, policyVersion: 'v', at, riskProbability: (i % 10) / 10 });
      }

      await page.evaluate(() => ((window as unknown as { Chart: { defaults: { animation: boolean } } }).Chart.defaults.animation = false));
      await row.getByRole('button', { name: 'Report' }).click();
      const arms = page.locator('#experiment-arms tbody tr');
      await expect.poll(() => arms.count()).toBe(3);
      const cells = await arms.nth(1).locator('td').allTextContents();
      expect(cells.slice(0, 9)).toEqual(['challenger', `${policy.version}-${name}`, '45.0 %', '30', '0', '0', '30', '0', '0.0 %']);
      expect(cells[9]).toMatch(/^\+0\.0 pts \(95 % CI -\d+\.\d pts to \+\d+\.\d pts\)$/);
      expect(await arms.nth(2).textContent()).toMatch(/baseline$/);
      const drawn = await page.evaluate(() =>
        (window as unknown as { Chart: { getChart(id: string): { data: { datasets: { label: string }[] } } | undefined } }).Chart.getChart(
          'chart-experiment-qini',
        )?.data.datasets.map((d) => d.label),
      );
      expect(drawn).toEqual(['champion (0.00)', 'champion, random', 'challenger (0.00)', 'challenger, random']);
      await page.screenshot({ path: screenshotPath(`supervisor-experiments-${name}`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

      page.once('dialog', (dialog) => void dialog.accept());
      await row.getByRole('button', { name: 'Promote challenger' }).click();
      await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('promoted challenger');
      expect(await page.locator('#experiment-champion').textContent()).toBe(
        `Champion policy in force: ${policy.version}-${name} (promoted; the policy file is 2026.1-inr-default).`,
      );
      expect((await app.audit.read({ target: id })).map((e) => e.action)).toEqual(['experiment.promote', 'experiment.create']);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
