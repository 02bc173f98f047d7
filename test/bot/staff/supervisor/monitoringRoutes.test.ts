import { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { intakeFacts } from '../../../../models/intake/decideOffers';
import type { IntakeState } from '../../../../models/intake/intakeState';
import { generateLoanBook } from '../../../../models/loanBook/syntheticLoanBook';
import { createArrangement, makeOffers } from '../../../../models/offers';
import { addDays } from '../../../../models/shared/calendar';
import { policy } from '../../../models/offers/fixtures';
import { DirectLineClient } from '../../../support/directLineClient';
import { StaffClient } from '../../../support/staffClient';
import { startTestApp } from '../../../support/testApp';

describe('model monitoring on the deployment’s own intakes', () => {
  it('PSI of the score and every feature against the artifact’s training deciles, and calibration by band once a promise settles', async () => {
    const { url, app, config } = await startTestApp();
    const loans = generateLoanBook({ n: config.DEMO_LOANS, seed: config.DEMO_SEED }).slice(0, 3);
    const agreedAt = addDays(new Date(), -120);
    for (const [i, loan] of loans.entries()) {
      const borrower = new DirectLineClient(url);
      await borrower.start();
      await borrower.botReplies(3);
      const budget = app.services.offers.computeBudget({
        income: [{ value: loan.Monthly_Income * 0.7, period: 'month' }],
        housing: { value: loan.Monthly_Income * 0.2, period: 'month' },
      });
      const story = { reasons: ['unemployment' as const], temporary: true };
      const risk = app.services.risk.score(loan, intakeFacts({ stage: 'offer', story, budget }));
      let arrangementReference: string | undefined;
      if (i === 0) {
        // The first borrower agreed a plan four months ago and has paid nothing: a broken promise, the adverse outcome.
        const { plans } = makeOffers(
          { loan, risk: { probability: 0.3, band: 'medium' }, budget, vulnerable: false, crisis: false, temporary: true, today: agreedAt },
          policy,
        );
        const arrangement = createArrangement({ loan, plan: plans.find((p) => p.type !== 'deferral')!, channel: 'webchat', now: agreedAt });
        await app.arrangements.save(arrangement);
        arrangementReference = arrangement.reference;
      }
      const conversation = TurnContext.getConversationReference({
        channelId: 'directline',
        serviceUrl: '/v3/directline',
        conversation: { id: borrower.conversationId, isGroup: false, conversationType: '', name: '' },
        from: { id: `dl_${borrower.conversationId}`, name: '' },
        recipient: { id: 'forbear', name: 'Northwind Lending' },
      });
      const intake: IntakeState = {
        stage: 'offer',
        verifiedLoanId: loan.Loan_ID,
        verifiedAt: new Date().toISOString(),
        story,
        budget,
        risk,
        ...(arrangementReference ? { arrangementReference } : {}),
      };
      await app.conversations.update(conversation, async (current) => void Object.assign(current, intake));
    }

    const supervisor = await StaffClient.signIn(url, 'supervisor');
    const { status, json } = await supervisor.get('/api/supervisor/monitoring');
    expect(status).toBe(200);
    expect(json).toMatchObject({ intakes: 3, modelVersion: 'risk-outcome-synthetic-v2', thresholds: { watch: 0.1, shifted: 0.25 } });
    const features = json.features as { name: string; psi: number; level: string }[];
    expect(features).toHaveLength(18);
    expect(features.map((f) => f.psi)).toEqual([...features.map((f) => f.psi)].sort((a, b) => b - a));
    // Three intakes can fill at most 3 of the 10 training deciles: the score has shifted by construction.
    expect((json.score as { level: string }).level).toBe('shifted');
    expect(json.flagged).toContain('score');
    const calibration = json.calibration as { band: string; n: number; observedRate: number | null }[];
    expect(calibration.reduce((n, c) => n + c.n, 0)).toBe(1);
    expect(calibration.find((c) => c.n === 1)?.observedRate).toBe(1);

    expect((await supervisor.get('/api/supervisor/monitoring?from=2000-01-01&to=2000-01-02')).json).toMatchObject({
      intakes: 0,
      unavailable: 'no scored intake in the range',
    });
    expect((await supervisor.get('/api/supervisor/monitoring?to=2026-13-01')).status).toBe(400);
    expect((await (await StaffClient.signIn(url, 'agent')).get('/api/supervisor/monitoring')).status).toBe(403);
    expect((await fetch(`${url}/api/supervisor/monitoring`)).status).toBe(401);
  }, 60_000);
});
