import { decisionEvent, type DecisionEvent } from '../../models/decisions/decisionEvent';
import { intakeFacts } from '../../models/intake/decideOffers';
import type { IntakeState } from '../../models/intake/intakeState';
import type { LoanRecord } from '../../models/loanBook/loanRecord';
import type { Arrangement } from '../../models/offers';
import type { IntakeServices } from '../../models/ports/intakeServices';
import type { Random } from '../../models/shared/random';
import type { TranscriptEntry } from '../casework/transcripts/transcriptRecord';

/** What demo borrowers say about their hardship: no names, places, employers or figures that could be anyone's. */
const STORIES = [
  'I lost my job last month and I am looking for work, I hope it is only for a few months',
  'My hours were cut at work so my pay is lower until the new season starts',
  'I have been ill and could not work for a while, the doctor says I will recover soon',
  'My small business had to close and there is very little money coming in',
  'My rent and my bills went up a lot this year and I cannot keep up',
  'I separated from my partner and now I pay all the household costs alone',
  'A flood damaged my home and the repairs took all my savings',
  'My salary was reduced because the company is struggling',
] as const;

/** The conversation a demo borrower had, as the bot would have saved and recorded it. */
export interface DemoConversation {
  intake: IntakeState & Required<Pick<IntakeState, 'budget' | 'risk' | 'story'>>;
  entries: TranscriptEntry[];
}

type DemoServices = Pick<IntakeServices, 'nlp' | 'risk' | 'offers'>;

/**
 * A verified demo intake, `at` its verification: the story read by the real analyzer, a budget on part of the
 * loan's income (hardship lowered it), and the score of the real risk model on both, so monitoring and the KPIs by
 * band and reason read what a chat would have left. The transcript holds the story and the bot's decisions only.
 */
export function demoConversation(loan: LoanRecord, at: Date, random: Random, services: DemoServices): DemoConversation {
  const text = STORIES[random.int(STORIES.length)];
  const analysis = services.nlp.analyze(text, { today: at });
  const story = { reasons: analysis.reasons.map((r) => r.reason), temporary: analysis.temporary };
  const income = loan.Monthly_Income * random.uniform(0.5, 1);
  const budget = services.offers.computeBudget({
    income: [{ value: income, period: 'month' }],
    housing: { value: income * random.uniform(0.2, 0.35), period: 'month' },
    food: { value: income * random.uniform(0.1, 0.2), period: 'month' },
  });
  const risk = services.risk.score(loan, intakeFacts({ stage: 'offer', story, budget }));
  const time = (seconds: number) => new Date(at.getTime() + seconds * 1000).toISOString();
  const decided = (seconds: number, decision: DecisionEvent): TranscriptEntry => ({ at: time(seconds), speaker: 'bot', kind: 'decision', decision });
  const { probability, band, reasons, modelVersion } = risk;
  const drivers = [...new Set(analysis.vulnerability.map((v) => v.driver))];
  return {
    intake: {
      ...{ stage: 'offer', verifiedLoanId: loan.Loan_ID, verifiedAt: time(0), story, budget, risk, updatedAt: time(60) },
      ...(drivers.length > 0 && { vulnerabilityDrivers: drivers }),
    },
    entries: [
      decided(0, decisionEvent('identity_verified', { loanId: loan.Loan_ID })),
      { at: time(20), speaker: 'borrower', kind: 'message', text },
      decided(
        21,
        decisionEvent('reasons_found', {
          ...story,
          reasons: analysis.reasons,
          vulnerable: analysis.vulnerable,
          vulnerability: analysis.vulnerability,
          amounts: analysis.amounts.length,
        }),
      ),
      decided(50, decisionEvent('budget', { budget })),
      decided(51, decisionEvent('risk_score', { probability, band, reasons, modelVersion })),
    ],
  };
}

/** The same conversation ending in the arrangement the borrower accepted. */
export function withArrangement(conversation: DemoConversation, arrangement: Arrangement): DemoConversation {
  const at = new Date(Date.parse(conversation.intake.updatedAt!) + 30_000).toISOString();
  const { reference, plan, schedule, channel } = arrangement;
  return {
    intake: { ...conversation.intake, stage: 'closed', arrangementReference: reference, updatedAt: at },
    entries: [
      ...conversation.entries,
      { at, speaker: 'bot', kind: 'decision', decision: decisionEvent('arrangement', { reference, planId: plan.id, type: plan.type, schedule, channel }) },
    ],
  };
}
