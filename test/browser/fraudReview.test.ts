import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { DirectLineClient } from '../support/directLineClient';
import { AGENTS_AVAILABLE } from '../support/staffClient';
import { startTestApp } from '../support/testApp';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** One conversation from this test's address: consent, a loan reference and a date of birth, then the given answers. */
async function borrower(url: string, loanId: string, dateOfBirth: string, answers: string[] = []): Promise<DirectLineClient> {
  const client = new DirectLineClient(url);
  await client.start();
  await client.botReplies(1);
  for (const answer of ['yes', loanId, dateOfBirth, ...answers]) await client.say(answer);
  return client;
}

async function signedIn(browser: Browser, url: string, viewport: typeof PHONE, who: 'agent' | 'supervisor', errors: string[]): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('response', (res) => res.status() >= 400 && !res.url().endsWith('/api/auth/me') && errors.push(`${res.status()} ${res.url()}`));
  if (who === 'agent') {
    await page.goto(`${url}/agent`);
    await page.fill('#name', 'agent');
    await page.fill('#password', 'agent-demo-pass');
    await page.click('#sign-in-form button[type=submit]');
    await page.locator('#status-dot.live').waitFor();
  } else {
    await page.goto(`${url}/supervisor`);
    await page.locator('#signin-form [name=name]').fill('supervisor');
    await page.locator('#signin-form [name=password]').fill('supervisor-demo-pass');
    await page.locator('#signin-form button[type=submit]').click();
    await page.locator('#kpis .kpi').first().waitFor();
  }
  return page;
}

async function openCase(page: Page, caseId: string): Promise<void> {
  await page.locator(`.queue-item[data-case="${caseId}"]`).click();
  await page.locator('#case-title').getByText(caseId).waitFor();
  if (await page.locator('#pane-tabs').isVisible()) await page.click('#pane-tabs [data-pane=summary]');
  await page.locator('#fraud-reasons').waitFor();
}

async function openFraudTab(page: Page): Promise<void> {
  await page.locator('#tabs [data-tab=fraud]').click();
  await page.locator('#fraud-kpis').waitFor();
}

const kpi = (page: Page, id: string) => page.locator(`#${id} b`).textContent();

describe('fraud signals in the agent console and on the supervisor page', () => {
  it('a flagged case shows its reasons to the agent; a supervisor marks it false and the dashboard counts it', async () => {
    const { url, app } = await startTestApp({ ...AGENTS_AVAILABLE, DIRECTLINE_NEW_CONVERSATIONS_PER_MINUTE: '100' });
    // A budget no household lives on (₹200 of essentials for three), then a probe: two more loans from the same address.
    const budget = await borrower(url, 'LN_90002', '02/07/1980', [
      'work has dried up, I am self employed and my income dropped a lot',
      'yes',
      "I don't know",
      '58500',
      '100',
      '100',
      '0',
    ]);
    for (const loan of ['LN_1', 'LN_2']) await borrower(url, loan, '01/01/1950');
    const budgetCase = app.cases.openCaseFor('directline', budget.conversationId)!;
    expect(budgetCase.reason).toBe('fraud_review');
    const probeCase = app.cases.openCases().find((c) => c.reason === 'fraud_review' && c.id !== budgetCase.id)!;
    expect(probeCase).toBeTruthy();

    const browser = await launchBrowser();
    const errors: string[] = [];
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const agent = await signedIn(browser, url, viewport, 'agent', errors);
      await openCase(agent, budgetCase.id);
      const reasons = (await agent.locator('#fraud-reasons').textContent()) ?? '';
      expect(reasons).toMatch(/Essential costs implausible for the household \(score 1\.00, threshold 0\.50\)/);
      expect(reasons).toMatch(/Essential costs of ₹200 a month for a household of 3 people/);
      expect(await agent.locator('#case-facts').textContent()).toMatch(/Signals to review/);
      await agent.screenshot({ path: screenshotPath(`fraud-agent-budget-${size}`), fullPage: true });
      if (size === 'desktop') {
        await openCase(agent, probeCase.id);
        expect(await agent.locator('#fraud-reasons').textContent()).toMatch(/3 different loan references were tried from one address/);
        await agent.screenshot({ path: screenshotPath('fraud-agent-probe-desktop'), fullPage: true });
      }
    }

    const supervisor = await signedIn(browser, url, DESKTOP, 'supervisor', errors);
    await openFraudTab(supervisor);
    await expect.poll(() => kpi(supervisor, 'fraud-cases')).toBe('2');
    expect(await kpi(supervisor, 'fraud-false')).toBe('0');
    expect(await kpi(supervisor, 'fraud-rate')).toBe('–');
    const item = supervisor.locator(`.fraud-case[data-case="${budgetCase.id}"]`);
    expect(await item.textContent()).toMatch(/loan LN_•••02/);
    expect(await item.textContent()).toMatch(/score 1\.00 · threshold 0\.50/);
    expect(await item.textContent()).not.toMatch(/LN_90002/);
    expect(await item.locator('.fraud-verdict').textContent()).toBe('Not reviewed');
    expect(await supervisor.locator('#fraud-kinds tr[data-kind=implausible_costs] td:nth-child(2)').textContent()).toBe('1');
    expect(await supervisor.locator('#fraud-kinds tr[data-kind=identity_probe_source] td:nth-child(2)').textContent()).toBe('1');
    expect(await supervisor.locator('#fraud-by-gender tr[data-group=Male] td:nth-child(3)').textContent()).toBe('1');
    expect(await supervisor.locator('#fraud-by-language tr[data-group=en]').textContent()).toMatch(/^English or mixed11100 %$/);
    await supervisor.screenshot({ path: screenshotPath('fraud-supervisor-desktop'), fullPage: true });

    await item.locator('[data-verdict=false_positive]').click();
    await expect.poll(() => kpi(supervisor, 'fraud-false')).toBe('1');
    expect(await kpi(supervisor, 'fraud-reviewed')).toBe('1');
    expect(await kpi(supervisor, 'fraud-rate')).toBe('0 %');
    expect(await supervisor.locator('#fraud-status').textContent()).toBe(`${budgetCase.id} marked false alarm.`);
    expect(await supervisor.locator(`.fraud-case[data-case="${budgetCase.id}"] .fraud-verdict`).textContent()).toMatch(/^False alarm by supervisor/);
    expect(await supervisor.locator('#fraud-kinds tr[data-kind=implausible_costs] td:nth-child(4)').textContent()).toBe('0 %');
    const audit = await app.audit.read({ action: 'fraud.verdict', limit: 5 });
    expect(audit.map((e) => [e.actor, e.targets, e.detail?.outcome])).toEqual([['supervisor', [budgetCase.id], 'false_positive']]);
    await supervisor.screenshot({ path: screenshotPath('fraud-supervisor-marked-desktop'), fullPage: true });

    const phone = await signedIn(browser, url, PHONE, 'supervisor', errors);
    await openFraudTab(phone);
    await expect.poll(() => kpi(phone, 'fraud-false')).toBe('1');
    await phone.screenshot({ path: screenshotPath('fraud-supervisor-phone'), fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);
});
