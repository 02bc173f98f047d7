import type { IntakeState } from '../../../models/intake/intakeState';
import type { ProfileId } from '../../../models/locale/deploymentProfile';
import type { LoanRecord } from '../../../models/loanBook/loanRecord';
import type { Arrangement } from '../../../models/offers';
import { borrowerZone } from '../../../models/outreach/borrowerZone';
import { CONTACT_CHANNELS, type ContactChannel, type OutreachChannel } from '../../../models/outreach/contactRules';
import type { OutreachCandidate } from '../../../models/outreach/segment';
import type { AccountFlags } from '../../../models/ports/campaigns';
import type { RiskBand } from '../../../models/risk/bands';
import type { CaseRecord } from '../cases/caseRecord';

export interface CandidateSourceDeps {
  loans: () => LoanRecord[];
  cases: () => AsyncIterable<CaseRecord>;
  progress: (loanId: string) => Promise<IntakeState | undefined>;
  liveArrangement: (loanId: string, today: Date) => Promise<Arrangement | undefined>;
  flags: (loanId: string) => Promise<AccountFlags | undefined>;
  /** Channels on which the borrower sent STOP (the channel keys its STOP records by its own user ids). */
  optedOut: (loan: LoanRecord) => Promise<OutreachChannel[]>;
  band?: (loan: LoanRecord) => RiskBand | undefined;
  deployment: ProfileId;
  timeZone: string;
}

interface CaseFacts {
  dispute: boolean;
  complaint: boolean;
  crisisAt?: string;
}

/** What the casework knows that stops contact: disputes and complaints logged or open, and the latest crisis. */
async function caseFacts(cases: AsyncIterable<CaseRecord>): Promise<Map<string, CaseFacts>> {
  const byLoan = new Map<string, CaseFacts>();
  for await (const c of cases) {
    if (!c.loanId) continue;
    const facts = byLoan.get(c.loanId) ?? { dispute: false, complaint: false };
    const open = c.status !== 'closed';
    facts.dispute ||= c.disposition === 'dispute_logged' || (open && c.reason === 'dispute');
    facts.complaint ||= c.disposition === 'complaint_logged' || (open && c.reason === 'complaint');
    if (c.reason === 'crisis' || c.intake.stage === 'crisis') facts.crisisAt = [facts.crisisAt ?? '', c.createdAt].sort().at(-1);
    byLoan.set(c.loanId, facts);
  }
  return byLoan;
}

/**
 * The loan book as outreach sees it: each loan with its contact facts read
 * fresh from the stores that own them (STOP records, cases, the borrower's
 * intake, arrangements, staff-set holds). Earlier attempts are the ledger's
 * to add; this source does not know about campaigns.
 */
export class CandidateSource {
  constructor(private readonly deps: CandidateSourceDeps) {}

  async all(now: Date): Promise<OutreachCandidate[]> {
    const facts = await caseFacts(this.deps.cases());
    return Promise.all(this.deps.loans().map((loan) => this.candidate(loan, now, facts.get(loan.Loan_ID))));
  }

  async one(loan: LoanRecord, now: Date): Promise<OutreachCandidate> {
    const facts = await caseFacts(this.deps.cases());
    return this.candidate(loan, now, facts.get(loan.Loan_ID));
  }

  private async candidate(loan: LoanRecord, now: Date, cases: CaseFacts | undefined): Promise<OutreachCandidate> {
    const { deps } = this;
    const [intake, live, flags, optedOut] = await Promise.all([
      deps.progress(loan.Loan_ID),
      deps.liveArrangement(loan.Loan_ID, now),
      deps.flags(loan.Loan_ID),
      deps.optedOut(loan),
    ]);
    // A STOP in a verified conversation on any channel covers every channel, Web Chat's reminders too.
    const stopped: ContactChannel[] = intake?.stage === 'opted_out' ? [...CONTACT_CHANNELS] : optedOut;
    const crisisAt = [cases?.crisisAt, intake?.stage === 'crisis' ? intake.updatedAt : undefined]
      .filter((x): x is string => !!x)
      .sort()
      .at(-1);
    return {
      loan,
      band: deps.band?.(loan),
      liveArrangement: live !== undefined,
      facts: {
        optedOut: stopped,
        openDispute: cases?.dispute ?? false,
        openComplaint: cases?.complaint ?? false,
        holds: flags?.holds ?? [],
        ...(flags?.moratoriumUntil && { moratoriumUntil: flags.moratoriumUntil }),
        ...(crisisAt && { crisisAt }),
        attempts: [],
      },
      ...borrowerZone(loan.Phone, deps.deployment, deps.timeZone),
      responded: false,
    };
  }
}
