/**
 * The loan-book CSV (the loan-recovery export's 21 columns plus optional
 * identity and hardship columns) to and from LoanRecord. Every bad row is
 * reported with its file line and all of its problems; good rows still load.
 */
import {
  COLLECTION_METHODS,
  EMPLOYMENT_TYPES,
  GENDERS,
  HARDSHIP_REASONS,
  LOAN_TYPES,
  PAYMENT_HISTORIES,
  NUMBER_RULES,
  RECOVERY_STATUSES,
  type LoanRecord,
  type NumberRule,
} from './loanRecord';
import { csvField, CsvSyntaxError, splitCsvRecords } from './csvRecords';

export interface LoanBookParseError {
  line: number;
  reason: string;
}

export interface LoanBookParseResult {
  rows: LoanRecord[];
  errors: LoanBookParseError[];
}

export interface LoanBookParseOptions {
  /** Require Date_Of_Birth and Phone on every row (the importer's identity checks need them). */
  requireIdentity?: boolean;
}

type Column = keyof LoanRecord;
type Parser = (raw: string) => { value: unknown } | { problem: string };

const nonEmpty: Parser = (raw) => (raw.trim() === '' ? { problem: 'is empty' } : { value: raw.trim() });
const number =
  (opts: NumberRule): Parser =>
  (raw) => {
    const v = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(v)) return { problem: `"${raw}" is not a number` };
    if (opts.integer && !Number.isInteger(v)) return { problem: `${raw} is not a whole number` };
    if (opts.min !== undefined && v < opts.min) return { problem: `${raw} is below ${opts.min}` };
    if (opts.max !== undefined && v > opts.max) return { problem: `${raw} is above ${opts.max}` };
    return { value: v };
  };
const oneOf =
  (allowed: readonly string[]): Parser =>
  (raw) =>
    allowed.includes(raw.trim()) ? { value: raw.trim() } : { problem: `"${raw}" is not one of ${allowed.join(', ')}` };
const isoDate: Parser = (raw) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  const valid = m && d && d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  return valid ? { value: raw.trim() } : { problem: `"${raw}" is not a valid YYYY-MM-DD date` };
};
const e164: Parser = (raw) =>
  /^\+[1-9]\d{7,14}$/.test(raw.trim()) ? { value: raw.trim() } : { problem: `"${raw}" is not an E.164 phone number like +447700900123` };
const yesNoBool: Parser = (raw) => {
  const v = raw.trim().toLowerCase();
  if (['true', 'yes', '1'].includes(v)) return { value: true };
  if (['false', 'no', '0'].includes(v)) return { value: false };
  return { problem: `"${raw}" is not true/false` };
};

const REQUIRED: [Column, Parser][] = [
  ['Borrower_ID', nonEmpty],
  ['Age', number(NUMBER_RULES.Age)],
  ['Gender', oneOf(GENDERS)],
  ['Employment_Type', oneOf(EMPLOYMENT_TYPES)],
  ['Monthly_Income', number(NUMBER_RULES.Monthly_Income)],
  ['Num_Dependents', number(NUMBER_RULES.Num_Dependents)],
  ['Loan_ID', nonEmpty],
  ['Loan_Amount', number(NUMBER_RULES.Loan_Amount)],
  ['Loan_Tenure', number(NUMBER_RULES.Loan_Tenure)],
  ['Interest_Rate', number(NUMBER_RULES.Interest_Rate)],
  ['Loan_Type', oneOf(LOAN_TYPES)],
  ['Collateral_Value', number(NUMBER_RULES.Collateral_Value)],
  ['Outstanding_Loan_Amount', number(NUMBER_RULES.Outstanding_Loan_Amount)],
  ['Monthly_EMI', number(NUMBER_RULES.Monthly_EMI)],
  ['Payment_History', oneOf(PAYMENT_HISTORIES)],
  ['Num_Missed_Payments', number(NUMBER_RULES.Num_Missed_Payments)],
  ['Days_Past_Due', number(NUMBER_RULES.Days_Past_Due)],
  ['Recovery_Status', oneOf(RECOVERY_STATUSES)],
  ['Collection_Attempts', number(NUMBER_RULES.Collection_Attempts)],
  ['Collection_Method', oneOf(COLLECTION_METHODS)],
  ['Legal_Action_Taken', oneOf(['Yes', 'No'])],
];
const IDENTITY: [Column, Parser][] = [
  ['Date_Of_Birth', isoDate],
  ['Phone', e164],
];
const HARDSHIP: [Column, Parser][] = [
  ['Hardship_Reason', oneOf(HARDSHIP_REASONS)],
  ['Hardship_Temporary', yesNoBool],
  ['Income_Change_Pct', number(NUMBER_RULES.Income_Change_Pct)],
];
const OPTIONAL = [...IDENTITY, ...HARDSHIP];
const ALL_COLUMNS: Column[] = [...REQUIRED, ...OPTIONAL].map(([c]) => c);

