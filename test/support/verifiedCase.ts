import type { IntakeState } from '../../models/intake/intakeState';
import type { BorrowerLanguage } from '../../models/i18n/languages';
import { TurnContext } from 'botbuilder';
import { type DecisionEvent, decisionEvent } from '../../models/decisions/decisionEvent';
import { expect } from 'vitest';
import { generateLoanBook } from '../../models/loanBook/syntheticLoanBook';
import { DirectLineClient } from './directLineClient';
import { type RunningApp, startTestApp } from './testApp';
import { AGENTS_AVAILABLE, StaffClient } from './staffClient';

/**
 * A Web Chat borrower whose case was escalated after verification and a budget (declined the bot's offers),
 * claimed by the demo agent unless `claimed: false`; `on` opens it on an app already running (a second
 * conversation about the same loan); `language`, the one the borrower chose.
 */
export async function verifiedCase(options: { verified?: boolean; claimed?: boolean; on?: RunningApp; language?: BorrowerLanguage } = {}) {
  const { verified = true, claimed = true } = options;
  const running = options.on ?? (await startTestApp(AGENTS_AVAILABLE));
  const { url, app, config } = running;
  const loan = generateLoanBook({ n: config.DEMO_LOANS, seed: config.DEMO_SEED })[0];
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
  const intake: IntakeState = {
    stage: 'declined',
    ...(verified ? { verifiedLoanId: loan.Loan_ID } : {}),
    story: { reasons: ['unemployment'], temporary: true },
    budget,
    ...(options.language && { language: options.language }),
  };
  // The conversation holds the intake (the case copies it), so it is seeded there, in a turn of its own.
  await app.conversations.update(conversation, async (current) => void Object.assign(current, intake));
  const outcome = await app.services.escalations.escalate({ reason: 'declined_offers', conversation, intake });
  // The bot's decisions as it records them, so the transcript summary (and the loan's history) knows the loan and the case.
  const decided = (decision: DecisionEvent) => ({ at: new Date().toISOString(), speaker: 'bot' as const, kind: 'decision' as const, decision });
  await app.transcripts.append('directline', borrower.conversationId, [
    ...(verified ? [decided(decisionEvent('identity_verified', { loanId: loan.Loan_ID }))] : []),
    decided(
      decisionEvent('escalation', { reason: 'declined_offers', caseId: outcome.caseId, agentsAvailable: true, estimatedWaitMinutes: null, plansAttached: 0 }),
    ),
  ]);
  const agent = await StaffClient.signIn(url, 'agent');
  if (claimed) {
    expect((await agent.post(`/api/agent/cases/${outcome.caseId}/claim`)).status).toBe(200);
    await borrower.botReplies(1);
  }
  return { ...running, agent, borrower, caseId: outcome.caseId, loan };
}
