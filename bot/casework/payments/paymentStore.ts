import { PaymentConflictError, samePayment, type Payment } from '../../../models/payments/payment';
import type { PaymentLedger, PaymentOutcome } from '../../../models/ports/payments';
import type { Documents } from '../../infra/storage/documents';

/**
 * Payments, one document each under the servicing system's reference (so a retried import row or webhook
 * is found by its key), with a by-loan index built at start so a loan's promise reads its own few payments.
 */
export class PaymentStore implements PaymentLedger {
  private readonly byLoan = new Map<string, Set<string>>();

  private constructor(private readonly documents: Documents<Payment>) {}

  static async open(documents: Documents<Payment>): Promise<PaymentStore> {
    const store = new PaymentStore(documents);
    for await (const doc of documents.all()) store.index(doc.value);
    return store;
  }

  private index(payment: Payment): void {
    const references = this.byLoan.get(payment.loanId) ?? new Set<string>();
    references.add(payment.reference);
    this.byLoan.set(payment.loanId, references);
  }

  async record(payment: Payment): Promise<PaymentOutcome> {
    let outcome: PaymentOutcome = 'recorded';
    await this.documents.update(payment.reference, (current) => {
      if (!current) return payment;
      if (!samePayment(current, payment)) throw new PaymentConflictError(payment.reference);
      outcome = 'duplicate';
      return undefined;
    });
    this.index(payment);
    return outcome;
  }

  async forLoan(loanId: string): Promise<Payment[]> {
    const found = await Promise.all([...(this.byLoan.get(loanId) ?? [])].map((reference) => this.documents.get(reference)));
    return found.flatMap((doc) => (doc ? [doc.value] : [])).sort((a, b) => a.date.localeCompare(b.date) || a.reference.localeCompare(b.reference));
  }
}
