import { DomainError } from '../shared/domainError';
/** A caller passed the offer engine something it cannot price (a programming or data error, not a borrower's answer). */
export class OfferInputError extends DomainError {
  readonly kind = 'unprocessable';
  override readonly name = 'OfferInputError';
}

/** Throws unless `value` is a finite number ≥ `min`. */
export function requireNumber(field: string, value: number, min = 0): void {
  if (!Number.isFinite(value) || value < min) throw new OfferInputError(`${field} must be a finite number >= ${min}, got ${value}`);
}
