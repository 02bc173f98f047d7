import type { BorrowerLanguage } from '../../models/i18n/languages';
import { type DecisionEvent, decisionEvent } from '../../models/decisions/decisionEvent';
import { expect } from 'vitest';
import { generateLoanBook } from '../../models/loanBook/syntheticLoanBook';
import { seedWebChatIntake } from './seededIntake';
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
  const { borrower, conversation, intake } = await seedWebChatIntake(running, loan, (budget) => ({
    stage: 'declined',
    ...(verified ? { verifiedLoanId: loan.Loan_ID } : {}),
    story: { reasons: ['unemployment'], temporary: true },
    budget,
    ...(options.language && { language: options.language }),
  }));
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
