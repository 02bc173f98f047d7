/**
 * The scoring contract the dialogs and offer engine build against: a loan
 * record plus what the conversation learned in, a probability, band and
 * people-facing reasons out.
 */
import type { HardshipReason } from '../loanBook/loanRecord';
import type { RiskBand } from './bands';

export interface IntakeFacts {
  currentMonthlyIncome?: number;
  hardshipReason?: HardshipReason;
  /** null: the borrower does not know yet. */
  temporary?: boolean | null;
  /** Not a model input (no training column records it); carried for the offer engine. */
  affordablePayment?: number;
}

export interface RiskReason {
  feature: string;
  /** Change in probability attributed to this feature (positive raises the risk). */
  contribution: number;
  /** For people: "12 missed payments raised the risk". */
  text: string;
}

export interface RiskScore {
  probability: number;
  band: RiskBand;
  reasons: RiskReason[];
  modelVersion: string;
}
