import { describe, expect, it } from 'vitest';
import { PaymentIntake } from '../../../../bot/casework/payments/paymentIntake';
import { PaymentStore } from '../../../../bot/casework/payments/paymentStore';
import { DocumentStore } from '../../../../bot/infra/storage/documentStore';
import type { Payment } from '../../../../models/payments/payment';
import { tempDir } from '../../../support/tempDir';

const now = () => new Date('2026-03-01T12:00:00Z');
const csv = ['loan,date,amount,reference', 'LN_1,2026-02-01,100,P-1', 'LN_1,2026-02-15,50.25,P-2', 'LN_9,2026-02-01,10,P-3', 'LN_2,2026-02-30,10,P-4'].join(
  '\n',
);

describe('payment import', () => {
  it('records good rows, reports bad ones by line, and a second import of the same file (after a restart) records nothing new', async () => {
    const dir = tempDir();
    const open = async () => new PaymentIntake({ ledger: await PaymentStore.open(new DocumentStore<Payment>(dir)), knownLoan: (id) => id !== 'LN_9', now });
    const first = await (await open()).importCsv(csv);
    expect(first).toEqual({
      recorded: 2,
      duplicates: 0,
      rejected: [
        { at: 4, reason: 'loan LN_9 is not in the loan book' },
        { at: 5, reason: expect.stringMatching(/2026-02-30/) },
      ],
    });
    const again = await (await open()).importCsv(csv);
    expect(again).toMatchObject({ recorded: 0, duplicates: 2 });
    const store = await PaymentStore.open(new DocumentStore<Payment>(dir));
    expect((await store.forLoan('LN_1')).map((p) => [p.reference, p.amount, p.source])).toEqual([
      ['P-1', 100, 'csv'],
      ['P-2', 50.25, 'csv'],
    ]);
  });

  it('refuses a known reference with different figures instead of overwriting it', async () => {
    const intake = new PaymentIntake({ ledger: await PaymentStore.open(new DocumentStore<Payment>(tempDir())), knownLoan: () => true, now });
    await intake.importCsv(csv);
    const changed = await intake.importCsv('loan,date,amount,reference\nLN_1,2026-02-01,999,P-1');
    expect(changed.rejected).toEqual([{ at: 2, reason: expect.stringMatching(/P-1 was already recorded with a different/) }]);
  });
});
