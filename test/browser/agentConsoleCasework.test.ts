import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { AGENTS_AVAILABLE } from '../support/staffClient';
import { startTestApp } from '../support/testApp';
import { verifiedCase } from '../support/verifiedCase';
import { MEDIUM, reachOffers, tap } from '../support/webChatBorrower';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;

/** An earlier case about the loan, closed with an arrangement, then a new one waiting: the console's history has something to show. */
async function loanWithHistory() {
  const first = await verifiedCase();
  const plan = (await first.agent.post(`/api/agent/cases/${first.caseId}/offers`, { fresh: true })).json.plan as { id: string };
  await first.borrower.botReplies(1);
  expect((await first.agent.post(`/api/agent/cases/${first.caseId}/offers/accept`, { planId: plan.id })).status).toBe(200);
  await first.borrower.botReplies(1);
  expect((await first.agent.post(`/api/agent/cases/${first.caseId}/close`, { disposition: 'arrangement_made' })).status).toBe(200);
  await first.agent.post('/api/auth/logout');
  return { first, second: await verifiedCase({ on: first, claimed: false }) };
}

/** Nothing sticks out sideways: the page never scrolls horizontally, at either size. */
async function expectNoSidewaysOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

describe('agent console casework in a real browser', () => {
  for (const size of SIZES) {
    it(`${size.name} (${size.width}×${size.height}): claim, correct the budget, build and send a plan, record the acceptance, read the history, close`, async () => {
      const { first, second } = await loanWithHistory();
      const { url, loan } = first;
      const browser = await launchBrowser();
      const page = await (await browser.newContext({ viewport: { width: size.width, height: size.height } })).newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      const shot = async (step: string, show?: string) => {
        if (show) await page.locator(show).scrollIntoViewIfNeeded();
        await expectNoSidewaysOverflow(page);
        await page.screenshot({ path: screenshotPath(`agent-casework-${size.name}-${step}`), fullPage: size.name === 'desktop' });
      };
      const tab = async (pane: 'queue' | 'summary' | 'conversation') => {
        if (size.name === 'phone') await page.click(`#pane-tabs [data-pane=${pane}]`);
      };

      await page.goto(`${url}/agent`);
      await page.fill('#name', 'agent');
      await page.fill('#password', 'agent-demo-pass');
      await page.click('#sign-in-form button[type=submit]');
      await page.locator(`.queue-item[data-case="${second.caseId}"]`).click();
      await page.click('#claim');
      await page.locator('#holder-casework:not([hidden])').waitFor();
      await page
        .locator('#history')
        .getByText(/closed: arrangement made/)
        .waitFor();
      await shot('1-claimed');

      // The borrower says their rent is higher than they told the bot: nothing is left over, and the engine finds no plan.
      await page.click('#budget-panel summary');
      await expect.poll(() => page.inputValue('#budget-form [name=income]')).not.toBe('');
      await page.fill('#budget-form [name=housing]', '-5');
      await page.click('#budget-form button[type=submit]');
      await page
        .locator('#budget-error')
        .getByText(/housing must not be negative/)
        .waitFor();
      await page.fill('#budget-form [name=housing]', String(Math.round(loan.Monthly_Income * 0.7)));
      await page.click('#budget-form button[type=submit]');
      await page
        .locator('#budget-result')
        .getByText(/found no plan/)
        .waitFor();
      await shot('2-budget', '#budget-result');

      // Asking the engine again is not a dead end: the console opens the plan builder instead.
      await tab('conversation');
      await page.click('#offer-panel summary');
      await page.click('#fresh-plan');
      await page.locator('#plan-builder[open]').waitFor();
      await page
        .locator('#toast')
        .getByText(/found no plan: build one within policy/)
        .waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('plan-kind');

      // A token payment, checked against the policy, then sent as the bot's own offer card.
      await page.fill('#plan-form [name=amount]', '500');
      await page.click('#plan-check');
      await page.locator('#plan-result .check.fail').first().waitFor();
      await page
        .locator('#plan-result')
        .getByText(/Outside the policy/)
        .waitFor();
      await page.fill('#plan-form [name=amount]', '100');
      await page.click('#plan-check');
      await page.locator('#plan-result').getByText('Token payment: ₹100 a month for 3 months').waitFor();
      await shot('3-plan-checked', '#plan-result');
      // With both panels open and a result shown, the new markup has no serious or critical accessibility problem.
      const axe = await new AxeBuilder({ page }).include('#summary').analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
      await page.click('#plan-send');
      await page
        .locator('#plan-result')
        .getByText(/Sent "Token payment/)
        .waitFor();
      // The borrower first heard the agent join, then the card.
      const card = (await second.borrower.botReplies(2)).find((r) => r.attachments?.length);
      expect(JSON.stringify(card?.attachments?.[0].content)).toContain('Token payment: ₹100 a month for 3 months');
      await shot('4-plan-sent', '#plan-result');

      // The borrower taps Accept on the card; the agent records it, replacing the loan's earlier arrangement.
      const planId = (await second.app.cases.get(second.caseId))!.plans.at(-1)!.id;
      await second.borrower.post({ type: 'message', value: { action: 'accept', planId } });
      await tab('conversation');
      page.once('dialog', (dialog) => void dialog.accept());
      await page.locator(`#transcript [data-accept-plan="${planId}"]`).click();
      await page
        .locator('#toast')
        .getByText(/Arrangement FB-\w+ created/)
        .waitFor();
      await expect.poll(() => page.inputValue('#disposition')).toBe('arrangement_made');
      await shot('5-accepted');

      // The loan's history: the earlier case, its arrangement (now replaced) and its transcript.
      await tab('summary');
      await page
        .locator('#history')
        .getByText(/replaced by FB-/)
        .waitFor();
      await shot('6-history-list', '#history');
      await page.locator('#history [data-conversation]').first().click();
      await page.locator('#history-dialog[open]').waitFor();
      await page
        .locator('#history-transcript')
        .getByText(/joined/)
        .first()
        .waitFor();
      await shot('7-history-transcript');
      await page.click('#history-dialog button[type=submit]');

      await tab('conversation');
      await page.click('#close-case');
      await page.click('#close-confirm');
      await page
        .locator('#toast')
        .getByText(/closed; the borrower has been told/)
        .waitFor();
      await shot('8-closed');
      expect((await second.app.cases.get(second.caseId))?.disposition).toBe('arrangement_made');
      expect(errors).toEqual([]);
    }, 90_000);
  }

  it('the borrower in Web Chat (390×844) gets the hand-built plan as the offer card, taps Accept, and is told it is in place', async () => {
    const { url } = await startTestApp(AGENTS_AVAILABLE);
    const browser = await launchBrowser();
    const agent = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    const borrower = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const errors: string[] = [];
    for (const page of [agent, borrower]) page.on('pageerror', (err) => errors.push(err.message));
    await agent.goto(`${url}/agent`);
    await agent.fill('#name', 'agent');
    await agent.fill('#password', 'agent-demo-pass');
    await agent.click('#sign-in-form button[type=submit]');
    await agent.locator('#status-dot.live').waitFor();

    await borrower.goto(url);
    await reachOffers(borrower);
    await tap(borrower, 'Talk to someone');
    await agent.locator('.queue-item').first().click();
    await agent.click('#claim');
    await agent.click('#budget-panel summary');
    await expect.poll(() => agent.inputValue('#budget-form [name=income]')).not.toBe('');
    await agent.fill('#budget-form [name=housing]', String(MEDIUM.intake.currentMonthlyIncome));
    await agent.click('#budget-form button[type=submit]');
    await agent
      .locator('#budget-result')
      .getByText(/found no plan/)
      .waitFor();
    await agent.click('#plan-builder summary');
    await agent.click('#plan-send');
    await agent
      .locator('#plan-result')
      .getByText(/Sent "Token payment/)
      .waitFor();

    const title = 'Token payment: ₹100 a month for 3 months';
    await borrower.getByText(title).last().waitFor({ timeout: 10_000 });
    await borrower.getByRole('button', { name: 'Accept this plan', exact: true }).last().scrollIntoViewIfNeeded();
    await expectNoSidewaysOverflow(borrower);
    await borrower.screenshot({ path: screenshotPath('agent-casework-borrower-1-card') });
    await tap(borrower, 'Accept this plan');
    await borrower
      .getByText(/told the person you.re chatting with that you.d like to go ahead/)
      .last()
      .waitFor();

    agent.once('dialog', (dialog) => void dialog.accept());
    await agent.locator('#transcript [data-accept-plan]').last().click();
    await borrower
      .getByText(/All set: .Token payment: ₹100 a month for 3 months. is now in place/)
      .last()
      .waitFor({ timeout: 10_000 });
    await borrower.screenshot({ path: screenshotPath('agent-casework-borrower-2-in-place') });
    expect(errors).toEqual([]);
  }, 120_000);
});
