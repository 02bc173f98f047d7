import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decisionEvent } from '../../models/decisions/decisionEvent';
import type { Arrangement } from '../../models/offers';
import { launchBrowser, screenshotPath } from '../support/browser';
import { seedWebChatIntake } from '../support/seededIntake';
import { startTestApp } from '../support/testApp';

// Each viewport asks for its own report (best silhouette, then a fixed k = 4, which the synthetic data also picks), so
// each sees the server computing it in the background before the clusters.
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900, k: '' },
  { name: 'phone', width: 390, height: 844, k: '4' },
] as const;

const seriousFindings = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);

describe('supervisor page: recovery patterns and the promise panel of a conversation', () => {
  it('shows the promise KPIs, says the demo store has too little history, draws the labelled synthetic example, and a verified conversation shows its loan’s promises', async () => {
    const running = await startTestApp({ DEMO_ARRANGEMENTS: '40' });
    const { app } = running;
    // A verified Web Chat conversation about a loan with a demo arrangement, as the bot records it.
    let arranged: Arrangement | undefined;
    for await (const a of app.arrangements.all()) if (!arranged || a.createdAt < arranged.createdAt) arranged = a;
    const loan = app.loanBook.get(arranged!.loanId)!;
    const { borrower } = await seedWebChatIntake(running, loan, () => ({ stage: 'offer', verifiedLoanId: loan.Loan_ID }));
    await app.transcripts.append('directline', borrower.conversationId, [
      { at: new Date().toISOString(), speaker: 'bot', kind: 'decision', decision: decisionEvent('identity_verified', { loanId: loan.Loan_ID }) },
    ]);

    const browser = await launchBrowser();
    for (const { k, ...viewport } of VIEWPORTS) {
      const page = await (await browser.newContext({ viewport })).newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('console', (msg) => msg.type() === 'warning' && errors.push(msg.text()));
      let failing = false;
      page.on('response', (res) => res.status() >= 400 && !res.url().endsWith('/api/auth/me') && !failing && errors.push(`${res.status()} ${res.url()}`));
      await page.goto(`${running.url}/supervisor`);
      await page.evaluate(() => ((window as unknown as { Chart: { defaults: { animation: boolean } } }).Chart.defaults.animation = false));
      await page.fill('#signin-form [name=name]', 'supervisor');
      await page.fill('#signin-form [name=password]', 'supervisor-demo-pass');
      await page.click('#signin-form button[type=submit]');
      await page.locator('#promise-kpis .kpi').first().waitFor();
      expect(await page.locator('#promise-kpis .kpi').nth(4).textContent()).toBe('40arrangements');

      // The demo's arrangements are under ten months old: no 12-month window has passed, and the panel says so.
      await expect.poll(() => page.locator('#recovery-status').textContent()).toMatch(/^Not enough payment history \(0 loans, need 50\)/);
      expect(await page.locator('#recovery-status').textContent()).toMatch(
        / 40 loans have an arrangement agreed in the range: 40 entered less than 12 months ago\.$/,
      );
      expect(await page.locator('#recovery-result').isHidden()).toBe(true);
      expect(await page.locator('#recovery-source').textContent()).toMatch(/This deployment's arrangements/);
      await page.locator('#recovery').screenshot({ path: screenshotPath(`supervisor-recovery-insufficient-${viewport.name}`) });

      await page.selectOption('#recovery-k', k);
      await expect.poll(() => page.locator('#recovery-status').textContent()).toMatch(/^Not enough payment history/);
      await page.click('#recovery-synthetic');
      // The server clusters in the background: the panel says so, stays busy, and asks again until the report is ready.
      await expect.poll(() => page.locator('#recovery-status').textContent()).toMatch(/^Clustering recovery patterns on the server, started .+…$/);
      expect(await page.locator('#recovery').getAttribute('aria-busy')).toBe('true');
      expect(await page.locator('#recovery-source').textContent()).toMatch(/^synthetic Seeded synthetic data/);
      expect(await page.locator('#recovery-result').isHidden()).toBe(true);
      await page.locator('#recovery').screenshot({ path: screenshotPath(`supervisor-recovery-computing-${viewport.name}`) });
      await page.locator('#recovery-table tbody tr').nth(3).waitFor();
      expect(await page.locator('#recovery').getAttribute('aria-busy')).toBeNull();
      expect(await page.locator('#recovery-source .pill.synthetic').textContent()).toBe('synthetic');
      expect(await page.locator('#recovery-source').textContent()).toMatch(/Seeded synthetic data, not this deployment's loans/);
      expect(await page.locator('#recovery-table tbody tr').count()).toBe(4);
      expect(await page.locator('#recovery-table tbody tr').first().textContent()).toMatch(
        /^ 1\d+\d+\.\d months\d+\.\d %₹[\d,]+ of ₹[\d,]+.*planted: fast cure \d+$/,
      );
      expect(await page.locator('#recovery-silhouette').textContent()).toMatch(/DTW 0\.\d\d at k = 4, Euclidean 0\.\d\d at k = \d/);
      // Drawn by Chart.js: one line per cluster, the legend giving size and recovery time, and pixels on the canvas.
      const drawn = await page.evaluate(() => {
        const canvas = document.getElementById('chart-recovery') as HTMLCanvasElement;
        const chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): { data: { datasets: { label: string }[] } } } }).Chart.getChart(canvas);
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
        return { labels: chart.data.datasets.map((d) => d.label), inked };
      });
      expect(drawn.labels).toHaveLength(4);
      expect(drawn.labels[0]).toMatch(/^1: \d+ loans · \d+\.\d months$/);
      expect(drawn.inked).toBeGreaterThan(1000);
      // The forest's importances beside the clusters: the planted drivers, ranked, in plain words, with their bars.
      const importances = page.locator('#recovery-importances li');
      expect(await importances.locator('.importance-name').allTextContents()).toEqual(['Days past due', 'Change in income', 'Collateral against the loan']);
      expect(await importances.first().locator('.importance-value').textContent()).toMatch(/^0\.\d\d$/);
      const widths = await importances.locator('.importance-bar span').evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
      expect(widths).toEqual([...widths].sort((a, b) => b - a));
      expect(widths[2]).toBeGreaterThan(0);
      expect(await page.locator('#recovery-importances-rest').textContent()).toMatch(/^Explain nothing here: .*monthly income.*\.$/);
      const explaining = `${await page.locator('#recovery-importances').textContent()} ${await page.locator('#recovery-importances-rest').textContent()}`;
      expect(explaining).not.toMatch(/\b(age|gender)\b/i);
      expect(await page.locator('#recovery-forest').textContent()).toMatch(
        /right cluster for \d+ % of loans it was not trained on\. .*Age and Gender are never used\.$/,
      );
      await page.locator('#recovery').scrollIntoViewIfNeeded();
      await page.locator('#recovery').screenshot({ path: screenshotPath(`supervisor-recovery-${viewport.name}`) });
      expect(await seriousFindings(page, '#recovery')).toEqual([]);

      // A failed request is said on the panel, and the stale chart is not left looking current.
      await page.route('**/api/supervisor/recovery?*', (route) =>
        route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"store unavailable"}' }),
      );
      failing = true;
      await page.selectOption('#recovery-k', '3');
      await expect.poll(() => page.locator('#recovery-error').textContent()).toBe('Recovery patterns could not be loaded: store unavailable');
      expect(await page.locator('#recovery-result').isHidden()).toBe(true);
      await page.unroute('**/api/supervisor/recovery?*');
      failing = false;

      // Back to the deployment's own data.
      await page.selectOption('#recovery-k', '');
      await page.click('#recovery-synthetic');
      await expect.poll(() => page.locator('#recovery-status').textContent()).toMatch(/^Not enough payment history/);
      expect(await page.locator('#recovery-error').textContent()).toBe('');

      // The conversation view: the loan's promise history, through the agent console's own component.
      await page.click('#tabs button[data-tab=conversations]');
      await page.locator('#conversation-table tbody tr', { hasText: loan.Loan_ID }).click();
      const panel = page.locator('#transcript .transcript-promises');
      await panel.locator('li').first().waitFor();
      expect(await panel.locator('summary').textContent()).toBe(`Promise history · ${loan.Loan_ID}`);
      expect(await panel.textContent()).toContain(arranged!.reference);
      expect(await panel.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(await panel.locator('.table-scroll tbody tr').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await page.locator('#transcript').screenshot({ path: screenshotPath(`supervisor-conversation-promises-${viewport.name}`) });
      expect(await seriousFindings(page, '#transcript')).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 120_000);
});
