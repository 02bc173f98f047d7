import { DEPLOYMENT_PROFILES } from '../locale/deploymentProfile';
/**
 * Seeded synthetic loan book in the export's schema plus the hardship columns,
 * for the demo, the shipped default model and tests. Value ranges follow the
 * real loan-recovery file (amounts in its scale). Every generated row is a past
 * hardship case whose outcome follows these documented assumptions:
 *
 * - Hardship type: business failure, unemployment, disability, incarceration and
 *   death make recovery less likely; relocation, extra expenses and military
 *   service more likely (HARDSHIP_EFFECT below, on the log-odds scale).
 * - Temporariness: temporary -1.0 on the log-odds of not recovering, lasting
 *   +0.8, not known yet (1 row in 5, Hardship_Temporary empty) +0.3; some
 *   reasons are usually temporary (illness, relocation), others rarely (death).
 * - Payment-to-income (EMI / current income): +3.0 log-odds per 100 points above 30 %.
 * - Loan-to-value (outstanding / collateral): +1.5 per 100 points above 70 %;
 *   unsecured loans get a flat +0.4.
 * - Missed payments (+0.25 each) and days past due (+0.004 per day), which are
 *   themselves driven by payment-to-income, add to it; Gender and Age do not.
 * - Collection_Attempts is drawn after the outcome (more for unrecovered loans),
 *   as it accrues after default in real books: it leaks the outcome.
 */
import { COLLECTION_METHODS, LOAN_TYPES, type HardshipReason, type LoanRecord } from './loanRecord';
import type { RiskBand } from '../risk/bands';
import { createRandom, type Random } from '../shared/random';
import type { IntakeFacts } from '../risk/score';

const HARDSHIP_EFFECT: Record<HardshipReason, { weight: number; effect: number; pTemporary: number; incomeChange: [number, number] }> = {
  unemployment: { weight: 14, effect: 0.8, pTemporary: 0.4, incomeChange: [-100, -50] },
  income_reduction: { weight: 20, effect: 0.2, pTemporary: 0.5, incomeChange: [-50, -10] },
  illness: { weight: 14, effect: 0, pTemporary: 0.75, incomeChange: [-40, 0] },
  disability: { weight: 5, effect: 1.0, pTemporary: 0.15, incomeChange: [-70, -20] },
  death: { weight: 3, effect: 1.5, pTemporary: 0.05, incomeChange: [-80, -30] },
  divorce_separation: { weight: 7, effect: 0.3, pTemporary: 0.3, incomeChange: [-50, -10] },
  disaster: { weight: 3, effect: 0.4, pTemporary: 0.6, incomeChange: [-60, 0] },
  business_failure: { weight: 7, effect: 0.9, pTemporary: 0.25, incomeChange: [-90, -30] },
  increased_expenses: { weight: 12, effect: -0.3, pTemporary: 0.5, incomeChange: [-5, 5] },
  relocation: { weight: 4, effect: -0.6, pTemporary: 0.8, incomeChange: [-30, 10] },
  military_service: { weight: 2, effect: -0.4, pTemporary: 0.85, incomeChange: [-30, 0] },
  incarceration: { weight: 2, effect: 1.2, pTemporary: 0.3, incomeChange: [-100, -60] },
  other: { weight: 7, effect: 0, pTemporary: 0.5, incomeChange: [-40, 0] },
};
const REASONS = Object.keys(HARDSHIP_EFFECT) as HardshipReason[];
const UNKNOWN_DURATION = 0.2; // share of rows whose hardship duration was not known when recorded

export interface DemoBorrower {
  loanId: string;
  dateOfBirth: string;
  phoneLast4: string;
  expectedBand: RiskBand;
  story: string;
  /** What the borrower typically tells the bot. */
  intake: IntakeFacts;
}

type DemoLoan = Omit<LoanRecord, 'Recovery_Status' | 'Collection_Attempts' | 'Collection_Method' | 'Legal_Action_Taken'> & Pick<LoanRecord, 'Recovery_Status'>;

