import { describe, expect, it } from 'vitest';
import { parsePaymentCsv } from '../../../models/payments/paymentCsv';

const today = '2026-03-01';

describe('parsePaymentCsv', () => {
  it('reads good rows in any column order and reports each bad row by its line with every problem', () => {
    const text = [
      'reference,loan,amount,date,note',
      'P-1,LN_1,100.50,2026-02-01,ok',
      'P-2,LN_1,-5,2026-02-31,bad',
      'P-3,LN_2,12.345,2027-01-01,future',
      ',LN 3,abc,,empty',
      'P-4,LN_1,100',
      'P-1,LN_1,100.50,2026-02-01,repeat',
      'P-1,LN_1,99,2026-02-01,contradicts',
    ].join('\r\n');
    const { rows, errors } = parsePaymentCsv(text, today);
    expect(rows).toEqual([{ line: 2, payment: { reference: 'P-1', loanId: 'LN_1', amount: 100.5, date: '2026-02-01' } }]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 8]);
    expect(errors[0].reason).toMatch(/not a valid YYYY-MM-DD.*not a positive number/);
    expect(errors[1].reason).toMatch(/in the future.*more than 2 decimals/);
    expect(errors[2].reason).toMatch(/loan "LN 3".*reference ""/);
    expect(errors[3].reason).toMatch(/has 3 fields/);
    expect(errors[4].reason).toMatch(/different figures/);
  });

  it('names a missing header column, an empty file and an unclosed quote', () => {
    expect(parsePaymentCsv('loan,date,amount\nLN_1,2026-01-01,1', today).errors[0].reason).toMatch(/lacks reference/);
    expect(parsePaymentCsv('', today).errors[0].reason).toMatch(/empty/);
    expect(parsePaymentCsv('loan,date,amount,reference\n"LN_1,2026-01-01,1,P', today).errors[0]).toMatchObject({ line: 2 });
  });
});
