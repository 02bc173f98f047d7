/**
 * The scoring contract the dialogs and offer engine build against: a loan
 * record plus what the conversation learned in, a probability, band and
 * reasons out, worded twice: `text` for staff (with the figures) and
 * `borrowerText` / `borrowerSummary` for the borrower (why these plans, never
 * a score). score() throws RiskInputError on a missing, out-of-range or
 * unknown input instead of returning a number.
 */
import type { HardshipReason } from '../loanBook/loanRecord';
import type { RiskBand } from './bands';
import type { BorrowerLanguage } from '../i18n/languages';

export interface IntakeFacts {
  currentMonthlyIncome?: number;
  hardshipReason?: HardshipReason;
  /** null: the borrower does not know yet ("I don't know"), which the model treats as its own value. */
  temporary?: boolean | null;
  /** Not a model input (no training column records it); carried for the offer engine. */
  affordablePayment?: number;
  /** Not a model input either: the language the borrower's sentences are written in (English when unset). */
  language?: BorrowerLanguage;
}

export interface RiskReason {
  /** A feature name, or "other_factors" for the line that sums the rest. */
  feature: string;
  /** Change in the (calibrated) probability attributed to this feature; positive raises the estimate. */
  contribution: number;
  /** For staff: "6 missed payments raised the estimate by 0.12". */
  text: string;
  /** For the borrower: "Because some payments have been missed recently, we've looked at plans that bring the account up to date gently." */
  borrowerText: string;
}

export interface RiskScore {
  probability: number;
  band: RiskBand;
  /** Largest first; together they cover at least 80 % of the attribution, with an "other_factors" line when needed. */
  reasons: RiskReason[];
  /** One sentence for the borrower on why these plans were chosen. */
  borrowerSummary: string;
  modelVersion: string;
}
