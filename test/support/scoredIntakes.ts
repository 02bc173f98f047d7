import { intakeFacts } from '../../models/intake/decideOffers';
import { generateLoanBook } from '../../models/loanBook/syntheticLoanBook';
import { createArrangement, makeOffers } from '../../models/offers';
import { addDays } from '../../models/shared/calendar';
import { policy } from '../models/offers/fixtures';
import { seedWebChatIntake } from './seededIntake';
import type { RunningApp } from './testApp';

/**
 * `count` Web Chat borrowers verified and scored by the app's own risk model, as the bot saves them; the first also
 * agreed a plan four months ago and has paid nothing since (a broken promise), so calibration has an outcome.
 */
export async function seedScoredIntakes(running: RunningApp, count: number): Promise<void> {
  const { app, config } = running;
  const loans = generateLoanBook({ n: config.DEMO_LOANS, seed: config.DEMO_SEED }).slice(0, count);
  const agreedAt = addDays(new Date(), -120);
  for (const [i, loan] of loans.entries()) {
    await seedWebChatIntake(running, loan, async (budget) => {
      const story = { reasons: ['unemployment' as const], temporary: true };
      const risk = app.services.risk.score(loan, intakeFacts({ stage: 'offer', story, budget }));
      let arrangementReference: string | undefined;
      if (i === 0) {
        const { plans } = makeOffers(
          { loan, risk: { probability: 0.3, band: 'medium' }, budget, vulnerable: false, crisis: false, temporary: true, today: agreedAt },
          policy,
        );
        const arrangement = createArrangement({ loan, plan: plans.find((p) => p.type !== 'deferral')!, channel: 'webchat', now: agreedAt });
        await app.arrangements.save(arrangement);
        arrangementReference = arrangement.reference;
      }
      return {
        stage: 'offer',
        verifiedLoanId: loan.Loan_ID,
        verifiedAt: new Date().toISOString(),
        story,
        budget,
        risk,
        ...(arrangementReference ? { arrangementReference } : {}),
      };
    });
  }
}
