import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_BORROWERS } from '../../models/loanBook/syntheticLoanBook';

export const MEDIUM = DEMO_BORROWERS.find((b) => b.expectedBand === 'medium')!;

export const botBubbles = (page: Page) => page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');

/** Types like a borrower and waits until the bot has answered (a new bot bubble after ours). */
export async function say(page: Page, text: string): Promise<void> {
  const before = await botBubbles(page).count();
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
  await expect.poll(() => botBubbles(page).count(), { timeout: 15_000 }).toBeGreaterThan(before);
}

export async function tap(page: Page, title: string): Promise<void> {
  const before = await botBubbles(page).count();
  await page.getByRole('button', { name: title, exact: true }).last().click();
  await expect.poll(() => botBubbles(page).count(), { timeout: 15_000 }).toBeGreaterThan(before);
}

/** Opens the chat page at `url`, agrees to continue and verifies as the medium-band demo borrower (loan and phone digits). */
export async function openVerified(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .getByText(/Would you like to continue/)
    .first()
    .waitFor({ timeout: 20_000 });
  await tap(page, 'Yes, continue');
  await say(page, MEDIUM.loanId);
  await say(page, MEDIUM.phoneLast4);
}

/** The medium-band demo borrower's intake, from the welcome to the offer cards (the page is already open). */
export async function reachOffers(page: Page): Promise<void> {
  await page
    .getByText(/Northwind Lending virtual assistant/)
    .first()
    .waitFor({ timeout: 20_000 });
  await tap(page, 'Yes, continue');
  await say(page, MEDIUM.loanId);
  await say(page, MEDIUM.dateOfBirth.split('-').reverse().join('/'));
  await page
    .getByText(/What has made it hard/)
    .first()
    .waitFor();
  await say(page, 'work has dried up and my income dropped a lot');
  await page
    .getByText(/It sounds like your income has gone down/)
    .first()
    .waitFor();
  await tap(page, "Yes, that's right");
  await tap(page, "I don't know");
  await say(page, String(MEDIUM.intake.currentMonthlyIncome));
  await say(page, '15000');
  await say(page, '12,000 a month');
  await tap(page, 'None');
  await page.getByText('Accept this plan').first().waitFor({ timeout: 15_000 });
}
