import type { LoanRecord } from '../loanBook/loanRecord';
import type { IntakeFacts, RiskScore } from '../risk/score';

/** Recovery-risk scoring for one loan and what the conversation learned. */
export interface RiskScorer {
  score(loan: LoanRecord, intake?: IntakeFacts): RiskScore;
}
