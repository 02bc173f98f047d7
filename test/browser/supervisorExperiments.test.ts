import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { EVIDENCE_SECRET, experimentOutcomes } from '../support/experimentEvidence';
import { StaffClient } from '../support/staffClient';
import { startTestApp } from '../support/testApp';

describe('supervisor Experiments tab in a real browser', () => {
  it("starts a challenger from the champion's policy, reports each arm with the Qini curve, and promotes it on weak evidence only with a reason", async () => {
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
      expect(cells.slice(0, 10)).toEqual(['challenger', `${policy.version}-${name}`, '45.0 %', '30', '0', '0', '0', '30', '0', '0.0 %']);
      expect(cells[10]).toMatch(/^\+0\.0 pts \(95 % CI -\d+\.\d pts to \+\d+\.\d pts\)$/);
      expect(cells[11]).toMatch(/^\+0\.0 pts \(95 % CI -\d+\.\d pts to \+\d+\.\d pts\)$/);
      expect(cells[12]).toMatch(/^blocked: the uplift over the control is not shown: its 95 % interval \(.+\) does not exclude zero$/);
      expect(await row.locator('td').nth(3).textContent()).toBe('30-day take-up, 30 outcomes an arm');
      expect(await arms.nth(2).textContent()).toMatch(/baseline––$/);
      const drawn = await page.evaluate(() =>
        (window as unknown as { Chart: { getChart(id: string): { data: { datasets: { label: string }[] } } | undefined } }).Chart.getChart(
          'chart-experiment-qini',
        )?.data.datasets.map((d) => d.label),
      );
      expect(drawn).toEqual(['champion (0.00)', 'champion, random', 'challenger (0.00)', 'challenger, random']);

      // The evidence does not show the challenger better: promotion asks for a reason instead of a confirmation.
      await row.getByRole('button', { name: 'Promote challenger' }).click();
      const override = page.locator('#experiment-override');
      await expect.poll(() => override.isVisible()).toBe(true);
      expect(await override.locator('h3').textContent()).toBe(`Promoting "challenger" (${policy.version}-${name}) is blocked by the evidence`);
      expect(await override.locator('li').allTextContents()).toEqual([expect.stringMatching(/^the uplift over the control is not shown/)]);
      await page.screenshot({ path: screenshotPath(`supervisor-experiments-${name}`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

      const reason = 'Board approved longer deferrals on 2026-12-01';
      await override.getByRole('textbox', { name: 'Reason for promoting anyway' }).fill(reason);
      await override.getByRole('button', { name: 'Promote anyway' }).click();
      await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('promoted challenger');
      expect(await override.isVisible()).toBe(false);
      const [promotion] = await app.audit.read({ action: 'experiment.promote', target: id });
      expect(promotion.detail).toMatchObject({ override: { reason }, blockers: [expect.stringMatching(/does not exclude zero/)] });
      expect(await page.locator('#experiment-champion').textContent()).toBe(
        `Champion policy in force: ${policy.version}-${name} (promoted; the policy file is 2026.1-inr-default).`,
      );
      expect((await app.audit.read({ target: id })).map((e) => e.action)).toEqual(['experiment.promote', 'experiment.create']);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it('alerts a supervisor when a challenger cures fewer borrowers than the champion', async () => {
    const running = await startTestApp({ SERVICING_WEBHOOK_SECRET: EVIDENCE_SECRET });
    const { url } = running;
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const policy = { ...((await supervisor.get('/api/supervisor/experiments')).json.champion as { policy: object }).policy, version: 'harmful' };
    const created = await supervisor.call('POST', '/api/supervisor/experiments', {
      ...{ name: 'Harmful challenger', controlShare: 0.2, minOutcomes: 10, takeUpDays: 21 },
      challengers: [{ name: 'harsh', policy }],
    });
    await experimentOutcomes(running, String(created.json.id), { arm: 'champion', count: 10 }, { arms: ['harsh', 'control'], count: 10 });
    const browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(`${url}/supervisor`);
    await page.fill('#signin-form [name=name]', 'supervisor');
    await page.fill('#signin-form [name=password]', 'supervisor-demo-pass');
    await page.click('#signin-form button[type=submit]');
    await page.click('#tabs button[data-tab=experiments]');
    const row = page.locator('#experiment-table tbody tr', { hasText: 'Harmful challenger' });
    expect(await row.locator('td').nth(3).textContent()).toBe('21-day take-up, 10 outcomes an arm');
    await row.getByRole('button', { name: 'Report' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe('Harm: "harsh" cures fewer borrowers than the champion (95 % CI -100.0 pts to -60.8 pts). Consider stopping the experiment.');
    const cells = await page.locator('#experiment-arms tbody tr').nth(1).locator('td').allTextContents();
    expect(cells[11]).toMatch(/: HARM, worse than the champion; consider stopping it$/);
    expect(cells[12]).toMatch(/its cure rate is worse than the champion's/);
    expect(await page.locator('#experiment-report > p.muted').textContent()).toMatch(/no arrangement within 21 days, is not\. Uplift needs 10 outcomes/);
    await page.screenshot({ path: screenshotPath('supervisor-experiments-harm'), fullPage: true });
    await browser.close();
  }, 120_000);
});
