import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_BORROWERS, generateLoanBook } from '../models/loanBook/syntheticLoanBook';
import type { LoanRecord } from '../models/loanBook/loanRecord';
import type { BenchBorrower } from './intakeDriver';

const dob = (iso: string) => iso.split('-').reverse().join('/');
const [LOW, MEDIUM] = ['low', 'medium'].map((band) => DEMO_BORROWERS.find((b) => b.expectedBand === band)!);

/** The two demo borrowers whose intakes end in an accepted plan (README), as answers. */
const PROFILES: Record<'low' | 'medium', Omit<BenchBorrower, 'loanId'>> = {
  low: {
    secret: LOW.phoneLast4,
    story: "I was ill for a few weeks so I lost my overtime, it's temporary, back to normal in 2 months",
    outlook: 'Within 3 months',
    income: '135000',
    housing: '30000 a month',
    essentials: '20k',
    debts: 'None',
  },
  medium: {
    secret: dob(MEDIUM.dateOfBirth),
    story: 'work has dried up and my income dropped a lot',
    outlook: "I don't know",
    income: `${MEDIUM.intake.currentMonthlyIncome} a month`,
    housing: '15,000',
    essentials: 'about 12000 monthly',
    debts: 'None',
  },
};

/** Enough for the longest run on one data directory (10,000 intakes); every run starts on a fresh one. */
export const BENCH_LOANS = 10_500;
const profileOf = (i: number) => (i % 2 === 0 ? 'medium' : 'low');

/** Borrower `i`: its own copy of a demo loan (so every intake is a complete one), or, with `sharedLoan`, the demo loan itself. */
export function borrower(i: number, sharedLoan = false): BenchBorrower {
  const profile = profileOf(i);
  const demo = profile === 'low' ? LOW : MEDIUM;
  return { loanId: sharedLoan ? demo.loanId : `LN_${800_000 + (i % BENCH_LOANS)}`, ...PROFILES[profile] };
}

/**
 * A loan book of the demo loans plus BENCH_LOANS copies of the low and medium
 * demo borrowers under their own references, written straight into DATA_DIR
 * (as an import would leave it), so no two benchmark intakes share a loan
 * unless a benchmark asks for it.
 */
export function writeBenchLoanBook(dataDir: string): void {
  const demo = generateLoanBook({ n: 3, seed: 20261123 });
  const byId = new Map(demo.map((l) => [l.Loan_ID, l]));
  const loans: Record<string, LoanRecord> = Object.fromEntries(demo.map((l) => [l.Loan_ID, l]));
  for (let i = 0; i < BENCH_LOANS; i++) {
    const source = byId.get(profileOf(i) === 'low' ? LOW.loanId : MEDIUM.loanId)!;
    const id = `LN_${800_000 + i}`;
    loans[id] = { ...source, Loan_ID: id, Borrower_ID: `BB_${i}` };
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, 'loans.json'), JSON.stringify({ loans }));
}