const DEMO_LOANS: DemoLoan[] = [
  {
    Borrower_ID: 'BRW_90001',
    Age: 38,
    Gender: 'Female',
    Employment_Type: 'Salaried',
    Monthly_Income: 160000,
    Num_Dependents: 1,
    Loan_ID: 'LN_90001',
    Loan_Amount: 1200000,
    Loan_Tenure: 72,
    Interest_Rate: 7.4,
    Loan_Type: 'Home',
    Collateral_Value: 1900000,
    Outstanding_Loan_Amount: 520000,
    Monthly_EMI: 12500,
    Payment_History: 'On-Time',
    Num_Missed_Payments: 0,
    Days_Past_Due: 0,
    Recovery_Status: 'Fully Recovered',
    Date_Of_Birth: '1987-03-14',
    Phone: '00101',
  },
  {
    Borrower_ID: 'BRW_90002',
    Age: 45,
    Gender: 'Male',
    Employment_Type: 'Self-Employed',
    Monthly_Income: 90000,
    Num_Dependents: 2,
    Loan_ID: 'LN_90002',
    Loan_Amount: 900000,
    Loan_Tenure: 48,
    Interest_Rate: 11.9,
    Loan_Type: 'Auto',
    Collateral_Value: 700000,
    Outstanding_Loan_Amount: 560000,
    Monthly_EMI: 21000,
    Payment_History: 'Delayed',
    Num_Missed_Payments: 2,
    Days_Past_Due: 45,
    Recovery_Status: 'Partially Recovered',
    Date_Of_Birth: '1980-07-02',
    Phone: '00202',
  },
  {
    Borrower_ID: 'BRW_90003',
    Age: 52,
    Gender: 'Female',
    Employment_Type: 'Salaried',
    Monthly_Income: 60000,
    Num_Dependents: 3,
    Loan_ID: 'LN_90003',
    Loan_Amount: 800000,
    Loan_Tenure: 36,
    Interest_Rate: 15.8,
    Loan_Type: 'Personal',
    Collateral_Value: 0,
    Outstanding_Loan_Amount: 610000,
    Monthly_EMI: 28000,
    Payment_History: 'Missed',
    Num_Missed_Payments: 6,
    Days_Past_Due: 150,
    Recovery_Status: 'Written Off',
    Date_Of_Birth: '1973-11-23',
    Phone: '00303',
  },
];

export const DEMO_BORROWERS: DemoBorrower[] = [
  {
    loanId: 'LN_90001',
    dateOfBirth: '1987-03-14',
    phoneLast4: '0101',
    expectedBand: 'low',
    story:
      'Salaried nurse with a home loan well covered by the house; a short illness cut her overtime (income down 15 %) for a couple of months; never missed a payment.',
    intake: { currentMonthlyIncome: 136000, hardshipReason: 'illness', temporary: true, affordablePayment: 10000 },
  },
  {
    loanId: 'LN_90002',
    dateOfBirth: '1980-07-02',
    phoneLast4: '0202',
    expectedBand: 'medium',
    story:
      'Self-employed electrician with an auto loan; work dried up (income down 35 %) and he cannot yet say whether it will come back; 2 missed payments, 45 days past due.',
    intake: { currentMonthlyIncome: 58500, hardshipReason: 'income_reduction', temporary: null, affordablePayment: 12000 },
  },
  {
    loanId: 'LN_90003',
    dateOfBirth: '1973-11-23',
    phoneLast4: '0303',
    expectedBand: 'high',
    story: 'Lost her job when the plant closed and sees no work soon; unsecured personal loan, 6 missed payments, 150 days past due.',
    intake: { currentMonthlyIncome: 15000, hardshipReason: 'unemployment', temporary: false, affordablePayment: 2000 },
  },
];

const round = (v: number, decimals: number): number => Math.round(v * 10 ** decimals) / 10 ** decimals;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function monthlyPayment(principal: number, annualRatePct: number, months: number): number {
  const r = annualRatePct / 1200;
  return (principal * r) / (1 - (1 + r) ** -months);
}

/** Collection fields are drawn after the outcome: unrecovered loans attract more attempts. */
function collectionFields(random: Random, adverse: boolean): Pick<LoanRecord, 'Collection_Attempts' | 'Collection_Method' | 'Legal_Action_Taken'> {
  const attempts = adverse ? 2 + random.int(9) : random.int(5);
  return {
    Collection_Attempts: attempts,
    Collection_Method: COLLECTION_METHODS[random.int(COLLECTION_METHODS.length)],
    Legal_Action_Taken: adverse && attempts >= 6 && random.chance(0.3) ? 'Yes' : 'No',
  };
}

