import { CsvSyntaxError, splitCsvRecords } from '../loanBook/csvRecords';
import { checkPayment, type Payment } from './payment';

export interface PaymentCsvResult {
  rows: { line: number; payment: Omit<Payment, 'source' | 'recordedAt'> }[];
  errors: { line: number; reason: string }[];
}

const COLUMNS = ['loan', 'date', 'amount', 'reference'] as const;

/**
 * A servicing system's payment file: a header naming loan, date, amount and reference (any order, other
 * columns ignored), one payment a row. Bad rows are reported with their file line and every problem;
 * good rows still load. A reference twice in one file with different figures is an error on the second.
 */
export function parsePaymentCsv(text: string, today: string): PaymentCsvResult {
  let records;
  try {
    records = splitCsvRecords(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) return { rows: [], errors: [{ line: err.line, reason: err.message.replace(/^line \d+: /, '') }] };
    throw err;
  }
  if (records.length === 0) return { rows: [], errors: [{ line: 1, reason: 'the file is empty; expected a header: loan,date,amount,reference' }] };
  const header = records[0].fields.map((f) => f.trim().toLowerCase());
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    return { rows: [], errors: [{ line: records[0].line, reason: `header lacks ${missing.join(', ')} (expected loan,date,amount,reference)` }] };
  const at = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const result: PaymentCsvResult = { rows: [], errors: [] };
  const seen = new Map<string, Omit<Payment, 'source' | 'recordedAt'>>();
  for (const { line, fields } of records.slice(1)) {
    if (fields.length !== header.length) {
      result.errors.push({ line, reason: `has ${fields.length} fields, the header has ${header.length}` });
      continue;
    }
    const checked = checkPayment({ loan: fields[at.loan], date: fields[at.date], amount: fields[at.amount], reference: fields[at.reference] }, today);
    if (!checked.ok) {
      result.errors.push({ line, reason: checked.problems.join('; ') });
      continue;
    }
    const earlier = seen.get(checked.value.reference);
    if (earlier && JSON.stringify(earlier) !== JSON.stringify(checked.value)) {
      result.errors.push({ line, reason: `reference ${checked.value.reference} appears earlier in the file with different figures` });
      continue;
    }
    if (earlier) continue;
    seen.set(checked.value.reference, checked.value);
    result.rows.push({ line, payment: checked.value });
  }
  return result;
}
