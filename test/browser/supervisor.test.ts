import { describe, expect, it } from 'vitest';
import { transcriptKey } from '../../bot/casework/transcripts/transcriptStore';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startTestApp } from '../support/testApp';
import { borrowerEscalated, borrowerInCrisis, borrowerReachingArrangement } from '../bot/staff/supervisor/scriptedBorrowers';
import { seed, type ScriptedConversation } from '../bot/staff/supervisor/transcriptFixtures';

const REASONS = ['unemployment', 'income_reduction', 'illness', 'business_failure', 'increased_expenses'];
const BANDS = ['low', 'medium', 'high'] as const;

/** Two weeks of earlier intake, so the charts have a history to draw (deterministic, no randomness). */
function history(): ScriptedConversation[] {
  return Array.from({ length: 36 }, (_, i) => {
    const band = BANDS[(i * 7) % 3];
    const started = new Date(Date.now() - (14 - (i % 14)) * 86_400_000 - (i % 5) * 3_600_000).toISOString();
    const c: ScriptedConversation = {
      conversationId: `hist-${i}`,
      startedAt: started,
      story: `history ${i}`,
      channelId: i % 4 === 0 ? 'whatsapp' : 'directline',
    };
    if (i % 6 === 5) return c; // dropped before telling their story
    c.reasons = [REASONS[i % REASONS.length]];
    c.band = band;
    c.probability = band === 'low' ? 0.18 : band === 'medium' ? 0.56 : 0.83;
    if (band === 'high' || i % 9 === 0)
      c.escalation = {
        reason: band === 'high' ? 'high_risk' : 'asked_for_human',
        agent: i % 2 ? 'agent' : 'agent2',
        joinAfterMin: 1 + (i % 13) * 2,
        closeAfterMin: 4 + (i % 7) * 3,
      };
    else if (i % 4 !== 3) c.plan = { type: ['deferral', 'arrears_plan', 'term_extension'][i % 3], reference: `FB-H${i}` };
    c.vulnerable = i % 8 === 2;
    return c;
  });
}

describe('supervisor pages in a real browser', () => {
  it('signs in, shows the dashboard, filters the list and opens an annotated transcript', async () => {
    const { url, app } = await startTestApp();
    await seed(app.transcripts, history());
    const arranged = await borrowerReachingArrangement(url);
    const escalated = await borrowerEscalated(url);
    await borrowerInCrisis(url);
    // What the agent console records when an agent picks up and closes the escalated case.
    await app.transcripts.append('directline', escalated.conversationId, [
      {
        at: new Date(Date.now() + 3 * 60_000).toISOString(),
        speaker: 'system',
        kind: 'decision',
        decision: { kind: 'agent_joined', value: { agent: 'agent' } },
      },
      {
        at: new Date(Date.now() + 3.5 * 60_000).toISOString(),
        speaker: 'agent',
        kind: 'message',
        agent: 'agent',
        text: 'Hi, this is Priya. I have your details here.',
      },
      {
        at: new Date(Date.now() + 14 * 60_000).toISOString(),
        speaker: 'system',
        kind: 'decision',
        decision: { kind: 'agent_closed', value: { agent: 'agent', disposition: 'callback_booked' } },
      },
    ]);

    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    // Before sign-in the page asks /api/auth/me, and a 401 is the expected answer; any other failed request is a bug.
    page.on('response', (res) => res.status() >= 400 && !res.url().endsWith('/api/auth/me') && errors.push(`${res.status()} ${res.url()}`));
    await page.goto(`${url}/supervisor`);
    await page.locator('#signin-form [name=name]').fill('supervisor');
    await page.locator('#signin-form [name=password]').fill('supervisor-demo-pass');
    await page.locator('#signin-form button[type=submit]').click();

    await page.locator('#kpis .kpi').first().waitFor();
    await expect.poll(() => page.locator('#kpis .kpi b').first().textContent()).toBe('39');
    await page.waitForTimeout(800); // let Chart.js finish its entry animation before the screenshot
    await page.screenshot({ path: screenshotPath('supervisor-dashboard'), fullPage: true });
    for (const id of ['chart-volume', 'chart-funnel', 'chart-reasons', 'chart-bands', 'chart-plans', 'chart-escalations', 'chart-tta', 'chart-aht']) {
      expect(await page.locator(`#${id}`).evaluate((c: HTMLCanvasElement) => c.width), id).toBeGreaterThan(100);
    }
    expect(await page.locator('#tta-stats').textContent()).toMatch(/median \d/);

    await page.locator('#tabs [data-tab=conversations]').click();
    await expect.poll(() => page.locator('#conversation-table tbody tr').count()).toBe(25);
    await page.locator('#filters [name=outcome]').selectOption('arrangement');
    await page.locator('#filters [name=channel]').selectOption('directline');
    await page.locator('#filters button[type=submit]').click();
    const arrangedKey = transcriptKey('directline', arranged.conversationId);
    await page.locator(`#conversation-table tr[data-key="${arrangedKey}"]`).waitFor();
    // The filtered list replaces the unfiltered one asynchronously: wait until only arrangements are listed.
    await expect
      .poll(async () => [...new Set(await page.locator('#conversation-table tbody tr td:nth-child(7) .pill').allTextContents())])
      .toEqual(['arrangement']);

    await page.locator(`#conversation-table tr[data-key="${arrangedKey}"]`).click();
    await page.locator('#transcript .badge').first().waitFor();
    const badges = await page.locator('#transcript .badge').allTextContents();
    expect(badges.some((b) => /^risk: (low|medium|high) \d\.\d\d — /.test(b))).toBe(true);
    expect(badges.some((b) => b.startsWith('offers shown: '))).toBe(true);
    expect(badges.some((b) => b.startsWith('arrangement: '))).toBe(true);
    await page.locator('#transcript .review').waitFor();
    await page.locator('#transcript .badge', { hasText: /^risk: / }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('supervisor-transcript'), fullPage: false });

    await page.locator('#transcript .review input[name=score][value="4"]').check();
    await page.locator('#transcript .review input[name=flags][value=good_practice]').check();
    await page.locator('#transcript .review textarea').fill('Clear explanation of the plan.');
    await page.locator('#transcript .review button[type=submit]').click();
    await page.locator('#transcript .saved', { hasText: 'Review saved.' }).waitFor();

    await page.locator('#filters button[type=reset]').click();
    await page.locator('#filters [name=q]').fill('"end it all"');
    await page.locator('#filters button[type=submit]').click();
    await expect.poll(() => page.locator('#conversation-table tbody tr').count()).toBe(1);
    await page.locator('#conversation-table tbody tr').first().click();
    await page.locator('#transcript .badge.alert').first().waitFor();
    await page.screenshot({ path: screenshotPath('supervisor-crisis'), fullPage: false });

    await page.locator('#tabs [data-tab=audit]').click();
    await page.locator('#audit-table tbody tr').first().waitFor();
    const actions = await page.locator('#audit-table tbody td:nth-child(3)').allTextContents();
    for (const action of ['conversation.view', 'conversation.search', 'conversation.review', 'retention.purge']) expect(actions).toContain(action);
    await page.screenshot({ path: screenshotPath('supervisor-audit'), fullPage: false });
    expect(errors).toEqual([]);
  }, 120_000);
});
