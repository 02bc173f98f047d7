import type { Payment } from '../payments/payment';

/** What recording one payment did: a retry of a known reference is a duplicate, never a second payment. */
export type PaymentOutcome = 'recorded' | 'duplicate';

/** Payments received, keyed by the servicing system's reference, readable by loan. */
export interface PaymentLedger {
  /** Records `payment` once; throws PaymentConflictError when its reference is known with other figures. */
  record(payment: Payment): Promise<PaymentOutcome>;
  /** Every payment of the loan, oldest first. */
  forLoan(loanId: string): Promise<Payment[]>;
}
