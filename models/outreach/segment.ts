import type { LoanRecord } from '../loanBook/loanRecord';
import type { RiskBand } from '../risk/bands';
import type { Segment } from './campaign';
import type { Jurisdiction } from './contactProfiles';
import type { ContactFacts, OutreachChannel } from './contactRules';

/** A loan as outreach sees it: the book's figures, the last risk band, and the contact facts. */
export interface OutreachCandidate {
  loan: LoanRecord;
  band?: RiskBand;
  liveArrangement: boolean;
  facts: ContactFacts;
  jurisdiction: Jurisdiction;
  /** The borrower's IANA time zone; the jurisdiction's default when the book does not say. */
  timeZone: string;
  /** The borrower answered an earlier step of this campaign (follow-ups stop). */
  responded: boolean;
  /** Channels an earlier send could not reach this borrower on (WhatsApp: not a WhatsApp user); not tried again. */
  unreachable?: readonly OutreachChannel[];
}

const inRange = (value: number, r: { min?: number; max?: number }) => (r.min === undefined || value >= r.min) && (r.max === undefined || value <= r.max);

/** True when the campaign's segment picks this loan. The protective exclusions are not optional. */
export function inSegment(candidate: OutreachCandidate, segment: Segment): boolean {
  const { loan, facts } = candidate;
  if (facts.openDispute || facts.openComplaint || facts.holds.length > 0) return false;
  if (segment.excludeLiveArrangement && candidate.liveArrangement) return false;
  if (!inRange(loan.Days_Past_Due, segment.daysPastDue)) return false;
  if (!inRange(loan.Num_Missed_Payments, segment.missedPayments)) return false;
  if (!inRange(loan.Outstanding_Loan_Amount, segment.balance)) return false;
  if (segment.bands.length > 0 && (!candidate.band || !segment.bands.includes(candidate.band))) return false;
  if (segment.products.length > 0 && !segment.products.includes(loan.Loan_Type)) return false;
  return true;
}

/** The group the bandit learns per: risk band × arrears bucket, coarse enough to learn quickly. */
export function segmentKey(candidate: OutreachCandidate): string {
  const dpd = candidate.loan.Days_Past_Due;
  const bucket = dpd < 30 ? '0-29' : dpd < 60 ? '30-59' : dpd < 90 ? '60-89' : '90+';
  return `${candidate.band ?? 'unscored'}|${bucket}`;
}