function generateRow(random: Random, index: number, phonePrefix: string): LoanRecord {
  const id = 1 + index;
  const age = 21 + random.int(44);
  const income = Math.round(random.uniform(15000, 250000));
  const loanType = random.weighted(LOAN_TYPES, [44, 29, 17, 10]);
  const loanAmount = Math.round(random.uniform(50000, 2000000));
  const tenure = [12, 24, 36, 48, 60, 72][random.int(6)];
  const rate = round(random.uniform(5, 18), 2);
  const collateral = loanType === 'Personal' ? 0 : round(loanAmount * random.uniform(0.6, 1.6), 2);
  const outstanding = round(loanAmount * random.uniform(0.05, 0.95), 2);
  const emi = round(monthlyPayment(outstanding, rate, Math.max(3, Math.round(tenure * random.uniform(0.3, 1)))), 2);

  const reason = random.weighted(
    REASONS,
    REASONS.map((r) => HARDSHIP_EFFECT[r].weight),
  );
  const hardship = HARDSHIP_EFFECT[reason];
  // undefined: not known yet, as when a borrower answers "I don't know".
  const temporary = random.chance(UNKNOWN_DURATION) ? undefined : random.chance(hardship.pTemporary);
  const durationEffect = temporary === undefined ? 0.3 : temporary ? -1.0 : 0.8;
  const incomeChange = Math.round(random.uniform(...hardship.incomeChange));
  const currentIncome = Math.max(1000, income * (1 + incomeChange / 100));
  const pti = Math.min(1.5, emi / currentIncome);
  const ltv = collateral > 0 ? Math.min(2, outstanding / collateral) : undefined;

  const missed = Math.min(12, Math.max(0, Math.round(random.normal() * 1.2 + 4 * pti + hardship.effect + durationEffect / 2)));
  const daysPastDue = missed > 0 ? Math.min(180, missed * 30 - 29 + random.int(30)) : 0;
  const logit =
    -1.2 +
    hardship.effect +
    durationEffect +
    3.0 * (pti - 0.3) +
    (ltv === undefined ? 0.4 : 1.5 * (ltv - 0.7)) +
    0.25 * missed +
    0.004 * daysPastDue +
    random.normal() * 0.5;
  const adverse = random.chance(sigmoid(logit));
  const birthYear = 2025 - age;

  return {
    Borrower_ID: `BRW_${id}`,
    Age: age,
    Gender: random.weighted(['Male', 'Female', 'Other'] as const, [60, 38, 2]),
    Employment_Type: random.weighted(['Salaried', 'Self-Employed', 'Business Owner'] as const, [58, 31, 11]),
    Monthly_Income: income,
    Num_Dependents: random.int(4),
    Loan_ID: `LN_${id}`,
    Loan_Amount: loanAmount,
    Loan_Tenure: tenure,
    Interest_Rate: rate,
    Loan_Type: loanType,
    Collateral_Value: collateral,
    Outstanding_Loan_Amount: outstanding,
    Monthly_EMI: emi,
    Payment_History: missed === 0 ? 'On-Time' : missed <= 3 ? 'Delayed' : 'Missed',
    Num_Missed_Payments: missed,
    Days_Past_Due: daysPastDue,
    Recovery_Status: !adverse ? 'Fully Recovered' : random.chance(sigmoid(logit - 1.5)) ? 'Written Off' : 'Partially Recovered',
    ...collectionFields(random, adverse),
    Date_Of_Birth: `${birthYear}-${pad(1 + random.int(12), 2)}-${pad(1 + random.int(28), 2)}`,
    Phone: `${phonePrefix}${pad(id % 100000, 5)}`,
    Hardship_Reason: reason,
    Hardship_Temporary: temporary,
    Income_Change_Pct: incomeChange,
  };
}

/** `n` rows: the demo borrowers first (their Phone is the last five digits; the market's prefix goes in front), then generated ones; same seed, same book. */
export function generateLoanBook(options: { n: number; seed: number; phonePrefix?: string }): LoanRecord[] {
  const { n, seed, phonePrefix = DEPLOYMENT_PROFILES.india.demoPhonePrefix } = options;
  if (!Number.isInteger(n) || n < DEMO_LOANS.length)
    throw new RangeError(`n must be an integer >= ${DEMO_LOANS.length} (the demo borrowers are always included), got ${n}`);
  const random = createRandom(seed);
  const demo = DEMO_LOANS.map((l) => ({ ...l, Phone: phonePrefix + l.Phone, ...collectionFields(random, l.Recovery_Status !== 'Fully Recovered') }));
  return [...demo, ...Array.from({ length: n - demo.length }, (_, i) => generateRow(random, i, phonePrefix))];
}
