import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startTestApp } from '../support/testApp';
import { DirectLineClient } from '../support/directLineClient';

describe('agent console in a real browser, beside the borrower in Web Chat', () => {
  it('the agent sees a new case live, claims it, reads the summary, and messages flow both ways', async () => {
    const { url, app } = await startTestApp({ AGENT_DAYS: 'Sun-Sat', AGENT_HOURS: '00:00-24:00' });
    const browser = await launchBrowser();
    const errors: string[] = [];
    const agentPage = await (await browser.newContext({ viewport: { width: 1360, height: 820 } })).newPage();
    const borrowerPage = await (await browser.newContext({ viewport: { width: 480, height: 820 } })).newPage();
    for (const page of [agentPage, borrowerPage]) page.on('pageerror', (err) => errors.push(err.message));

    // The agent signs in first, so the borrower is told someone will be with them (not offered a callback).
    await agentPage.goto(`${url}/agent`);
    await agentPage.fill('#name', 'agent');
    await agentPage.fill('#password', 'agent-demo-pass');
    await agentPage.click('#sign-in-form button[type=submit]');
    await agentPage.locator('#who-name').getByText('Priya (demo agent)').waitFor();
    await agentPage.locator('#status-dot.live').waitFor();
    await agentPage.getByText('No one is waiting.').waitFor();

    await borrowerPage.goto(url);
    await borrowerPage
      .getByText(/Would you like to continue\?/)
      .first()
      .waitFor({ timeout: 20_000 });
    const input = borrowerPage.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('I want to talk to a person');
    await input.press('Enter');
    await borrowerPage
      .getByText(/Someone should be with you/)
      .first()
      .waitFor({ timeout: 10_000 });

    const item = agentPage.locator('.queue-item');
    await item.first().waitFor({ timeout: 5_000 });
    const caseId = app.cases.openCases()[0].id;
    await expect.poll(() => item.first().getAttribute('data-case')).toBe(caseId);
    await item.first().click();
    await agentPage.locator('#case-title').getByText(caseId).waitFor();
    await expect.poll(() => agentPage.locator('#case-facts').textContent()).toMatch(/Asked for a person/);
    await agentPage.click('#claim');
    await agentPage
      .locator('.event')
      .getByText(/You joined/)
      .waitFor();
    await agentPage.locator('.msg.borrower').getByText('I want to talk to a person').waitFor();

    await borrowerPage
      .getByText(/now chatting with Priya \(demo agent\) from our team/)
      .first()
      .waitFor({ timeout: 10_000 });

    await agentPage.selectOption('#canned', { label: 'Introduce yourself' });
    await expect.poll(() => agentPage.inputValue('#reply-text')).toMatch(/thank you for waiting/);
    await agentPage.press('#reply-text', 'Enter');
    await borrowerPage
      .getByText(/read what you told our virtual assistant/)
      .first()
      .waitFor({ timeout: 10_000 });

    await input.fill('Thanks. I lost my job last month and I am behind on two payments.');
    await input.press('Enter');
    await agentPage
      .locator('.msg.borrower')
      .getByText(/I lost my job last month/)
      .waitFor({ timeout: 10_000 });
    // The bot stays out of it while the agent holds the chat.
    await borrowerPage.waitForTimeout(800);
    const botBubbles = await borrowerPage.locator('.webchat__bubble:not(.webchat__bubble--from-user)').allTextContents();
    expect(botBubbles.at(-1)).toMatch(/read what you told our virtual assistant/);

    await agentPage.fill('#note-text', 'Lost job last month; check for redundancy pay.');
    await agentPage.click('#note-form button');
    await agentPage
      .locator('#notes li')
      .getByText(/redundancy pay/)
      .waitFor();

    await agentPage.screenshot({ path: screenshotPath('agent-console'), fullPage: true });
    await borrowerPage.screenshot({ path: screenshotPath('agent-console-borrower'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it('a verified high-risk case shows the loan, budget, risk reasons and prepared plans, and a proposed plan reaches the borrower', async () => {
    const { url, app } = await startTestApp({ AGENT_DAYS: 'Sun-Sat', AGENT_HOURS: '00:00-24:00' });
    // Demo borrower LN_90003 (high band) with enough income left for the prepared plans to be affordable.
    const borrower = new DirectLineClient(url);
    await borrower.start();
    await borrower.botReplies(3);
    for (const answer of [
      'yes',
      'LN_90003',
      '0303',
      'I lost my job when the plant closed and there is no work around here',
      'yes',
      'Not for a long time',
      '60000',
      '5000',
      '6000',
      'None',
    ])
      await borrower.say(answer);
    const caseId = app.cases.openCases()[0].id;
    const browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${url}/agent`);
    await page.fill('#name', 'agent');
    await page.fill('#password', 'agent-demo-pass');
    await page.click('#sign-in-form button[type=submit]');
    await page.locator(`.queue-item[data-case="${caseId}"]`).click();
    await page.click('#claim');
    await expect.poll(() => page.locator('#case-sections').textContent()).toMatch(/LN_90003/);
    const sections = (await page.locator('#case-sections').textContent()) ?? '';
    expect(sections).toMatch(/missed payments raised the estimate by \d\.\d\d/);
    await page.locator('#offer-panel summary').click();
    await page.locator('#plans li').first().waitFor();
    await page.screenshot({ path: screenshotPath('agent-console-verified-case'), fullPage: true });

    await page.locator('#plans li button').first().click();
    const isCard = (a: { attachments?: { contentType: string }[] }) =>
      (a.attachments ?? []).some((att) => att.contentType === 'application/vnd.microsoft.card.adaptive');
    await expect.poll(async () => (await borrower.botReplies(0, 200), borrower.received.some(isCard)), { timeout: 5_000 }).toBe(true);
    expect(errors).toEqual([]);
  });
});
