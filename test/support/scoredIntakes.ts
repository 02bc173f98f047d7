import { TurnContext } from 'botbuilder';
import { intakeFacts } from '../../models/intake/decideOffers';
import type { IntakeState } from '../../models/intake/intakeState';
import { generateLoanBook } from '../../models/loanBook/syntheticLoanBook';
import { createArrangement, makeOffers } from '../../models/offers';
import { addDays } from '../../models/shared/calendar';
import { policy } from '../models/offers/fixtures';
import { DirectLineClient } from './directLineClient';
import type { RunningApp } from './testApp';

/**
 * `count` Web Chat borrowers verified and scored by the app's own risk model, as the bot saves them; the first also
 * agreed a plan four months ago and has paid nothing since (a broken promise), so calibration has an outcome.
 */
export async function seedScoredIntakes({ url, app, config }: RunningApp, count: number): Promise<void> {
  const loans = generateLoanBook({ n: config.DEMO_LOANS, seed: config.DEMO_SEED }).slice(0, count);
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
}
