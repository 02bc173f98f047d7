import { describe, expect, it } from 'vitest';
import { parseLoanBookCsv, toLoanBookCsv } from '../../../models/loanBook/loanBookCsv';
import { generateLoanBook } from '../../../models/loanBook/syntheticLoanBook';

const HEADER =
  'Borrower_ID,Age,Gender,Employment_Type,Monthly_Income,Num_Dependents,Loan_ID,Loan_Amount,Loan_Tenure,Interest_Rate,Loan_Type,Collateral_Value,Outstanding_Loan_Amount,Monthly_EMI,Payment_History,Num_Missed_Payments,Days_Past_Due,Recovery_Status,Collection_Attempts,Collection_Method,Legal_Action_Taken';
const ROW = 'BRW_1,59,Male,Salaried,215422,0,LN_1,1445796,60,12.39,Home,1727997.258,291413.0058,4856.88,On-Time,0,0,Partially Recovered,1,Settlement Offer,No';

describe('parseLoanBookCsv', () => {
  it('reads the export format with CRLF, a BOM and blank trailing lines', () => {
    const { rows, errors } = parseLoanBookCsv(`\uFEFF${HEADER}\r\n${ROW}\r\n${ROW.replace(/LN_1/, 'LN_2')}\r\n\r\n\r\n`);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ Borrower_ID: 'BRW_1', Age: 59, Collateral_Value: 1727997.258, Recovery_Status: 'Partially Recovered' });
    expect(rows[1].Loan_ID).toBe('LN_2');
  });

  it('round-trips generated rows, optional columns and awkward quoted text included', () => {
    const book = generateLoanBook({ n: 40, seed: 3 });
    book[5] = { ...book[5], Borrower_ID: 'BRW "Jo", Smith\nJr' };
    const { rows, errors } = parseLoanBookCsv(toLoanBookCsv(book), { requireIdentity: true });
    expect(errors).toEqual([]);
    expect(rows).toEqual(book);
  });

  it('reports every bad row with its file line and all its problems, and keeps the good rows', () => {
    const text = [
      HEADER,
      ROW,
      ROW.replace('LN_1', 'LN_2').replace(',59,', ',abc,').replace('Home', 'Boat'),
      ROW.replace('LN_1', 'LN_3').split(',').slice(0, 20).join(','),
      ROW, // duplicate LN_1
      ROW.replace('LN_1', 'LN_5'),
    ].join('\n');
    const { rows, errors } = parseLoanBookCsv(text);
    expect(rows.map((r) => r.Loan_ID)).toEqual(['LN_1', 'LN_5']);
    expect(errors).toHaveLength(3);
    expect(errors[0].line).toBe(3);
    expect(errors[0].reason).toMatch(/Age "abc" is not a number/);
    expect(errors[0].reason).toMatch(/Loan_Type "Boat" is not one of Personal, Home, Auto, Business/);
    expect(errors[1]).toEqual({ line: 4, reason: 'expected 21 fields, found 20' });
    expect(errors[2]).toEqual({ line: 5, reason: 'duplicate Loan_ID LN_1 (first on line 2)' });
  });

  it('counts lines inside quoted fields when numbering later rows', () => {
    const quoted = ROW.replace('BRW_1', '"BRW\n1"');
    const { errors } = parseLoanBookCsv([HEADER, quoted, ROW.replace('LN_1', 'LN_9').replace(',0,0,', ',-1,0,')].join('\n'));
    expect(errors).toEqual([{ line: 4, reason: 'Num_Missed_Payments -1 is below 0' }]);
  });

  it('names unknown columns and lists all missing ones in one error', () => {
    const unknown = parseLoanBookCsv(`${HEADER},Shoe_Size\n${ROW},42\n`);
    expect(unknown.errors).toEqual([{ line: 1, reason: 'unknown column(s): Shoe_Size' }]);
    const missing = parseLoanBookCsv('Borrower_ID,Age,Loan_ID\nBRW_1,40,LN_1\n');
    expect(missing.rows).toEqual([]);
    expect(missing.errors).toHaveLength(1);
    expect(missing.errors[0].reason).toMatch(/^missing required column\(s\): Gender, Employment_Type, .*Legal_Action_Taken$/);
  });

  it('requires a valid date of birth and E.164 phone when identity is required', () => {
    const header = `${HEADER},Date_Of_Birth,Phone`;
    const text = [
      header,
      `${ROW},1966-02-30,+447700900123`,
      `${ROW.replace('LN_1', 'LN_2')},1966-02-03,07700 900123`,
      `${ROW.replace('LN_1', 'LN_3')},1966-02-03,+447700900123`,
    ].join('\n');
    const { rows, errors } = parseLoanBookCsv(text, { requireIdentity: true });
    expect(rows.map((r) => r.Loan_ID)).toEqual(['LN_3']);
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
    expect(errors[0].reason).toMatch(/Date_Of_Birth "1966-02-30" is not a valid YYYY-MM-DD date/);
    expect(errors[1].reason).toMatch(/Phone "07700 900123" is not an E.164/);
    expect(parseLoanBookCsv(`${HEADER}\n${ROW}\n`, { requireIdentity: true }).errors[0].reason).toBe('missing required column(s): Date_Of_Birth, Phone');
  });

  it('reads the optional hardship columns and rejects reasons outside the taxonomy', () => {
    const header = `${HEADER},Hardship_Reason,Hardship_Temporary,Income_Change_Pct`;
    const { rows, errors } = parseLoanBookCsv(
      [header, `${ROW},illness,yes,-20`, `${ROW.replace('LN_1', 'LN_2')},bad luck,,`, `${ROW.replace('LN_1', 'LN_3')},,,`].join('\n'),
    );
    expect(rows[0]).toMatchObject({ Hardship_Reason: 'illness', Hardship_Temporary: true, Income_Change_Pct: -20 });
    expect(rows[1].Hardship_Reason).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 3 });
  });

  it('reports an unclosed quote and an empty file instead of throwing', () => {
    expect(parseLoanBookCsv(`${HEADER}\n"BRW_1,59`).errors).toEqual([{ line: 2, reason: 'line 2: a quoted field is never closed' }]);
    expect(parseLoanBookCsv('\r\n').errors[0].reason).toMatch(/empty/);
  });
});