export function parseLoanBookCsv(text: string, options: LoanBookParseOptions = {}): LoanBookParseResult {
  const { requireIdentity } = { requireIdentity: false, ...options };
  let records;
  try {
    records = splitCsvRecords(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) return { rows: [], errors: [{ line: err.line, reason: err.message }] };
    throw err;
  }
  if (records.length === 0) return { rows: [], errors: [{ line: 1, reason: 'the file is empty: expected a header row' }] };

  const [header, ...body] = records;
  const names = header.fields.map((f) => f.trim());
  const errors: LoanBookParseError[] = [];
  const unknown = names.filter((n) => !(ALL_COLUMNS as string[]).includes(n));
  if (unknown.length) errors.push({ line: header.line, reason: `unknown column(s): ${unknown.join(', ')}` });
  const required = requireIdentity ? [...REQUIRED, ...IDENTITY] : REQUIRED;
  const missing = required.map(([c]) => c).filter((c) => !names.includes(c));
  if (missing.length) {
    errors.push({ line: header.line, reason: `missing required column(s): ${missing.join(', ')}` });
    return { rows: [], errors };
  }

  const parsers = new Map<string, Parser>([...REQUIRED, ...OPTIONAL]);
  const isRequired = new Set(required.map(([c]) => c as string));
  const rows: LoanRecord[] = [];
  const firstLineOfLoan = new Map<string, number>();
  for (const record of body) {
    if (record.fields.length !== names.length) {
      errors.push({ line: record.line, reason: `expected ${names.length} fields, found ${record.fields.length}` });
      continue;
    }
    const row: Record<string, unknown> = {};
    const problems: string[] = [];
    names.forEach((name, i) => {
      const parse = parsers.get(name);
      const raw = record.fields[i];
      if (!parse) return;
      if (raw.trim() === '' && !isRequired.has(name)) return;
      const result = parse(raw);
      if ('problem' in result) problems.push(`${name} ${result.problem}`);
      else row[name] = result.value;
    });
    const loanId = row.Loan_ID as string | undefined;
    if (loanId !== undefined && firstLineOfLoan.has(loanId)) problems.push(`duplicate Loan_ID ${loanId} (first on line ${firstLineOfLoan.get(loanId)})`);
    if (problems.length) {
      errors.push({ line: record.line, reason: problems.join('; ') });
      continue;
    }
    if (loanId !== undefined) firstLineOfLoan.set(loanId, record.line);
    rows.push(row as unknown as LoanRecord);
  }
  return { rows, errors };
}

/** Writes the 21 export columns plus whichever optional columns any row carries. */
export function toLoanBookCsv(rows: LoanRecord[]): string {
  const columns: Column[] = [...REQUIRED.map(([c]) => c), ...OPTIONAL.map(([c]) => c).filter((c) => rows.some((r) => r[c] !== undefined))];
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c] === undefined ? '' : String(row[c]))).join(','));
  return lines.join('\n') + '\n';
}
