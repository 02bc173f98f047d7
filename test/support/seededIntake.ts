import { TurnContext } from 'botbuilder';
import type { IntakeState } from '../../models/intake/intakeState';
import type { LoanRecord } from '../../models/loanBook/loanRecord';
import type { Budget } from '../../models/offers/budget';
import { DirectLineClient } from './directLineClient';
import type { RunningApp } from './testApp';

/**
 * A Web Chat borrower past the welcome whose conversation holds the intake `intakeFor` builds from a budget
 * on the loan's income (70 % take-home, 20 % housing, 10 % food). The conversation holds the intake (a case
 * copies it), so it is seeded there, in a turn of its own, as the bot saves it.
 */
export async function seedWebChatIntake(
  { url, app }: Pick<RunningApp, 'url' | 'app'>,
  loan: LoanRecord,
  intakeFor: (budget: Budget) => IntakeState | Promise<IntakeState>,
) {
  const borrower = new DirectLineClient(url);
  await borrower.start();
  await borrower.botReplies(3);
  const budget = app.services.offers.computeBudget({
    income: [{ value: loan.Monthly_Income * 0.7, period: 'month' }],
    housing: { value: loan.Monthly_Income * 0.2, period: 'month' },
    food: { value: loan.Monthly_Income * 0.1, period: 'month' },
  });
  const conversation = TurnContext.getConversationReference({
    channelId: 'directline',
    serviceUrl: '/v3/directline',
    conversation: { id: borrower.conversationId, isGroup: false, conversationType: '', name: '' },
    from: { id: `dl_${borrower.conversationId}`, name: '' },
    recipient: { id: 'forbear', name: 'Northwind Lending' },
  });
  const intake = await intakeFor(budget);
  await app.conversations.update(conversation, async (current) => void Object.assign(current, intake));
  return { borrower, conversation, intake };
}
