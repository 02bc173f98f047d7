import type { LoanRecord } from '../loanBook/loanRecord';
import { formatMoney, type MoneyFormat } from '../shared/money';
import type { FraudPolicy } from './fraudPolicy';

/**
 * Similar loans: the same Loan_Type, tenure band, amount band and burden band
 * (instalment against income), because a heavy instalment explains missed
 * payments that would be odd on a light one. A group too small to have a
 * trustworthy median falls back to the type and burden, then the type, then
 * the whole book, so every loan has peers to be compared with.
 */
export type PeerConfig = FraudPolicy['repaymentAnomaly']['peerGroups'];
type PeerFields = Pick<LoanRecord, 'Loan_Type' | 'Loan_Tenure' | 'Loan_Amount' | 'Monthly_EMI' | 'Monthly_Income'>;

export const WHOLE_BOOK = '*';

/** Index of the first band whose upper bound holds `x`; the last band takes the rest. */
function band(x: number, upperBounds: readonly number[]): number {
  const i = upperBounds.findIndex((bound) => x <= bound);
  return i < 0 ? upperBounds.length : i;
}

/** Keys from the most specific to the whole book: "Personal|b0|t1|a2", "Personal|b0", "Personal", "*". */
export function peerKeys(loan: PeerFields, config: PeerConfig): string[] {
  const b = band(loan.Monthly_EMI / Math.max(1, loan.Monthly_Income), config.burdenBands);
  const t = band(loan.Loan_Tenure, config.tenureBandsMonths);
  const a = band(loan.Loan_Amount, config.amountBands);
  return [`${loan.Loan_Type}|b${b}|t${t}|a${a}`, `${loan.Loan_Type}|b${b}`, loan.Loan_Type, WHOLE_BOOK];
}

function range(i: number, bounds: readonly number[], show: (x: number) => string): string {
  if (i === 0) return `up to ${show(bounds[0])}`;
  if (i === bounds.length) return `over ${show(bounds[bounds.length - 1])}`;
  return `${show(bounds[i - 1])}–${show(bounds[i])}`;
}

/** How a person reads a peer key: "personal loans of ₹2,50,000–₹10,00,000 for 24–48 months with an instalment of up to 15% of income". */
export function describePeers(key: string, config: PeerConfig, money: MoneyFormat): string {
  if (key === WHOLE_BOOK) return 'loans across the book';
  const [type, b, t, a] = key.split('|');
  const kind = `${type.toLowerCase()} loans`;
  if (b === undefined) return kind;
  const burden = `an instalment of ${range(Number(b.slice(1)), config.burdenBands, (x) => `${Math.round(x * 100)}%`)} of income`;
  if (t === undefined || a === undefined) return `${kind} with ${burden}`;
  const size = range(Number(a.slice(1)), config.amountBands, (x) => formatMoney(x, money));
  const months = range(Number(t.slice(1)), config.tenureBandsMonths, String);
  return `${kind} of ${size} for ${months} months with ${burden}`;
}
