import { afterEach, describe, expect, it } from 'vitest';
import { FakeGraphServer } from '../support/fakeGraphServer';
import { launchBrowser, screenshotPath } from '../support/browser';
import { StaffClient } from '../support/staffClient';
import { startOutreachApp } from '../bot/app/outreachApp';

describe('supervisor Campaigns tab in a real browser', () => {
  let graph: FakeGraphServer;
  afterEach(() => graph?.close());

  it('creates a campaign, starts it against the fake Graph API and shows outcomes and suppression counts', async () => {
    graph = await FakeGraphServer.start('wa-token');
    // Tomorrow 11:00 in India: after the start the page gives the campaign (now), inside the contact window.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const { url, app, clock } = await startOutreachApp(graph, `${tomorrow}T05:30:00.000Z`);
    const supervisor = await StaffClient.signIn(url, 'supervisor');
    // Three held borrowers: the campaign (made in the page) draws its own holdout, and one of them outside it is all the test needs.
    for (const loan of app.loanBook.all().slice(3, 6))
      await supervisor.call('PUT', `/api/supervisor/loans/${loan.Loan_ID}/contact-flags`, { holds: ['vulnerability'] });

    const browser = await launchBrowser();
    for (const [name, viewport] of [
      ['desktop', { width: 1366, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => msg.type() === 'warning' && errors.push(msg.text()));
      page.on('response', (res) => res.status() >= 400 && !res.url().endsWith('/api/auth/me') && errors.push(`${res.status()} ${res.url()}`));
      await page.goto(`${url}/supervisor`);
      await page.fill('#signin-form [name=name]', 'supervisor');
      await page.fill('#signin-form [name=password]', 'supervisor-demo-pass');
      await page.click('#signin-form button[type=submit]');
      await page.click('#tabs button[data-tab=campaigns]');
      await page.fill('#campaign-form [name=name]', `Early arrears (${name})`);
      await page.fill('#campaign-form [name=dpdMin]', '0');
      await page.fill('#campaign-form [name=dailyCap]', '5');
      await page.click('#campaign-form button[type=submit]');
      const row = page.locator('#campaign-table tbody tr', { hasText: `Early arrears (${name})` });
      await row.getByRole('button', { name: 'start' }).click();
      await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('running');

      const before = graph.sent.length;
      for (let hour = 0; hour < 8; hour++, clock.now = new Date(clock.now.getTime() + 3_600_000)) await app.outreach.scheduler.tick();
      clock.now = new Date(clock.now.getTime() + 16 * 3_600_000);
      expect(graph.sent.length - before).toBe(5);
      expect(graph.sent.slice(before).every((s) => s.body.type === 'template')).toBe(true);

      // Screenshots of drawn charts, not of bars halfway through Chart.js's entry animation.
      await page.evaluate(() => ((window as unknown as { Chart: { defaults: { animation: boolean } } }).Chart.defaults.animation = false));
      await row.getByRole('button', { name: 'Outcomes' }).click();
      await expect.poll(() => page.locator('#campaign-totals').textContent()).toMatch(/5 sends/);
      const suppressions = await page.locator('#campaign-suppressions').textContent();
      expect(suppressions).toMatch(/vulnerability hold: [1-3]/);
      expect(suppressions).toMatch(/campaign daily cap: \d+/);
      expect(await page.locator('#campaign-lift').textContent()).toMatch(/Lift over holdout/);
      await expect.poll(() => page.locator('#campaign-by-channel tbody tr').first().textContent()).toMatch(/^Whatsapp5/i);
      // Charted, not just tabulated: each canvas holds a Chart.js chart with the figures the tables show.
      const drawn = await page.evaluate(() => {
        const data = (id: string) =>
          (window as unknown as { Chart: { getChart(id: string): { data: { datasets: { data: unknown[] }[] } } | undefined } }).Chart.getChart(id)?.data
            .datasets[0].data;
        return { channel: data('chart-campaign-channel'), hour: data('chart-campaign-hour'), rules: data('chart-campaign-rules') };
      });
      expect(drawn.channel).toEqual([5]);
      expect((drawn.hour as number[]).reduce((a, b) => a + b, 0)).toBe(5);
      expect(drawn.rules?.length).toBeGreaterThanOrEqual(2);
      await expect.poll(() => page.locator('#campaign-comparison').isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath(`supervisor-campaigns-${name}`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
      expect(errors).toEqual([]);
      await row.getByRole('button', { name: 'stop' }).click();
      await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('stopped');
      await page.close();
    }
  }, 120_000);
});
