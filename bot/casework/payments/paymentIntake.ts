import { checkPayment, type Payment, type PaymentFields, PaymentConflictError } from '../../../models/payments/payment';
import { parsePaymentCsv } from '../../../models/payments/paymentCsv';
import type { PaymentLedger } from '../../../models/ports/payments';
import { isoDate } from '../../../models/shared/calendar';

export interface PaymentBatchResult {
  recorded: number;
  duplicates: number;
  /** `at` is the file line (CSV) or the item's position from 0 (webhook). */
  rejected: { at: number; reason: string }[];
}

export interface PaymentIntakeDeps {
  ledger: PaymentLedger;
  /** A payment for a loan the book does not hold is refused: it could not count towards any promise. */
  knownLoan: (loanId: string) => boolean;
  now: () => Date;
}

/** Where payments come in, by file or webhook: each checked, matched to a known loan and recorded once by reference. */
export class PaymentIntake {
  constructor(private readonly deps: PaymentIntakeDeps) {}

  private async recordAll(
    items: { at: number; payment: Omit<Payment, 'source' | 'recordedAt'> }[],
    source: Payment['source'],
    result: PaymentBatchResult,
  ): Promise<PaymentBatchResult> {
    const recordedAt = this.deps.now().toISOString();
    for (const { at, payment } of items) {
      if (!this.deps.knownLoan(payment.loanId)) {
        result.rejected.push({ at, reason: `loan ${payment.loanId} is not in the loan book` });
        continue;
      }
      try {
        const outcome = await this.deps.ledger.record({ ...payment, source, recordedAt });
        if (outcome === 'duplicate') result.duplicates++;
        else result.recorded++;
      } catch (err) {
        if (!(err instanceof PaymentConflictError)) throw err;
        result.rejected.push({ at, reason: err.message });
      }
    }
    result.rejected.sort((a, b) => a.at - b.at);
    return result;
  }

  /** A payment CSV's text (loan,date,amount,reference); bad rows are reported by file line. */
  async importCsv(text: string): Promise<PaymentBatchResult> {
    const { rows, errors } = parsePaymentCsv(text, isoDate(this.deps.now()));
    const result = { recorded: 0, duplicates: 0, rejected: errors.map((e) => ({ at: e.line, reason: e.reason })) };
    return this.recordAll(
      rows.map((r) => ({ at: r.line, payment: r.payment })),
      'csv',
      result,
    );
  }

  /** The items of a webhook delivery; bad items are reported by position and do not stop the others. */
  async receive(items: readonly PaymentFields[]): Promise<PaymentBatchResult> {
    const today = isoDate(this.deps.now());
    const result: PaymentBatchResult = { recorded: 0, duplicates: 0, rejected: [] };
    const good: { at: number; payment: Omit<Payment, 'source' | 'recordedAt'> }[] = [];
    items.forEach((item, at) => {
      const checked = checkPayment(item, today);
      if (checked.ok) good.push({ at, payment: checked.value });
      else result.rejected.push({ at, reason: checked.problems.join('; ') });
    });
    return this.recordAll(good, 'webhook', result);
  }
}
