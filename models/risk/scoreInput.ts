/**
 * What score() accepts, checked before any arithmetic: a missing, out-of-range
 * or unknown value would otherwise become NaN or a silent default inside the
 * features and still produce a confident-looking probability. Only the loan
 * fields the model's features read are required (other loan-book columns may
 * be absent or extra); intake facts are checked in full, and an unknown key
 * there is a mistake (a typo would otherwise be ignored).
 */
import { z } from 'zod';
import { BORROWER_LANGUAGES } from '../i18n/languages';
import { EMPLOYMENT_TYPES, HARDSHIP_REASONS, LOAN_TYPES, NUMBER_RULES, PAYMENT_HISTORIES, type LoanRecord, type NumberRule } from '../loanBook/loanRecord';
import { fieldsRead, type FeatureSpec } from './features';
import type { IntakeFacts } from './score';

export class RiskInputError extends Error {
  override name = 'RiskInputError';
  constructor(
    /** The first offending field, e.g. "loan.Monthly_EMI" or "intake.hardshipReason". */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const numberField = (rule: NumberRule): z.ZodType<number> => {
  let schema = rule.integer ? z.int() : z.number();
  if (rule.min !== undefined) schema = schema.min(rule.min);
  if (rule.max !== undefined) schema = schema.max(rule.max);
  return schema;
};

const LOAN_FIELDS: Partial<Record<keyof LoanRecord, z.ZodType>> = {
  ...Object.fromEntries(Object.entries(NUMBER_RULES).map(([field, rule]) => [field, numberField(rule)])),
  Income_Change_Pct: numberField(NUMBER_RULES.Income_Change_Pct).optional(),
  Payment_History: z.enum(PAYMENT_HISTORIES),
  Employment_Type: z.enum(EMPLOYMENT_TYPES),
  Loan_Type: z.enum(LOAN_TYPES),
  Hardship_Reason: z.enum(HARDSHIP_REASONS).optional(),
  Hardship_Temporary: z.boolean().optional(),
};

const intakeSchema = z.strictObject({
  currentMonthlyIncome: numberField(NUMBER_RULES.Monthly_Income).optional(),
  hardshipReason: z.enum(HARDSHIP_REASONS).optional(),
  temporary: z.boolean().nullable().optional(),
  affordablePayment: z.number().min(0).optional(),
  language: z.enum(BORROWER_LANGUAGES).optional(),
});

export interface ScoreInputSchema {
  loan: z.ZodType;
  intake: z.ZodType;
}

/** One schema per feature spec, built once: the loan fields it reads (other keys are ignored) plus the intake facts. */
export function scoreInputSchema(spec: FeatureSpec): ScoreInputSchema {
  return { loan: z.object(Object.fromEntries(fieldsRead(spec).map((field) => [field, LOAN_FIELDS[field] ?? z.unknown()]))), intake: intakeSchema };
}

/** Returns the caller's own objects once they pass (the checks never rewrite a value); throws RiskInputError otherwise. */
export function checkScoreInput(schema: ScoreInputSchema, loan: unknown, intake: unknown): { loan: LoanRecord; intake: IntakeFacts } {
  const loanCheck = schema.loan.safeParse(loan, { reportInput: true });
  const intakeCheck = intake === undefined ? undefined : schema.intake.safeParse(intake, { reportInput: true });
  if (loanCheck.success && (intakeCheck === undefined || intakeCheck.success)) return { loan: loan as LoanRecord, intake: (intake ?? {}) as IntakeFacts };
  const issues = [
    ...(loanCheck.error?.issues.map((i) => ({ ...i, path: ['loan', ...i.path] })) ?? []),
    ...(intakeCheck?.error?.issues.map((i) => ({ ...i, path: ['intake', ...i.path] })) ?? []),
  ];
  const problems = issues.map(describeIssue);
  const loanId = typeof (loan as { Loan_ID?: unknown } | null)?.Loan_ID === 'string' ? ` loan ${(loan as { Loan_ID: string }).Loan_ID}` : '';
  throw new RiskInputError(problems[0].field, `cannot score${loanId}: ${problems.map((p) => p.text).join('; ')}`);
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; text: string } {
  const field = issue.path.map(String).join('.') || 'input';
  const got = 'input' in issue && issue.input !== undefined ? JSON.stringify(issue.input) : undefined;
  if (got === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return { field, text: `${field} is missing` };
  switch (issue.code) {
    case 'invalid_type':
      return { field, text: `${field} must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}, got ${got}` };
    case 'too_small':
      return { field, text: `${field} must be at least ${String(issue.minimum)}, got ${got}` };
    case 'too_big':
      return { field, text: `${field} must be at most ${String(issue.maximum)}, got ${got}` };
    case 'invalid_value':
      return { field, text: `${field} ${got} is not one of ${issue.values.map(String).join(', ')}` };
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `${field}.${k}`);
      return { field: keys[0], text: `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}` };
    }
    default:
      return { field, text: `${field}: ${issue.message}` };
  }
}
